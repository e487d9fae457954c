import type { Metadata } from "next";
import { ComparePage as CompareView } from "@/components/compare/compare-page";
import { catalog } from "@/data/catalog";
import { compareStateFromQuery } from "@/lib/compare/compare-state";
import { queryText } from "@/lib/compare/query-text";

export const metadata: Metadata = {
  title: "Compare certifications",
  description:
    "Compare the Certified MLOps Professional levels and neighbouring certifications side by side: audience, prerequisites, skills, preparation time, projects, validity and next steps, with recommendations by role and learning path.",
};

type ComparePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * /compare: reads the view from the URL (sort, filters, hidden columns, ids side by side) and renders it. The
 * tables' data is not passed from here: the view loads it with its code (components/compare/compare-page.tsx).
 */
export default async function ComparePage({ searchParams }: ComparePageProps) {
  const query = await searchParams;
  const { state, problems } = compareStateFromQuery(query, catalog);
  return <CompareView state={state} problems={problems} query={queryText(query)} />;
}
