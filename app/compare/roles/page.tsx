import type { Metadata } from "next";
import { compareRoutePage, type CompareSearchParams } from "@/components/compare/compare-route-page";

export const metadata: Metadata = {
  title: "Roles, learning paths and providers",
  description:
    "The certifications recommended for each job, the learning paths of the MLOps certification guide in order, and the training providers that cover them, in sortable tables with their sources.",
};

/** /compare/roles: the role matrix, learning paths and providers, sorted as the URL says (role-sort, …). */
export default async function RolesPage({ searchParams }: { searchParams: CompareSearchParams }) {
  return compareRoutePage("roles", searchParams);
}
