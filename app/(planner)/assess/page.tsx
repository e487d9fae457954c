import type { Metadata } from "next";
import { catalog } from "@/data/catalog";
import { QuestionnairePage } from "@/components/questionnaire/questionnaire-page";
import { questionnaireOptions } from "@/lib/profile/questionnaire-options";

export const metadata: Metadata = { title: "Questionnaire" };

/** The questionnaire (its code loads apart: components/questionnaire/questionnaire-page.tsx). The browser gets the choice lists only, not the catalog. */
export default function AssessPage() {
  return <QuestionnairePage options={questionnaireOptions(catalog)} />;
}
