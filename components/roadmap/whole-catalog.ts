import type { Catalog } from "@/lib/catalog/schema";

/**
 * The whole catalog, as a script of its own, for the roadmap's program map (which shows every certification).
 * Loaded once, and precached offline like every script. It is the same plain-data module /team's planner and a
 * share link's plan use (npm run catalog-module), so the browser never runs the catalog's schemas.
 */
export function loadWholeCatalog(): Promise<Catalog> {
  return import("@/components/catalog/catalog.generated").then((m) => m.CATALOG_DATA);
}
