/**
 * `npm run team-catalog`: writes components/team/team-catalog.generated.ts, the parsed catalog as plain data for
 * /team's browser code: the worker that plans a team and the results' timeline and exports import it, so the
 * page's HTML no longer carries the whole catalog as a client prop (80 of its 84 KB) that the browser had to
 * parse and revive while hydrating, before anyone planned anything. Run it after changing the catalog;
 * components/team/team-catalog.test.ts fails until you do.
 */
import { catalog } from "../data/catalog";
import { writeGeneratedModule } from "./generated-module";

await writeGeneratedModule({
  path: "components/team/team-catalog.generated.ts",
  command: "npm run team-catalog",
  script: "scripts/team-catalog.ts",
  name: "TEAM_CATALOG",
  type: "Catalog",
  typeFrom: "@/lib/catalog/schema",
  value: catalog,
});
