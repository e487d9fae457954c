import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { TEAM_CATALOG } from "@/components/team/team-catalog.generated";

test("/team's generated catalog is the catalog (run `npm run team-catalog` after changing the catalog)", () => {
  expect(TEAM_CATALOG).toEqual(catalog);
});
