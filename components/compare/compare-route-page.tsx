import type { ReactElement } from "react";
import { redirect } from "next/navigation";
import { ComparePage } from "@/components/compare/compare-page";
import { catalog } from "@/data/catalog";
import { compareRoute } from "@/lib/compare/compare-route";
import type { CompareView } from "@/lib/compare/compare-pages";

/** What Next.js gives a page as `searchParams`. */
export type CompareSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The body of both compare pages (app/compare/page.tsx and app/compare/roles/page.tsx): the view the address asks
 * for, or a redirect to the other page when the address sets up only its tables (lib/compare/compare-route.ts).
 */
export async function compareRoutePage(view: CompareView, searchParams: CompareSearchParams): Promise<ReactElement> {
  const route = compareRoute(view, await searchParams, catalog);
  if ("redirect" in route) redirect(route.redirect);
  return <ComparePage {...route} />;
}
