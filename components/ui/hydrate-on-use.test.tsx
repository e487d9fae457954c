/** @vitest-environment jsdom */
import { act, render } from "@testing-library/react";
import { useState } from "react";
import { afterEach, expect, test, vi } from "vitest";
import { HydrateOnUse } from "@/components/ui/hydrate-on-use";
import { useOpened } from "@/components/ui/use-opened";
import { hydrateServerHtml, isReacts, serverHtml } from "@/components/ui/hydration-test-kit";

/** Called on every render of the content: hydrating it would call it. */
const rendered = vi.fn();

/** A counter inside kept HTML: its button counts clicks, so a replayed click shows as 1. */
function Counter() {
  rendered();
  const [count, setCount] = useState(0);
  const { ref, opened, onToggle } = useOpened();
  return (
    <>
      <button type="button" onClick={() => setCount(count + 1)}>
        {`Clicked ${count}`}
      </button>
      <a href="#elsewhere">Elsewhere</a>
      <details ref={ref} onToggle={onToggle}>
        <summary>More</summary>
        {opened ? <p>the rest</p> : <a href="/page">See it all</a>}
      </details>
    </>
  );
}

function Page({ live = false }: { live?: boolean }) {
  return (
    <HydrateOnUse live={live}>
      <Counter />
    </HydrateOnUse>
  );
}

/** The server's HTML in a container, hydrated as the browser would. */
function hydrated(element = <Page />) {
  const html = serverHtml(element);
  rendered.mockClear();
  return hydrateServerHtml(element, html, document.createElement("div"));
}

afterEach(() => {
  document.body.innerHTML = "";
});

test("the server's HTML stays as it is and nothing inside it is hydrated", () => {
  const { container } = hydrated();
  expect(container.querySelector("button")?.textContent).toBe("Clicked 0");
  expect(container.querySelector("summary")?.textContent).toBe("More");
  expect(rendered).not.toHaveBeenCalled();
  expect(isReacts(container.querySelector("button")!)).toBe(false);
  expect(isReacts(container.firstElementChild!)).toBe(true);
});

test("a first click on a control draws the content and replays the click on it, with focus", async () => {
  const { container } = hydrated();
  await act(async () => container.querySelector("button")!.click());
  const button = container.querySelector("button")!;
  expect(isReacts(button)).toBe(true);
  expect(button.textContent).toBe("Clicked 1");
  expect(document.activeElement).toBe(button);
  await act(async () => button.click());
  expect(button.textContent).toBe("Clicked 2");
});

test("a first click on a summary opens the drawn details, not the kept one", async () => {
  const { container } = hydrated();
  await act(async () => container.querySelector("summary")!.click());
  // jsdom fires the details' toggle event in a task, as browsers do.
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(container.querySelector("details")!.open).toBe(true);
  expect(container.textContent).toContain("the rest");
});

test("a details opened before hydration is drawn opened", async () => {
  const container = document.createElement("div");
  container.innerHTML = serverHtml(<Page />);
  document.body.append(container);
  container.querySelector("details")!.open = true;
  await act(async () => render(<Page />, { container, hydrate: true }));
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(isReacts(container.querySelector("details")!)).toBe(true);
  expect(container.querySelector("details")!.open).toBe(true);
  expect(container.textContent).toContain("the rest");
});

test("a click with a modifier key is left to the browser (a new tab), and the HTML stays kept", async () => {
  const { container } = hydrated();
  const link = container.querySelector("a")!;
  const event = new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true });
  await act(async () => link.dispatchEvent(event));
  expect(event.defaultPrevented).toBe(false);
  expect(isReacts(container.querySelector("a")!)).toBe(false);
});

test("live: the content follows state in the browser from then on", async () => {
  const { container, rerender } = hydrated();
  await act(async () => rerender(<Page live />));
  expect(isReacts(container.querySelector("button")!)).toBe(true);
  expect(container.querySelector("button")!.textContent).toBe("Clicked 0");
});

test("rendered in the browser with no server HTML (a client-side navigation), the content renders at once", () => {
  const spy = vi.spyOn(console, "error");
  const { container } = render(<Page />);
  expect(container.querySelector("button")!.textContent).toBe("Clicked 0");
  expect(isReacts(container.querySelector("button")!)).toBe(true);
  expect(spy).not.toHaveBeenCalled();
});

