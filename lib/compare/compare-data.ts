import type { Catalog } from "@/lib/catalog/schema";
import { levelFilterOptions, levelRows, type LevelRow } from "@/lib/compare/level-rows";
import {
  compareSourceNotes,
  pathRows,
  providerRows,
  roleMatrix,
  type CompareSourceNotes,
  type PathRow,
  type ProviderRow,
  type RoleMatrixRow,
} from "@/lib/compare/reference-tables";
import { programMapLayout, type ProgramMapLayout } from "@/lib/program-map/program-map";

/**
 * Everything /compare shows, drawn from the catalog: the four tables' rows, their footnotes, the filters' choices
 * and the program map's layout. The page ships it to the browser once, as a script of its own that the browser
 * caches (components/compare/compare-data.generated.ts), rather than in every response's RSC payload, where each
 * value travelled twice (issue 11 §2).
 */
export type CompareData = {
  levels: LevelRow[];
  roles: RoleMatrixRow[];
  paths: PathRow[];
  providers: ProviderRow[];
  sources: CompareSourceNotes;
  filterOptions: ReturnType<typeof levelFilterOptions>;
  programMap: ProgramMapLayout;
};

/** The compare page's data for a catalog. */
export function compareData(catalog: Catalog): CompareData {
  return {
    levels: levelRows(catalog),
    roles: roleMatrix(catalog),
    paths: pathRows(catalog),
    providers: providerRows(catalog),
    sources: compareSourceNotes(catalog),
    filterOptions: levelFilterOptions(catalog),
    programMap: programMapLayout(catalog),
  };
}
