import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ComparePage as CompareView } from "@/components/compare/compare-page";
import { catalog } from "@/data/catalog";
import { compareRoute } from "@/lib/compare/compare-route";

export const metadata: Metadata = {
  title: "Compare certifications",
  description:
    "Compare the Certified MLOps Professional levels and neighbouring certifications side by side: audience, prerequisites, skills, preparation time, projects, validity and next steps, with a map of the program.",
};

type ComparePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * /compare: reads the view from the URL (sort, filters, hidden columns, ids side by side) and renders it. The
 * tables' data is not passed from here: the view loads it with its code (components/compare/compare-page.tsx).
 * The role, path and provider tables are on /compare/roles.
 */
export default async function ComparePage({ searchParams }: ComparePageProps) {
  const route = compareRoute("certifications", await searchParams, catalog);
  if ("redirect" in route) redirect(route.redirect);
  return <CompareView {...route} />;
}
