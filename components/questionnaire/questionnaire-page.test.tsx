/** @vitest-environment jsdom */
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { answersBefore, headingOf, OPTIONS, seed } from "@/components/questionnaire/questionnaire-test-kit";
import { catalog } from "@/data/catalog";
import { knownIdsOf } from "@/lib/saved/saved-state";
import { hydrateServerHtml, isReacts, serverHtml } from "@/components/ui/hydration-test-kit";

/** The page's modules afresh: what it read on arrival is kept per page load. */
async function page() {
  vi.resetModules();
  const [{ QuestionnairePage, loadQuestionnaire }, { StoreProvider }] = await Promise.all([
    import("@/components/questionnaire/questionnaire-page"),
    import("@/components/state/store-provider"),
  ]);
  // The server renders the questionnaire itself: its script has loaded there.
  await loadQuestionnaire();
  const element = (
    <StoreProvider known={knownIdsOf(catalog)}>
      <QuestionnairePage options={OPTIONS} />
    </StoreProvider>
  );
  return { element, html: serverHtml(element) };
}

/** The server's HTML in the page, hydrated as the browser would. */
async function hydrate() {
  const { element, html } = await page();
  const container = document.createElement("main");
  container.id = "main";
  return hydrateServerHtml(element, html, container);
}

beforeEach(() => {
  window.history.replaceState(null, "", "/assess");
});

afterEach(() => {
  document.body.innerHTML = "";
  delete document.documentElement.dataset.savedAnswers;
  localStorage.clear();
});

test("a first-time visitor keeps the server's first question, not busy, at /assess?step=role, until they use it", async () => {
  const { container } = await hydrate();
  const heading = screen.getByRole("heading", { level: 1, name: headingOf("role") });
  expect(isReacts(heading)).toBe(false);
  await waitFor(() => expect(window.location.search).toBe("?step=role"));
  expect(container.querySelector("[aria-busy=true]")).toBeNull();

  // Ticking a role draws the questionnaire with it ticked; Continue then moves on.
  const user = userEvent.setup();
  await user.click(screen.getByLabelText("Site Reliability Engineer (SRE)"));
  await waitFor(() => expect(isReacts(screen.getByLabelText("Site Reliability Engineer (SRE)"))).toBe(true));
  expect(screen.getByLabelText<HTMLInputElement>("Site Reliability Engineer (SRE)").checked).toBe(true);
  await user.click(screen.getByRole("button", { name: "Continue" }));
  expect(await screen.findByRole("heading", { level: 1, name: headingOf("experience") })).toBeInTheDocument();
});

test("a returning visitor's questionnaire is drawn at once, on their saved step", async () => {
  seed({ answers: answersBefore("experience"), step: "experience" });
  document.documentElement.dataset.savedAnswers = "";
  await act(async () => {
    await hydrate();
  });
  expect(await screen.findByRole("heading", { level: 1, name: headingOf("experience") })).toBeInTheDocument();
});
