/** @vitest-environment jsdom */
import { act, render, screen, waitFor } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import { catalog } from "@/data/catalog";
import { knownIdsOf } from "@/lib/saved/saved-state";
import { STORAGE_KEY } from "@/lib/saved/storage-key";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { hydrateServerHtml, serverHtml } from "@/components/ui/hydration-test-kit";

afterEach(() => {
  localStorage.clear();
  document.body.innerHTML = "";
  vi.doUnmock("@/components/roadmap/roadmap-view");
});

/** The page's modules afresh (the view's script is loaded once per page load), with the store it reads. */
async function page() {
  vi.resetModules();
  const [{ OwnRoadmapPage, ownViewLoaded }, { StoreProvider }] = await Promise.all([
    import("@/components/roadmap/own-roadmap-page"),
    import("@/components/state/store-provider"),
  ]);
  return {
    loaded: ownViewLoaded,
    element: (
      <StoreProvider known={knownIdsOf(catalog)}>
        <OwnRoadmapPage catalog={catalog} />
      </StoreProvider>
    ),
  };
}

test("the server draws the placeholder; the browser fetches the view and draws the saved plan", async () => {
  const { element, loaded } = await page();
  await loaded();
  const html = serverHtml(element);
  expect(html).toContain("Loading your saved answers…");
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({ state: { answers: EXAMPLE_PROFILE, step: "review" }, version: 1 }),
  );
  await act(async () => {
    hydrateServerHtml(element, html, document.createElement("main"));
  });
  expect(await screen.findByRole("heading", { level: 1, name: "Your roadmap" })).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByText("Loading your saved answers…")).toBeNull());
  expect(screen.getByRole("heading", { name: "Your steps" })).toBeInTheDocument();
});

test("a view whose script did not arrive says so and how to go on, never a blank page", async () => {
  vi.doMock("@/components/roadmap/roadmap-view", () => {
    throw new Error("the connection dropped");
  });
  const { element, loaded } = await page();
  expect("failed" in (await loaded())).toBe(true);
  render(element);
  expect(await screen.findByRole("alert")).toHaveTextContent(
    "Your roadmap could not be loaded: the connection may have dropped. Reload the page to try again.",
  );
});
