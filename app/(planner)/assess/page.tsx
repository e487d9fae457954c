import type { Metadata } from "next";
import { catalog } from "@/data/catalog";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import { questionnaireOptions } from "@/lib/profile/questionnaire-options";

export const metadata: Metadata = { title: "Questionnaire" };

/** The questionnaire. The browser gets the choice lists only, not the catalog. */
export default function AssessPage() {
  return <Questionnaire options={questionnaireOptions(catalog)} />;
}
