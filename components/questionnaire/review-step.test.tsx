/** @vitest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { beforeEach, expect, test, vi } from "vitest";
import { findHeading, renderQuestionnaire, seed, stored } from "@/components/questionnaire/questionnaire-test-kit";
import { todayIso } from "@/lib/dates/iso-date";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { FIELD_LABELS } from "@/lib/profile/answer-labels";
import { PROFILE_FIELDS } from "@/lib/profile/schema";
import { profileToQuery } from "@/lib/profile/share-query";

const { push } = vi.hoisted(() => ({ push: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));

beforeEach(() => {
  push.mockClear();
});

/** The answer shown beside a label in the summary list. */
function answerFor(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: "dt" });
  const value = term.nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`no answer beside ${label}`);
  return value;
}

test("every answer is listed under its label, by name rather than id", async () => {
  seed({ answers: EXAMPLE_PROFILE, step: "review" });
  renderQuestionnaire();
  await findHeading("review");
  expect(screen.getByText("Step 6 of 6")).toBeInTheDocument();
  expect(answerFor(FIELD_LABELS.role)).toHaveTextContent("Site Reliability Engineer (SRE)");
  expect(answerFor(FIELD_LABELS.years)).toHaveTextContent("5 years");
  expect(
    within(answerFor(FIELD_LABELS.skills))
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["Python", "Cloud platforms"]);
  expect(answerFor(FIELD_LABELS.held)).toHaveTextContent("Certified MLOps Professional – Foundation");
  expect(answerFor(FIELD_LABELS.goal)).toHaveTextContent("Become an architect");
  expect(answerFor(FIELD_LABELS.interests)).toHaveTextContent("SRE pathFinOps path");
  expect(answerFor(FIELD_LABELS.hours)).toHaveTextContent("8 hours");
  expect(answerFor(FIELD_LABELS.start)).toHaveTextContent("4 January 2027");
  for (const field of PROFILE_FIELDS) {
    expect(screen.getByRole("button", { name: `Change ${FIELD_LABELS[field].toLowerCase()}` })).toBeInTheDocument();
  }
});

test("empty lists read None", async () => {
  seed({ answers: { ...EXAMPLE_PROFILE, skills: [], held: [] }, step: "review" });
  renderQuestionnaire();
  await findHeading("review");
  expect(answerFor(FIELD_LABELS.skills)).toHaveTextContent("None");
  expect(answerFor(FIELD_LABELS.held)).toHaveTextContent("None");
});

test("with an answer missing, the check page is not shown: the first question that lacks one is", async () => {
  seed({ answers: { role: "sre", skills: [], held: [] }, step: "review" });
  renderQuestionnaire();
  await findHeading("experience");
  expect(window.location.search).toBe("?step=experience");
});

test("each Change button goes to the step that asks that question, with the answer filled in", async () => {
  const expected = [
    ["role", "role"],
    ["years of experience", "experience"],
    ["skills", "experience"],
    ["certifications held", "held"],
    ["goal", "goals"],
    ["interests", "goals"],
    ["hours a week", "time"],
    ["start date", "time"],
  ] as const;
  for (const [label, step] of expected) {
    window.history.replaceState(null, "", "/assess");
    seed({ answers: EXAMPLE_PROFILE, step: "review" });
    const view = renderQuestionnaire();
    await findHeading("review");
    await view.user.click(screen.getByRole("button", { name: `Change ${label}` }));
    expect(await findHeading(step)).toHaveFocus();
    expect(window.location.search).toBe(`?step=${step}&change=1`);
    expect(stored()).toMatchObject({ step, answers: EXAMPLE_PROFILE });
    if (step === "role") expect(screen.getByRole("radio", { name: "Site Reliability Engineer (SRE)" })).toBeChecked();
    if (step === "time") expect(screen.getByRole("textbox", { name: "Hours a week" })).toHaveValue("8");
    view.unmount();
  }
});

test("Show my roadmap opens the roadmap with every answer in its address", async () => {
  seed({ answers: EXAMPLE_PROFILE, step: "review" });
  const { user } = renderQuestionnaire();
  await findHeading("review");
  await user.click(screen.getByRole("button", { name: "Show my roadmap" }));
  expect(push).toHaveBeenCalledTimes(1);
  expect(push).toHaveBeenCalledWith(`/roadmap?${profileToQuery(EXAMPLE_PROFILE)}`);
  const query = new URLSearchParams(String(push.mock.calls[0]?.[0]).split("?")[1]);
  expect(query.get("role")).toBe("sre");
  expect([...query.keys()]).toEqual([...PROFILE_FIELDS]);
});

test("a missing start date sends the person to the time question, with today filled in", async () => {
  // JSON leaves out undefined, so storage holds no start date.
  seed({ answers: { ...EXAMPLE_PROFILE, start: undefined }, step: "review" });
  renderQuestionnaire();
  await findHeading("time");
  expect(screen.getByLabelText("Start date")).toHaveValue(todayIso());
});

test("a start date that has passed since it was saved is refused, with a link to change it", async () => {
  seed({ answers: { ...EXAMPLE_PROFILE, start: "2001-01-01" }, step: "review" });
  const { user } = renderQuestionnaire();
  await findHeading("review");
  await user.click(screen.getByRole("button", { name: "Show my roadmap" }));
  expect(push).not.toHaveBeenCalled();
  const summary = screen.getByRole("alert");
  expect(summary).toHaveFocus();
  expect(within(summary).getByRole("heading", { name: "There is a problem" })).toBeInTheDocument();
  const link = within(summary).getByRole("link", { name: "Start date must be today or in the future" });
  expect(link).toHaveAttribute("href", "#change-start");
  expect(document.title).toBe("Error: Check your answers · certpath");
  await user.click(link);
  expect(screen.getByRole("button", { name: "Change start date" })).toHaveFocus();
  await user.keyboard("{Enter}");
  expect(await findHeading("time")).toHaveFocus();
  // Changing it and continuing returns to the check page, not through the later steps (there are none here).
  const start = screen.getByLabelText("Start date");
  await user.clear(start);
  await user.type(start, todayIso());
  await user.click(screen.getByRole("button", { name: "Continue" }));
  expect(await findHeading("review")).toHaveFocus();
});

test("Change, then Continue, returns to the check page rather than walking the later steps", async () => {
  seed({ answers: EXAMPLE_PROFILE, step: "review" });
  const { user } = renderQuestionnaire();
  await findHeading("review");
  await user.click(screen.getByRole("button", { name: "Change role" }));
  await findHeading("role");
  await user.click(screen.getByRole("radio", { name: "Data Engineer" }));
  await user.click(screen.getByRole("button", { name: "Continue" }));
  expect(await findHeading("review")).toHaveFocus();
  expect(answerFor(FIELD_LABELS.role)).toHaveTextContent("Data Engineer");
  expect(window.location.search).toBe("?step=review");
  // A plain move forward from a step (not a change) still goes to the next question.
  await user.click(screen.getByRole("button", { name: "Back" }));
  await findHeading("time");
  await user.click(screen.getByRole("button", { name: "Back" }));
  expect(await findHeading("goals")).toHaveFocus();
});

test("Back from the review returns to the last question with its answers", async () => {
  seed({ answers: EXAMPLE_PROFILE, step: "review" });
  const { user } = renderQuestionnaire();
  await findHeading("review");
  await user.click(screen.getByRole("button", { name: "Back" }));
  expect(await findHeading("time")).toHaveFocus();
  expect(screen.getByLabelText("Start date")).toHaveValue("2027-01-04");
});
