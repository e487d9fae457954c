import type { Metadata } from "next";
import { CompareOverview } from "@/components/compare/compare-overview";
import { ProgramMap } from "@/components/program-map/program-map";
import { catalog } from "@/data/catalog";
import { compareStateFromQuery } from "@/lib/compare/compare-state";
import { levelFilterOptions, levelRows } from "@/lib/compare/level-rows";
import { compareSourceNotes, pathRows, providerRows, roleMatrix } from "@/lib/compare/reference-tables";

export const metadata: Metadata = {
  title: "Compare certifications",
  description:
    "Compare the Certified MLOps Professional levels and neighbouring certifications side by side: audience, prerequisites, skills, preparation time, projects, validity and next steps, with recommendations by role and learning path.",
};

type ComparePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /compare: reads the view from the URL (sort, filters, hidden columns, ids side by side) and renders it. */
export default async function ComparePage({ searchParams }: ComparePageProps) {
  const { state, problems } = compareStateFromQuery(await searchParams, catalog);
  return (
    <CompareOverview
      levels={levelRows(catalog)}
      roles={roleMatrix(catalog)}
      paths={pathRows(catalog)}
      providers={providerRows(catalog)}
      sources={compareSourceNotes(catalog)}
      filterOptions={levelFilterOptions(catalog)}
      state={state}
      problems={problems}
      programMap={<ProgramMap catalog={catalog} />}
    />
  );
}
