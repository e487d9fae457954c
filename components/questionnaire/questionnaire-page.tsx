"use client";

import { useEffect } from "react";
// The first question's styles belong to the page, not to the script below: the server draws that question into
// the HTML, which must link its CSS to paint it styled before any script runs (and without one), and to hide it
// behind "Loading your answers…" for a returning visitor. Imported here, they are in the page's stylesheets.
import "@/components/questionnaire/questionnaire.module.css";
import "@/components/ui/choices.module.css";
import "@/components/ui/error-summary.module.css";
import "@/components/ui/field.module.css";
import { HydrateOnUse, useDrawOnArrival } from "@/components/ui/hydrate-on-use";
import { PartNotLoaded, scriptPart } from "@/components/ui/script-part";
import { setAddress } from "@/components/ui/set-address";
import type { QuestionnaireOptions } from "@/lib/profile/questionnaire-options";
import { stepHref } from "@/lib/profile/step-route";

/**
 * /assess: the questionnaire, with its code (the forms, react-hook-form, the steps) as a script apart from the
 * page's first load. A first-time visitor sees the first question the server drew, and the browser keeps that HTML
 * as it is (HydrateOnUse): the script is fetched on their first sign of use and drawn on their first use of it (a
 * role ticked, Continue), which is carried over or replayed. Loading and hydrating the form at once put about
 * 40 KB of script into every visit's load (docs/performance.md). Drawn at once: a returning visitor (the pre-paint
 * script marks `data-saved-answers`, and CSS shows "Loading your answers…" meanwhile) and an address with a query
 * (`?step=`, `?role=`), since the server's first question is not what they should see.
 */
const questionnaire = scriptPart(() => import("@/components/questionnaire/questionnaire"));

/** Starts loading the questionnaire's script (once); settles, never rejects, when it has loaded or failed. */
export const loadQuestionnaire = questionnaire.load;

/** Read once, on arrival: the address the questionnaire writes later must not change the answer. */
let arrival: boolean | undefined;
const mustDraw = () =>
  (arrival ??= document.documentElement.dataset.savedAnswers !== undefined || window.location.search !== "");

function Drawn({ options }: { options: QuestionnaireOptions }) {
  const arrived = questionnaire.useArrived();
  if ("failed" in arrived) return <PartNotLoaded what="The questionnaire" />;
  return <arrived.module.Questionnaire options={options} />;
}

export function QuestionnairePage({ options }: { options: QuestionnaireOptions }) {
  // After a client-side navigation HydrateOnUse draws at once, and the address is not yet the new page's while
  // this renders: only a page load reads what the visitor arrived with.
  const [draw, fromServer] = useDrawOnArrival(mustDraw);
  useEffect(() => {
    if (!fromServer || mustDraw()) return;
    // The kept first question is all a first-time visitor needs: not busy (the server marks it busy until saved
    // answers are read), and its address names the step, as the drawn questionnaire's does on arrival.
    document.querySelector("#main [aria-busy='true']")?.setAttribute("aria-busy", "false");
    setAddress(stepHref({ step: "role", changing: false }), "replace", { soon: true });
  }, [fromServer]);
  return (
    <HydrateOnUse live={draw} prepare={questionnaire.load}>
      <Drawn options={options} />
    </HydrateOnUse>
  );
}
