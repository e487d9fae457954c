import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { vi } from "vitest";

/** For tests: the server's HTML of `element` (rendered with no `window`, as on the server). */
export function serverHtml(element: ReactElement): string {
  vi.stubGlobal("window", undefined);
  try {
    return renderToString(element);
  } finally {
    vi.unstubAllGlobals();
  }
}

/** For tests: `html` (the server's) in `container`, in the page, hydrated with `element` as the browser would. */
export function hydrateServerHtml(element: ReactElement, html: string, container: HTMLElement) {
  container.innerHTML = html;
  document.body.append(container);
  return render(element, { container, hydrate: true });
}

/** For tests: whether React built this element (hydrated or drawn it), rather than kept the server's. */
export const isReacts = (node: Element) => Object.keys(node).some((key) => key.startsWith("__reactFiber$"));
