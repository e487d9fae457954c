import { render, screen, waitFor } from "@testing-library/react";
import { expect } from "vitest";
import userEvent from "@testing-library/user-event";
import { catalog } from "@/data/catalog";
import { StoreProvider } from "@/components/state/store-provider";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { questionnaireOptions } from "@/lib/profile/questionnaire-options";
import { QUESTIONS } from "@/lib/profile/questions";
import {
  QUESTION_STEPS,
  SAVED_STATE_VERSION,
  knownIdsOf,
  type Answers,
  type QuestionStep,
} from "@/lib/saved/saved-state";
import { STORAGE_KEY } from "@/lib/saved/storage-key";

/** Shared by the questionnaire's component tests: the real catalog, a real store over jsdom's localStorage. */

export const OPTIONS = questionnaireOptions(catalog);

export const headingOf = (step: QuestionStep) => QUESTIONS.find((q) => q.step === step)?.heading ?? step;

/** Renders the questionnaire as the planner layout does: a fresh store that reads localStorage. */
export function renderQuestionnaire() {
  const user = userEvent.setup();
  const view = render(
    <StoreProvider known={knownIdsOf(catalog)}>
      <Questionnaire options={OPTIONS} />
    </StoreProvider>,
  );
  return { user, ...view };
}

/** Puts a saved state in storage, as an earlier visit would have (any shape: storage is outside input). */
export function seed(state: unknown) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ state, version: SAVED_STATE_VERSION }));
}

/** What storage holds now, for checking what was saved. */
export function stored(): unknown {
  const text = localStorage.getItem(STORAGE_KEY);
  const parsed: unknown = text ? JSON.parse(text) : null;
  return typeof parsed === "object" && parsed !== null && "state" in parsed ? parsed.state : null;
}

/** A step's heading, once the store has read what was saved (until then the first question shows, busy). */
export const findHeading = (step: QuestionStep) =>
  waitFor(() => {
    expect(document.querySelector("[aria-busy=true]")).toBeNull();
    return screen.getByRole("heading", { level: 1, name: headingOf(step) });
  });

export const continueButton = () => screen.getByRole("button", { name: "Continue" });

/** Answers to every question before `step`, so a saved or addressed `step` can open (see step-route.ts). */
export function answersBefore(step: QuestionStep): Answers {
  const earlier = QUESTION_STEPS.slice(0, QUESTION_STEPS.indexOf(step));
  const fields = QUESTIONS.filter((q) => earlier.includes(q.step)).flatMap((q) => q.fields);
  return Object.fromEntries(fields.map((field) => [field, EXAMPLE_PROFILE[field]]));
}
