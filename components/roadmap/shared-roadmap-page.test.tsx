/** @vitest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { catalog } from "@/data/catalog";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { profileToQuery } from "@/lib/profile/share-query";
import { recommend } from "@/lib/recommender/recommend";
import { knownIdsOf } from "@/lib/saved/saved-state";
import { STORAGE_KEY } from "@/lib/saved/storage-key";
import { hydrateServerHtml, isReacts, serverHtml } from "@/components/ui/hydration-test-kit";

const TODAY = "2026-12-02";
const STEPS = recommend(EXAMPLE_PROFILE, catalog).steps;

/** The page's modules afresh (what it read on arrival is kept per page load), and the server's HTML of a link. */
async function page() {
  vi.resetModules();
  const [{ SharedRoadmapPage, sharedPlanLoaded }, { StoreProvider }] = await Promise.all([
    import("@/components/roadmap/shared-roadmap-page"),
    import("@/components/state/store-provider"),
  ]);
  // The server renders the plan itself: its script has loaded there.
  await sharedPlanLoaded();
  const element = (
    <StoreProvider known={knownIdsOf(catalog)}>
      <SharedRoadmapPage profile={EXAMPLE_PROFILE} today={TODAY} notices={[]} assumed={[]} />
    </StoreProvider>
  );
  return { element, html: serverHtml(element) };
}

/** The server's HTML in the page, hydrated as the browser would. */
async function hydrate() {
  const { element, html } = await page();
  return hydrateServerHtml(element, html, document.createElement("main"));
}

const doneRadio = (name: string) =>
  within(screen.getByRole("group", { name: `Progress on ${name}` })).getByRole<HTMLInputElement>("radio", {
    name: "Done",
  });
const stepDetails = () => [...document.querySelectorAll<HTMLDetailsElement>("details[data-step-details]")];
const savedProgress = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}").state?.progress ?? {};

beforeEach(() => {
  window.history.replaceState(null, "", `/roadmap?${profileToQuery(EXAMPLE_PROFILE)}`);
  // jsdom lays nothing out: record which step a #step- address scrolls to instead.
  Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => {
  document.body.innerHTML = "";
  delete document.documentElement.dataset.savedAnswers;
  localStorage.clear();
});

test("a first-time visitor keeps the server's plan until they use it; ticking Done draws it and saves the tick", async () => {
  await hydrate();
  const heading = screen.getByRole("heading", { level: 1, name: "A roadmap from a shared link" });
  expect(isReacts(heading)).toBe(false);
  expect(stepDetails().map((d) => d.closest("li")?.id)).toEqual(STEPS.map((s) => `step-${s.certificationId}`));
  // Nothing is saved here, so the kept progress radios are enabled once that has been read, as drawn ones are.
  await waitFor(() => expect(doneRadio("MLOps Professional")).toBeEnabled());
  expect(isReacts(doneRadio("MLOps Professional"))).toBe(false);

  const user = userEvent.setup();
  await user.click(doneRadio("MLOps Professional"));
  await waitFor(() => expect(isReacts(doneRadio("MLOps Professional"))).toBe(true));
  expect(doneRadio("MLOps Professional").checked).toBe(true);
  await waitFor(() => expect(savedProgress()["mlops-professional"]?.status).toBe("done"));
});

test("a #step- address opens that step in the kept plan, and printing opens every step and closes them after", async () => {
  const [, second] = STEPS;
  if (!second) throw new Error("the example plan has fewer than two steps");
  window.history.replaceState(null, "", `${window.location.search}#step-${second.certificationId}`);
  await hydrate();
  expect(isReacts(screen.getByRole("heading", { level: 1 }))).toBe(false);
  expect(stepDetails().map((d) => d.open)).toEqual(STEPS.map((s) => s === second));
  expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts).toEqual([
    document.getElementById(`step-${second.certificationId}`),
  ]);

  act(() => void window.dispatchEvent(new Event("beforeprint")));
  expect(stepDetails().every((d) => d.open)).toBe(true);
  act(() => void window.dispatchEvent(new Event("afterprint")));
  expect(stepDetails().map((d) => d.open)).toEqual(STEPS.map((s) => s === second));
});

test("a visitor with something saved here gets the plan drawn at once, with their progress", async () => {
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({
      state: { answers: {}, step: "role", progress: { "mlops-professional": { status: "done", notes: "" } } },
      version: 1,
    }),
  );
  document.documentElement.dataset.savedAnswers = "";
  await act(async () => {
    await hydrate();
  });
  await waitFor(() => expect(isReacts(screen.getByRole("heading", { level: 1 }))).toBe(true));
  await waitFor(() => expect(doneRadio("MLOps Professional").checked).toBe(true));
});
