/**
 * `npm run catalog-module`: writes components/catalog/catalog.generated.ts, the parsed catalog as plain data for
 * browser code that needs all of it after the page has loaded: /team's planner worker and its results' timeline and
 * exports, and a share link's roadmap (components/roadmap/shared-plan.tsx). So their pages' HTML does not carry the
 * whole catalog as a client prop to parse and revive while hydrating (only /roadmap without a query does, to plan
 * saved answers at once), and the browser never runs the catalog's schemas. Run it after changing the catalog;
 * components/catalog/catalog-module.test.ts fails until you do.
 */
import { catalog } from "../data/catalog";
import { writeGeneratedModule } from "./generated-module";

await writeGeneratedModule({
  path: "components/catalog/catalog.generated.ts",
  command: "npm run catalog-module",
  script: "scripts/catalog-module.ts",
  name: "CATALOG_DATA",
  type: "Catalog",
  typeFrom: "@/lib/catalog/schema",
  value: catalog,
});
