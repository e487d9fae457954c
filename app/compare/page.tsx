import type { Metadata } from "next";
import { compareRoutePage, type CompareSearchParams } from "@/components/compare/compare-route-page";

export const metadata: Metadata = {
  title: "Compare certifications",
  description:
    "Compare the Certified MLOps Professional levels and neighbouring certifications side by side: audience, prerequisites, skills, preparation time, projects, validity and next steps, with a map of the program.",
};

/**
 * /compare: reads the view from the URL (sort, filters, hidden columns, ids side by side) and renders it. The
 * tables' data is not passed from here: the view loads it with its code (components/compare/compare-page.tsx).
 * The role, path and provider tables are on /compare/roles.
 */
export default async function ComparePage({ searchParams }: { searchParams: CompareSearchParams }) {
  return compareRoutePage("certifications", searchParams);
}
