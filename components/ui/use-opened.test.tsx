/** @vitest-environment jsdom */
import { render } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { expect, test, vi } from "vitest";
import { useOpened } from "@/components/ui/use-opened";

function Lazy() {
  const { ref, opened, onToggle } = useOpened();
  return (
    <details ref={ref} onToggle={onToggle}>
      <summary>More</summary>
      {opened ? <p>the rest</p> : <a href="/elsewhere">See it all</a>}
    </details>
  );
}

test("a details opened before hydration draws its content once the page hydrates", () => {
  const container = document.createElement("div");
  container.innerHTML = renderToString(<Lazy />);
  document.body.append(container);
  container.querySelector("details")!.open = true;
  expect(container.textContent).not.toContain("the rest");
  // React's development build reports the browser-set `open` attribute as a hydration mismatch (the production
  // build the app ships does not look); that report is expected here, so it is recorded instead of failing.
  const reports = vi.spyOn(console, "error").mockImplementation(() => {});
  render(<Lazy />, { container, hydrate: true });
  expect(container.textContent).toContain("the rest");
  expect(reports.mock.calls.every(([message]) => /hydrat|match/i.test(String(message)))).toBe(true);
  container.remove();
});

test("closed at hydration, it stays undrawn until opened", () => {
  const container = document.createElement("div");
  container.innerHTML = renderToString(<Lazy />);
  document.body.append(container);
  render(<Lazy />, { container, hydrate: true });
  expect(container.textContent).toContain("See it all");
  expect(container.textContent).not.toContain("the rest");
  container.remove();
});
