import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ComparePage as CompareView } from "@/components/compare/compare-page";
import { catalog } from "@/data/catalog";
import { compareRoute } from "@/lib/compare/compare-route";

export const metadata: Metadata = {
  title: "Roles, learning paths and providers",
  description:
    "The certifications recommended for each job, the learning paths of the MLOps certification guide in order, and the training providers that cover them, in sortable tables with their sources.",
};

type RolesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /compare/roles: the role matrix, learning paths and providers, sorted as the URL says (role-sort, …). */
export default async function RolesPage({ searchParams }: RolesPageProps) {
  const route = compareRoute("roles", await searchParams, catalog);
  if ("redirect" in route) redirect(route.redirect);
  return <CompareView {...route} />;
}
