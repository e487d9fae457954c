"use client";

import { useCallback, useEffect, useLayoutEffect, useState } from "react";
import { useAppStore } from "@/components/state/store-provider";
import { preloadable } from "@/components/ui/preloadable";
import { ExperienceStep } from "@/components/questionnaire/experience-step";
import { GoalsStep } from "@/components/questionnaire/goals-step";
import { HeldStep } from "@/components/questionnaire/held-step";
import { RoleStep } from "@/components/questionnaire/role-step";
import type { StepProps } from "@/components/questionnaire/steps";
import { TimeStep } from "@/components/questionnaire/time-step";
import styles from "@/components/questionnaire/questionnaire.module.css";
import type { QuestionnaireOptions } from "@/lib/profile/questionnaire-options";
import { reachableStep, readStepRoute, stepHref } from "@/lib/profile/step-route";
import type { QuestionStep } from "@/lib/saved/saved-state";

// The last step is loaded apart: it alone needs the whole-profile parser and the share-link encoder, which
// keeps them out of the JavaScript every first-time visitor downloads (npm run perf). It starts loading once
// the questionnaire is on screen and the browser is idle, so "Check your answers" shows at once after the time
// step instead of "Loading your answers…" for up to a second (issue 11 §3).
const ReviewStep = preloadable(() => import("@/components/questionnaire/review-step").then((m) => m.ReviewStep));

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
  const answers = useAppStore((s) => s.answers);
  // Focus moves to the heading only after a move between steps, never on arrival at the page.
  const [moved, setMoved] = useState(false);
  // True on a step opened by a Change button on "Check your answers": Continue goes back there.
  const changing = useAppStore((s) => s.changing);

  // Each move is a new history entry (/assess?step=…), so the browser's Back and Forward walk the steps.
  // Next.js's router follows native pushState calls and keeps its own state in them.
  const go = useCallback(
    (to: QuestionStep, options: { changing?: boolean } = {}) => {
      const route = { step: to, changing: options.changing === true && to !== "review" };
      setMoved(true);
      goTo(to, route.changing);
      window.history.pushState(null, "", stepHref(route));
    },
    [goTo],
  );

  /** Shows the step an address asks for, if reachable, and corrects the address when it is not. */
  const arrive = useCallback(
    (search: string, { replace }: { replace: boolean }) => {
      const requested = readStepRoute(search);
      const shown = reachableStep(requested.step ?? step, answers);
      const route = { step: shown, changing: requested.changing && shown === requested.step };
      goTo(shown, route.changing);
      const href = stepHref(route);
      if (replace || `${window.location.pathname}${window.location.search}` !== href) {
        window.history.replaceState(null, "", href);
      }
    },
    [step, answers, goTo],
  );

  // Arrival, once saved answers are read (a layout effect, so the step shown first is already the right one):
  // the address's step if every earlier question is answered, otherwise the first that is not; without a step
  // in the address, the saved one. `/assess?role=<id>` (the compare page's role matrix links here) preselects
  // that role; an id the catalog doesn't know is ignored. Read from the address in the browser, so the page
  // itself stays static.
  useLayoutEffect(() => {
    if (!hydrated) return;
    const params = new URLSearchParams(window.location.search);
    const preselect = params.get("role");
    if (preselect && options.roles.some((r) => r.id === preselect)) {
      saveAnswers({ role: preselect });
      goTo("role");
      window.history.replaceState(null, "", stepHref({ step: "role", changing: false }));
      return;
    }
    arrive(window.location.search, { replace: true });
    // Runs once, when the saved answers arrive; later moves come from go() and popstate.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated]);

  useEffect(() => ReviewStep.preload(), []);

  // Back and Forward: show the step the address names (or the first unanswered before it).
  useEffect(() => {
    if (!hydrated) return;
    const onPopState = () => {
      setMoved(true);
      arrive(window.location.search, { replace: false });
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [hydrated, arrive]);

  const props: StepProps = { options, go, focusHeading: moved, changing };
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
      return <ReviewStep.Component key={step} {...props} fallback={<p role="status">{LOADING}</p>} />;
  }
}
