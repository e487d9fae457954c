"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type MouseEvent, type ReactNode } from "react";

/** What a person can use inside kept HTML: a click on one of these brings the part to life first. */
const CONTROLS = "a[href], button, summary";
/** React keeps an element's server-rendered content when its client render sets it as HTML (and never diffs it). */
const KEEP_SERVER_HTML = { __html: "" };
const subscribeNever = () => () => {};
const inTheBrowser = () => false;
const onServerOrHydrating = () => true;

type Pending = { control: number | null; open: number[] };

/**
 * Server-rendered content that is not hydrated until the person uses it (issue 11 §2: hydrating /compare's tables
 * was most of its Total Blocking Time). The server renders `children` as usual; while the page hydrates, React
 * leaves that HTML as it is and builds nothing for it. The first click on a link, button or summary inside (or
 * Enter or Space on one) renders `children` in the browser in its place and replays the click, with focus, on
 * the same control of the fresh content; a `<details>` the person opened before that is opened again. Set `live`
 * when the content must follow state (a new sort, a filter): it is then rendered in the browser for good.
 *
 * Rendered in the browser without server HTML to keep (a client-side navigation), `children` render at once.
 * Only for content whose server render is what the browser would render at first: it is never compared.
 */
export function HydrateOnUse({ live = false, children }: { live?: boolean; children: ReactNode }) {
  // True on the server and while hydrating (React reads the server snapshot then), false in a client render.
  const hydrating = useSyncExternalStore(subscribeNever, inTheBrowser, onServerOrHydrating);
  const [kept, setKept] = useState(hydrating);
  const box = useRef<HTMLDivElement>(null);
  const pending = useRef<Pending>({ control: null, open: [] });

  // A details opened before the page hydrated (the browser opens one without any script) is drawn for real.
  useEffect(() => {
    const root = box.current;
    if (!kept || !root) return;
    const open = [...root.querySelectorAll("details")].flatMap((details, i) => (details.open ? [i] : []));
    if (open.length === 0) return;
    pending.current.open = open;
    setKept(false);
    // Mount only: later toggles inside kept HTML go through `use` below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const rendered = live || !kept;
  useEffect(() => {
    const root = box.current;
    if (!rendered || !root) return;
    const { control, open } = pending.current;
    pending.current = { control: null, open: [] };
    const details = root.querySelectorAll("details");
    for (const i of open) details[i]?.setAttribute("open", "");
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
    event.preventDefault();
    pending.current.control = [...root.querySelectorAll(CONTROLS)].indexOf(control);
    setKept(false);
  };
  // The click is delegated: the links, buttons and summaries inside are keyboard-operable themselves.
  return <div ref={box} dangerouslySetInnerHTML={KEEP_SERVER_HTML} suppressHydrationWarning onClick={use} />;
}
