/**
 * `npm run compare-data`: writes components/compare/compare-data.generated.ts, the compare page's data (tables,
 * footnotes, filter choices, program map) computed from the catalog by lib/compare/compare-data.ts. The page's
 * browser code loads that module as a script of its own (cached, precached offline) instead of receiving the
 * data in each response's RSC payload (issue 11 §2). Run it after changing the catalog or what the compare
 * tables show; components/compare/compare-data.test.ts fails until you do.
 */
import { catalog } from "../data/catalog";
import { compareData } from "../lib/compare/compare-data";
import { writeGeneratedModule } from "./generated-module";

await writeGeneratedModule({
  path: "components/compare/compare-data.generated.ts",
  command: "npm run compare-data",
  script: "scripts/compare-data.ts",
  name: "COMPARE_DATA",
  type: "CompareData",
  typeFrom: "@/lib/compare/compare-data",
  value: compareData(catalog),
});
