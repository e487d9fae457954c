import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { CATALOG_DATA } from "@/components/catalog/catalog.generated";

test("the generated catalog module is the catalog (run `npm run catalog-module` after changing the catalog)", () => {
  expect(CATALOG_DATA).toEqual(catalog);
});