/** Fields inside kept HTML, with what React holds of each shown as text. */
function Fields() {
  rendered();
  const [ticked, setTicked] = useState(false);
  const [text, setText] = useState("");
  const [choice, setChoice] = useState("a");
  return (
    <>
      <label>
        <input type="checkbox" checked={ticked} onChange={(e) => setTicked(e.target.checked)} />
        Tick
      </label>
      <input aria-label="Filter" value={text} onChange={(e) => setText(e.target.value)} />
      <select aria-label="Choice" value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="a">A</option>
        <option value="b">B</option>
      </select>
      <output>{`${ticked ? "ticked" : "not ticked"}, text "${text}", choice ${choice}`}</output>
    </>
  );
}

const FieldsPage = ({ prepare }: { prepare?: () => Promise<unknown> }) => (
  <HydrateOnUse prepare={prepare}>
    <Fields />
  </HydrateOnUse>
);

const state = (container: Element) => container.querySelector("output")!.textContent;

test("a first click on a checkbox ticks the drawn one once, through React, and focus follows", async () => {
  const { container } = hydrated(<FieldsPage />);
  const kept = container.querySelector<HTMLInputElement>("input[type=checkbox]")!;
  // A pointer press focuses the box first: that alone draws nothing, so the click lands on the box it began on.
  await act(async () => kept.focus());
  expect(isReacts(container.querySelector("input[type=checkbox]")!)).toBe(false);
  await act(async () => kept.click());
  // The kept box ticked itself, as without script (what a test tool that clicked it reads back).
  expect(kept.checked).toBe(true);
  const box = container.querySelector<HTMLInputElement>("input[type=checkbox]")!;
  expect(isReacts(box)).toBe(true);
  expect(box.checked).toBe(true);
  expect(state(container)).toBe('ticked, text "", choice a');
  expect(document.activeElement).toBe(box);
});

test("focusing a text field draws the content and moves focus to the drawn field", async () => {
  const { container } = hydrated(<FieldsPage />);
  await act(async () => container.querySelector<HTMLInputElement>("input[aria-label=Filter]")!.focus());
  const field = container.querySelector<HTMLInputElement>("input[aria-label=Filter]")!;
  expect(isReacts(field)).toBe(true);
  expect(document.activeElement).toBe(field);
});

test("what was typed and chosen in the kept HTML before its script arrived is carried into the drawn content", async () => {
  let arrive = () => {};
  const script = new Promise<void>((resolve) => (arrive = resolve));
  const prepare = vi.fn(() => script);
  const { container } = hydrated(<FieldsPage prepare={prepare} />);
  const kept = container.querySelector<HTMLInputElement>("input[aria-label=Filter]")!;
  await act(async () => {
    kept.focus();
    kept.value = "mlops";
    kept.dispatchEvent(new Event("input", { bubbles: true }));
    const select = container.querySelector("select")!;
    select.value = "b";
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  // Not drawn until the script is here: the kept HTML stands and keeps what was typed.
  expect(prepare).toHaveBeenCalled();
  expect(isReacts(kept)).toBe(false);
  expect(kept.isConnected).toBe(true);
  await act(async () => arrive());
  const field = container.querySelector<HTMLInputElement>("input[aria-label=Filter]")!;
  expect(isReacts(field)).toBe(true);
  expect(field.value).toBe("mlops");
  expect(container.querySelector("select")!.value).toBe("b");
  expect(state(container)).toBe('not ticked, text "mlops", choice b');
  expect(document.activeElement).toBe(field);
});

test("with `prepare`, a click waits for it and is then replayed; the first sign of use starts it", async () => {
  const prepare = vi.fn(() => Promise.resolve());
  const { container } = hydrated(
    <HydrateOnUse prepare={prepare}>
      <Counter />
    </HydrateOnUse>,
  );
  expect(prepare).not.toHaveBeenCalled();
  await act(async () => {
    window.dispatchEvent(new Event("pointermove"));
    // jsdom has no requestIdleCallback: afterIntent waits 50 ms instead.
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  expect(prepare).toHaveBeenCalledTimes(1);
  await act(async () => container.querySelector("button")!.click());
  expect(container.querySelector("button")!.textContent).toBe("Clicked 1");
});
