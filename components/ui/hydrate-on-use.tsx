"use client";

import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { afterIntent } from "@/components/ui/after-intent";
import { useBrowserValue, useHydrating } from "@/components/ui/browser-value";

/** What a person clicks inside kept HTML: a click on one of these brings the part to life and is replayed. */
const CONTROLS = "a[href], button, summary";
/**
 * What a person types into, ticks or chooses from: focusing or changing one brings the part to life, and the
 * fresh one gets what was typed, ticked or chosen (a box ticks itself in the kept HTML first, as without script).
 */
const FIELDS = "input:not([type=hidden]), select, textarea";
/**
 * Fields whose focus alone brings the part to life (the person is about to type). Not a box, radio or select: a
 * pointer press focuses those before its click or picker, which must reach the element it began on.
 */
const TYPED = "input:not([type=checkbox]):not([type=radio]):not([type=hidden]), textarea";
/** React keeps an element's server-rendered content when its client render sets it as HTML (and never diffs it). */
const KEEP_SERVER_HTML = { __html: "" };
const never = () => false;

/**
 * For a page whose part is kept with HydrateOnUse: `[draw, fromServer]`. `fromServer` is true when this render
 * hydrates the server's HTML (a page load), false after a client-side navigation (where HydrateOnUse draws at once).
 * `draw` is `mustDraw()` once hydrated on a page load (what the visitor arrived with, such as saved answers), false
 * on the server, while hydrating and after a client-side navigation: pass it as HydrateOnUse's `live`. `mustDraw`
 * must give the same answer every time it is called in one page load (read what it needs once).
 */
export function useDrawOnArrival(mustDraw: () => boolean): [draw: boolean, fromServer: boolean] {
  const [fromServer] = useState(useHydrating());
  const draw = useBrowserValue(fromServer ? mustDraw : never, never);
  return [draw, fromServer];
}

/** What to do once the content is drawn: replay a click, reopen details, refocus, carry over what was typed. */
type Pending = { control: number | null; focus: number | null; open: number[]; fields: FieldState[] };
type FieldState = { index: number; checked?: boolean; value?: string };
const NOTHING: Pending = { control: null, focus: null, open: [], fields: [] };

type HydrateOnUseProps = {
  /** Draw the content in the browser now and from then on (when it must follow state: a new sort, a filter). */
  live?: boolean;
  /**
   * Loads what drawing the content needs (its script): started on the person's first sign of use, and awaited
   * before the content is drawn. The content's server HTML stands meanwhile, and stays usable.
   */
  prepare?: () => Promise<unknown>;
  children: ReactNode;
};

/**
 * Server-rendered content that is not hydrated until the person uses it (issue 11 §2: hydrating /compare's tables
 * was most of its Total Blocking Time). The server renders `children` as usual; while the page hydrates, React
 * leaves that HTML as it is and builds nothing for it. The first use draws `children` in the browser in its place:
 * a click on a link, button or summary (or Enter or Space on one) is replayed on the same control
 * of the fresh content, with focus; focusing or changing a field (text, checkbox, radio, select) moves focus to
 * the fresh one with what was typed, ticked or chosen; a `<details>` the person opened before that is opened again.
 *
 * Rendered in the browser without server HTML to keep (a client-side navigation), `children` render at once.
 * Only for content whose server render is what the browser would render at first: it is never compared.
 */
