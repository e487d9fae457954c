import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import {
  compareSourceNotes,
  PATH_COLUMN_IDS,
  PATH_COLUMNS,
  pathRows,
  PROVIDER_COLUMN_IDS,
  PROVIDER_COLUMNS,
  providerRows,
  ROLE_COLUMN_IDS,
  ROLE_COLUMNS,
  roleMatrix,
} from "@/lib/compare/reference-tables";
import { sortByValue } from "@/lib/compare/sort-values";

test("role matrix: one row per role with its recommended certifications in order and its paths", () => {
  const rows = roleMatrix(catalog);
  expect(rows.map((r) => r.id)).toEqual(catalog.roles.map((r) => r.id));
  const sre = rows.find((r) => r.id === "sre");
  expect(sre).toMatchObject({
    name: "Site Reliability Engineer (SRE)",
    recommended: [
      { id: "mlops-professional", name: "MLOps Professional" },
      { id: "mlops-advanced", name: "MLOps Advanced" },
    ],
    paths: [
      { id: "sre", name: "SRE path" },
      { id: "mlops", name: "MLOps path" },
    ],
    source: "guide",
  });
  expect(ROLE_COLUMNS.map((c) => c.id)).toEqual([...ROLE_COLUMN_IDS]);
  const source = ROLE_COLUMNS.find((c) => c.id === "source");
  expect(source?.text(rows.find((r) => r.source === "derived") ?? rows[0]!)).toBe("Derived by certpath");
});

test("learning paths list their certifications in order and the providers that train for them", () => {
  const rows = pathRows(catalog);
  expect(rows.map((r) => r.id)).toEqual(catalog.paths.map((p) => p.id));
  const mlops = rows.find((r) => r.id === "mlops");
  expect(mlops?.certifications.map((c) => c.id)).toEqual([
    "mlops-foundation",
    "mlops-professional",
    "mlops-advanced",
    "mlops-expert",
  ]);
  expect(mlops?.providers.map((p) => p.id)).toContain("aiopsschool");
  expect(rows.find((r) => r.id === "finops")?.providers.map((p) => p.id)).toEqual(["finopsschool"]);
  expect(PATH_COLUMNS.map((c) => c.id)).toEqual([...PATH_COLUMN_IDS]);
});

test("providers: paths by name and yes/no facts that sort as 0/1", () => {
  const rows = providerRows(catalog);
  expect(rows).toHaveLength(catalog.providers.length);
  const hosts = PROVIDER_COLUMNS.find((c) => c.id === "hosts");
  if (!hosts) throw new Error("no hosts column");
  expect(sortByValue(rows, hosts.sortValue, "desc")[0]?.id).toBe("aiopsschool");
  expect(hosts.text(rows.find((r) => r.id === "aiopsschool")!)).toBe("Yes");
  expect(PROVIDER_COLUMNS.map((c) => c.id)).toEqual([...PROVIDER_COLUMN_IDS]);
});

test("role matrix sorts by number of recommendations, then their names", () => {
  const rows = roleMatrix(catalog);
  const recommended = ROLE_COLUMNS.find((c) => c.id === "recommended");
  if (!recommended) throw new Error("no recommended column");
  const sorted = sortByValue(rows, recommended.sortValue, "asc").map((r) => r.recommended.map((c) => c.name).join());
  expect(sorted[0]).toBe("DataOps Foundation,MLOps Professional");
});

test("each compare table's footnotes say which columns are certpath's and why", () => {
  const notes = compareSourceNotes(catalog);
  expect(notes.roles.join(" ")).toMatch(/Learning paths\. certpath's reading of the guide: the role table has no/);
  expect(notes.paths.join(" ")).toMatch(/paths name no certifications/);
  expect(notes.providers.join(" ")).toMatch(/Not stated/);
  expect(notes.levels.join(" ")).toMatch(/Validity and pass mark\. certpath's reading of the guide: the FAQ/);
  expect(providerRows(catalog).find((r) => r.id === "cotocus")).toMatchObject({ labs: null, community: null });
  const labs = PROVIDER_COLUMNS.find((c) => c.id === "labs");
  expect(labs?.text(providerRows(catalog).find((r) => r.id === "cotocus")!)).toBe("Not stated");
});
