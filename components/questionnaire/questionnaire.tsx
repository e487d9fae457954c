"use client";

import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { useAppStore } from "@/components/state/store-provider";
import { ExperienceStep } from "@/components/questionnaire/experience-step";
import { GoalsStep } from "@/components/questionnaire/goals-step";
import { HeldStep } from "@/components/questionnaire/held-step";
import { RoleStep } from "@/components/questionnaire/role-step";
import type { StepProps } from "@/components/questionnaire/steps";
import { TimeStep } from "@/components/questionnaire/time-step";
import styles from "@/components/questionnaire/questionnaire.module.css";
import type { QuestionnaireOptions } from "@/lib/profile/questionnaire-options";
import type { QuestionStep } from "@/lib/saved/saved-state";

// The last step is loaded when it is reached: it alone needs the whole-profile parser and the share-link
// encoder, which keeps them out of the JavaScript every first-time visitor downloads (npm run perf).
const ReviewStep = lazy(() =>
  import("@/components/questionnaire/review-step").then((m) => ({ default: m.ReviewStep })),
);

const LOADING = "Loading your answers…";

/**
 * The questionnaire: shows the store's current step, one form per step.
 *
 * Before saved answers are read (on the server, and in the browser until the store has rehydrated) it shows
 * the first question with nothing chosen, so a first-time visitor sees it without waiting for JavaScript.
 * A returning visitor's browser is marked `data-saved-answers` before paint (the pre-paint script): CSS then
 * hides that first question and shows "Loading your answers…" until their own step mounts, keyed by what was
 * saved, so every step's defaultValues are the saved ones.
 */
export function Questionnaire({ options }: { options: QuestionnaireOptions }) {
  const hydrated = useAppStore((s) => s.hydrated);
  const step = useAppStore((s) => s.step);
  const goTo = useAppStore((s) => s.goTo);
  const saveAnswers = useAppStore((s) => s.saveAnswers);
  const role = useAppStore((s) => s.answers.role);
  // Focus moves to the heading only after a move between steps, never on arrival at the page.
  const [moved, setMoved] = useState(false);
  const go = useCallback(
    (to: QuestionStep) => {
      setMoved(true);
      goTo(to);
    },
    [goTo],
  );

  // `/assess?role=<id>` (the compare page's role matrix links here) preselects that role, once saved
  // answers are loaded so it is not overwritten by them. Read from the address in the browser so the page
  // itself stays static; an id the catalog doesn't know is ignored.
  useEffect(() => {
    if (!hydrated) return;
    const role = new URLSearchParams(window.location.search).get("role");
    if (role && options.roles.some((r) => r.id === role)) {
      saveAnswers({ role });
      goTo("role");
      window.history.replaceState(null, "", window.location.pathname);
    }
  }, [hydrated, options.roles, saveAnswers, goTo]);

  const props: StepProps = { options, go, focusHeading: moved };
  return (
    <>
      {hydrated ? null : (
        <p role="status" className={styles.loading}>
          {LOADING}
        </p>
      )}
      <div className={hydrated ? undefined : styles.beforeSavedAnswers} aria-busy={!hydrated}>
        {stepElement(hydrated ? step : "role", role, props)}
      </div>
    </>
  );
}

function stepElement(step: QuestionStep, role: string | undefined, props: StepProps) {
  switch (step) {
    case "role":
      // Keyed by the saved role too: a role chosen through `/assess?role=` remounts the form with it.
      return <RoleStep key={`${step}:${role ?? ""}`} {...props} />;
    case "experience":
      return <ExperienceStep key={step} {...props} />;
    case "held":
      return <HeldStep key={step} {...props} />;
    case "goals":
      return <GoalsStep key={step} {...props} />;
    case "time":
      return <TimeStep key={step} {...props} />;
    case "review":
      return (
        <Suspense key={step} fallback={<p role="status">{LOADING}</p>}>
          <ReviewStep {...props} />
        </Suspense>
      );
  }
}