export function HydrateOnUse({ live = false, prepare, children }: HydrateOnUseProps) {
  // True on the server and while hydrating (React reads the server snapshot then), false in a client render.
  const [kept, setKept] = useState(useHydrating());
  const box = useRef<HTMLDivElement>(null);
  const pending = useRef<Pending>(NOTHING);
  const drawing = useRef(false);
  // `live` with a `prepare`: drawn once what it prepares is here.
  const [prepared, setPrepared] = useState(prepare === undefined);
  useEffect(() => {
    if (live && !prepared && prepare)
      void prepare().then(
        () => setPrepared(true),
        () => setPrepared(true),
      );
  }, [live, prepared, prepare]);
  const rendered = (live && prepared) || !kept;

  /**
   * Draws the content (once `prepare` has settled), carrying over what the person did to the kept HTML. From an
   * event, at once (flushSync): the fresh content is there before the next key. From an effect, as React's work.
   */
  const draw = (asked: Partial<Pending>, { fromEvent = true } = {}) => {
    pending.current = { ...pending.current, ...asked };
    if (drawing.current) return;
    drawing.current = true;
    const now = (sync: boolean) => {
      const root = box.current;
      if (root) pending.current = { ...pending.current, ...keptState(root, pending.current) };
      if (sync) flushSync(() => setKept(false));
      else setKept(false);
    };
    if (prepare)
      void prepare().then(
        () => now(true),
        () => now(true),
      );
    else now(fromEvent);
  };

  // Its script loads on the person's first sign of use, so it is here by the time they click.
  useEffect(() => {
    if (!kept || !prepare) return;
    return afterIntent(() => void prepare().catch(() => undefined));
  }, [kept, prepare]);

  // A details opened before the page hydrated (the browser opens one without any script) is drawn for real;
  // so is a field the person typed into or focused before it.
  useEffect(() => {
    const root = box.current;
    if (!kept || !root) return;
    const open = [...root.querySelectorAll("details")].flatMap((details, i) => (details.open ? [i] : []));
    const active = document.activeElement;
    if (open.length > 0 || (fieldIn(root, active) && active?.matches(TYPED)) || dirtyFields(root).length > 0)
      draw({ open }, { fromEvent: false });
    const onField = (event: Event) => {
      if (!drawing.current && fieldIn(root, event.target)) draw({});
    };
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof Element && event.target.matches(TYPED)) onField(event);
    };
    root.addEventListener("focusin", onFocus);
    root.addEventListener("input", onField);
    root.addEventListener("change", onField);
    return () => {
      root.removeEventListener("focusin", onFocus);
      root.removeEventListener("input", onField);
      root.removeEventListener("change", onField);
    };
    // Mount only: once drawn, the content is React's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Layout effect: the fresh content takes over before the browser paints or handles the next key.
  useLayoutEffect(() => {
    const root = box.current;
    if (!rendered || !root) return;
    const { control, focus, open, fields } = pending.current;
    pending.current = NOTHING;
    const details = root.querySelectorAll("details");
    for (const i of open) details[i]?.setAttribute("open", "");
    const fresh = root.querySelectorAll<HTMLInputElement>(`${CONTROLS}, ${FIELDS}`);
    for (const field of fields) carryOver(fresh[field.index], field);
    if (focus !== null && control === null) fresh[focus]?.focus();
    if (control === null) return;
    const target = root.querySelectorAll<HTMLElement>(CONTROLS)[control];
    target?.focus();
    target?.click();
  }, [rendered]);

  if (typeof window === "undefined" || rendered) return <div ref={box}>{children}</div>;

  const use = (event: MouseEvent<HTMLDivElement>) => {
    // A new tab or window (modifier keys, other buttons) is the browser's own business, as with any link.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const root = event.currentTarget;
    const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
    if (!control || !root.contains(control)) return;
    // The click is replayed on the fresh content, not followed here.
    event.preventDefault();
    draw({ control: [...root.querySelectorAll(CONTROLS)].indexOf(control) });
  };
  // The click is delegated: the links, buttons and summaries inside are keyboard-operable themselves.
  return <div ref={box} dangerouslySetInnerHTML={KEEP_SERVER_HTML} suppressHydrationWarning onClick={use} />;
}

const isField = (node: unknown): node is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
  node instanceof Element && node.matches(FIELDS);

const fieldIn = (root: Element, node: unknown) => isField(node) && root.contains(node);

/** The kept HTML's fields whose state the person changed: a ticked box, typed text, another option. */
function dirtyFields(root: Element): FieldState[] {
  return [...root.querySelectorAll(`${CONTROLS}, ${FIELDS}`)].flatMap((node, index): FieldState[] => {
    if (node instanceof HTMLInputElement && (node.type === "checkbox" || node.type === "radio"))
      return node.checked !== node.defaultChecked ? [{ index, checked: node.checked }] : [];
    if (node instanceof HTMLSelectElement) {
      const chosen = [...node.options].find((o) => o.defaultSelected) ?? node.options[0];
      return node.value !== (chosen?.value ?? "") ? [{ index, value: node.value }] : [];
    }
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement)
      return node.value !== node.defaultValue ? [{ index, value: node.value }] : [];
    return [];
  });
}

/** What the person did to the kept HTML that the fresh content must show: changed fields, and where focus was. */
function keptState(root: Element, asked: Pending): Pick<Pending, "fields" | "focus"> {
  const all = [...root.querySelectorAll(`${CONTROLS}, ${FIELDS}`)];
  const active = document.activeElement;
  return {
    fields: dirtyFields(root),
    focus: asked.focus ?? (active && root.contains(active) ? all.indexOf(active) : null),
  };
}

/** Gives a fresh field the kept one's state, as the person would have: through the events React listens to. */
function carryOver(node: Element | undefined, state: FieldState) {
  if (node instanceof HTMLInputElement && state.checked !== undefined) {
    if (node.checked !== state.checked) node.click();
    return;
  }
  if (state.value === undefined || !isField(node)) return;
  // React tracks a field's value through its property setter: set it through the prototype's, then tell React.
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(node), "value")?.set;
  setter?.call(node, state.value);
  node.dispatchEvent(new Event(node instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
}
