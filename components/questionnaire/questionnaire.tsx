"use client";

import { useCallback, useEffect, useLayoutEffect, useState } from "react";
import { useAppStore } from "@/components/state/store-provider";
import { cancelWaitingAddress, setAddress } from "@/components/ui/set-address";
import { afterIntent } from "@/components/ui/after-intent";
import { preloadable } from "@/components/ui/preloadable";
import { loadStepChecks } from "@/components/questionnaire/use-step-form";
import { RoleStep } from "@/components/questionnaire/role-step";
import type { StepProps } from "@/components/questionnaire/steps";
import styles from "@/components/questionnaire/questionnaire.module.css";
import type { QuestionnaireOptions } from "@/lib/profile/questionnaire-options";
import { reachableStep, readStepRoute, stepHref } from "@/lib/profile/step-route";
import type { QuestionStep } from "@/lib/saved/saved-shape";

// Only the first question is part of the page's first load (npm run perf); every later step is loaded apart,
// the last one with the whole-profile parser and the share-link encoder. They start loading once the
// person starts using the questionnaire (afterIntent), so each shows at once when reached, with no "Loading
// your answers…" in between (issue 11 §3).
const ExperienceStep = preloadable(() =>
  import("@/components/questionnaire/experience-step").then((m) => m.ExperienceStep),
);
const HeldStep = preloadable(() => import("@/components/questionnaire/held-step").then((m) => m.HeldStep));
const GoalsStep = preloadable(() => import("@/components/questionnaire/goals-step").then((m) => m.GoalsStep));
const TimeStep = preloadable(() => import("@/components/questionnaire/time-step").then((m) => m.TimeStep));
const ReviewStep = preloadable(() => import("@/components/questionnaire/review-step").then((m) => m.ReviewStep));
const LATER_STEPS = [ExperienceStep, HeldStep, GoalsStep, TimeStep, ReviewStep];

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
      setAddress(stepHref(route), "push");
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
      // On arrival the address is corrected after the first frame (`soon`), outside the task that draws it.
      if (replace || `${window.location.pathname}${window.location.search}` !== href) {
        setAddress(href, "replace", { soon: replace });
      }
    },
    [step, answers, goTo],
  );

  // Arrival, once saved answers are read (a layout effect, so the step shown first is already the right one):
  // the address's step if every earlier question is answered, otherwise the first that is not; without a step
  // in the address, the saved one. `/assess?role=<id>` (the compare page's role matrix links here) preselects
  // that role; an id the catalog doesn't know is ignored. With a step as well, `/assess?step=experience&role=<id>`
  // is the first question's form sent by the browser itself (Continue pressed before the page's script was
  // here): the role is saved and the questionnaire moves on, as Continue does. Read from the address in the
  // browser, so the page itself stays static.
  useLayoutEffect(() => {
    if (!hydrated) return;
    const params = new URLSearchParams(window.location.search);
    const preselect = params.get("role");
    if (preselect && options.roles.some((r) => r.id === preselect)) {
      saveAnswers({ role: preselect });
      const shown = reachableStep(readStepRoute(window.location.search).step ?? "role", {
        ...answers,
        role: preselect,
      });
      goTo(shown);
      setAddress(stepHref({ step: shown, changing: false }), "replace", { soon: true });
      return;
    }
    arrive(window.location.search, { replace: true });
    // Runs once, when the saved answers arrive; later moves come from go() and popstate.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated]);

  useEffect(() => {
    const cancels = [
      ...LATER_STEPS.map((later) => later.preload()),
      afterIntent(() => void loadStepChecks().catch(() => undefined)),
      // Leaving the questionnaire before the arrival's address is written: that address is no longer this page's.
      cancelWaitingAddress,
    ];
    return () => cancels.forEach((cancel) => cancel());
  }, []);

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
  const loading = <p role="status">{LOADING}</p>;
  switch (step) {
    case "role":
      // Keyed by the saved role too: a role chosen through `/assess?role=` remounts the form with it.
      return <RoleStep key={`${step}:${role ?? ""}`} {...props} />;
    case "experience":
      return <ExperienceStep.Component key={step} {...props} fallback={loading} />;
    case "held":
      return <HeldStep.Component key={step} {...props} fallback={loading} />;
    case "goals":
      return <GoalsStep.Component key={step} {...props} fallback={loading} />;
    case "time":
      return <TimeStep.Component key={step} {...props} fallback={loading} />;
    case "review":
      return <ReviewStep.Component key={step} {...props} fallback={loading} />;
  }
}
