import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { COMPARE_DATA } from "@/components/compare/compare-data.generated";
import { compareData } from "@/lib/compare/compare-data";

test("the compare page's generated data is the catalog's (run `npm run compare-data` after changing either)", () => {
  expect(COMPARE_DATA).toEqual(compareData(catalog));
});
