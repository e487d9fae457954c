import type { Catalog } from "@/lib/catalog/schema";

let whole: Catalog | undefined;

/**
 * The whole catalog, as a script of its own. A share link's page carries only the part its plan draws
 * (lib/recommender/plan-catalog.ts); what may need any certification loads the rest here: planning again (what-if),
 * the exports, importing progress, the program map and checking saved answers. Loaded once, and precached offline
 * like every script. It is the same plain-data module /team's planner uses (npm run catalog-module), so the
 * browser never runs the catalog's schemas.
 */
export function loadWholeCatalog(): Promise<Catalog> {
  return import("@/components/catalog/catalog.generated").then((m) => (whole = m.CATALOG_DATA));
}

/** The whole catalog if it has loaded already (for code that runs only after `loadWholeCatalog` resolved). */
export function loadedWholeCatalog(): Catalog | undefined {
  return whole;
}
