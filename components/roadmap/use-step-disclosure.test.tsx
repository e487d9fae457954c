/** @vitest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { recommend } from "@/lib/recommender/recommend";
import { knownIdsOf } from "@/lib/saved/saved-state";
import { StoreProvider } from "@/components/state/store-provider";
import { RoadmapView } from "@/components/roadmap/roadmap-view";

const STEPS = recommend(EXAMPLE_PROFILE, catalog).steps;

beforeEach(() => {
  window.history.replaceState(null, "", "/roadmap");
  // jsdom has no layout, so no scrolling either.
  Element.prototype.scrollIntoView = () => {};
});

function renderRoadmap() {
  return render(
    <StoreProvider known={knownIdsOf(catalog)}>
      <RoadmapView catalog={catalog} profile={EXAMPLE_PROFILE} />
    </StoreProvider>,
  );
}

const detailsOf = (id: string) => {
  const details = document.getElementById(`step-${id}`)?.querySelector("details");
  if (!details) throw new Error(`no disclosure in step-${id}`);
  return details;
};
const openStates = () => STEPS.map((s) => detailsOf(s.certificationId).open);

test("each step shows its summary (dates, 'Why:' and the main reason, progress radios) and keeps the rest closed", async () => {
  renderRoadmap();
  for (const step of STEPS) {
    const item = document.getElementById(`step-${step.certificationId}`)!;
    const details = detailsOf(step.certificationId);
    expect(details.open).toBe(false);
    const why = within(item).getByText("Why:").parentElement!;
    expect(why).toHaveTextContent(`Why: ${step.reasons[0]!.text}`);
    expect(details).not.toContainElement(why);
    expect(details).not.toContainElement(within(item).getAllByRole("radio", { name: "Done" })[0]!);
    expect(details).toContainElement(within(item).getByRole("region", { name: "Why this step" }));
    expect(details).toContainElement(within(item).getByRole("region", { name: "Renewal" }));
    // The notes field is drawn when the step is first opened (its code loads apart, so a moment later).
    expect(within(item).queryByRole("textbox", { name: /^Notes on/ })).not.toBeInTheDocument();
    fireEvent.click(within(details).getByText(/^More about/));
    expect(details.open).toBe(true);
    expect(details).toContainElement(await within(item).findByRole("textbox", { name: /^Notes on/ }));
  }
});

test("Expand all opens every step and Collapse all closes them", async () => {
  const user = userEvent.setup();
  renderRoadmap();
  await user.click(screen.getByRole("button", { name: "Expand all" }));
  expect(openStates()).toEqual(STEPS.map(() => true));
  await user.click(screen.getByRole("button", { name: "Collapse all" }));
  expect(openStates()).toEqual(STEPS.map(() => false));
});

test("a #step- fragment opens that step, on load, on a hash change and on a click of a link to it", async () => {
  const [first, second, third] = STEPS.map((s) => s.certificationId);
  window.history.replaceState(null, "", `/roadmap#step-${second}`);
  renderRoadmap();
  await waitFor(() => expect(detailsOf(second!).open).toBe(true));
  expect(detailsOf(first!).open).toBe(false);

  window.history.replaceState(null, "", `/roadmap#step-${third}`);
  fireEvent(window, new HashChangeEvent("hashchange"));
  expect(detailsOf(third!).open).toBe(true);

  // The timeline's bar for the first step: following it opens the step even when no hashchange fires.
  const bar = within(screen.getByRole("figure", { name: /Timeline/ })).getAllByRole("link")[0]!;
  expect(bar).toHaveAttribute("href", `#step-${first}`);
  // Held back from navigating, so only the click can have opened it (and no late hashchange leaks out).
  bar.addEventListener("click", (event) => event.preventDefault());
  fireEvent.click(bar);
  expect(detailsOf(first!).open).toBe(true);
});

test("printing opens every step, and closes again afterwards the ones it opened", async () => {
  const user = userEvent.setup();
  renderRoadmap();
  const [, second] = STEPS.map((s) => s.certificationId);
  await user.click(within(document.getElementById(`step-${second}`)!).getByText(/^More about/));
  expect(detailsOf(second!).open).toBe(true);
  fireEvent(window, new Event("beforeprint"));
  expect(openStates()).toEqual(STEPS.map(() => true));
  fireEvent(window, new Event("afterprint"));
  expect(openStates()).toEqual(STEPS.map((s) => s.certificationId === second));
});
