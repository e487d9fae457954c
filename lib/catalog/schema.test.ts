import { expect, test } from "vitest";
import { CatalogSchema, type CatalogInput } from "@/lib/catalog/schema";
import { syntheticCatalog } from "@/lib/catalog/synthetic";

/** A small valid catalog to break in one place per test. */
const valid = (): CatalogInput => syntheticCatalog(12, 3, 4);

const messages = (input: CatalogInput): string[] => {
  const result = CatalogSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

test("a generated catalog is valid, at any size", () => {
  expect(messages(valid())).toEqual([]);
  expect(CatalogSchema.parse(syntheticCatalog(2_000, 50)).certifications).toHaveLength(2_000);
});

test("an unknown id anywhere is reported", () => {
  const c = valid();
  c.roles[0]?.recommended.push("no-such-cert");
  const level = c.certifications[0];
  if (level?.kind === "level") level.next.crossTrack = ["ghost"];
  const neighbour = c.certifications.find((x) => x.kind === "neighbour");
  if (neighbour?.kind === "neighbour") neighbour.follows = "phantom";
  c.paths[0]?.certifications.push("missing-path-cert");
  if (c.certifications[1]) c.certifications[1].track = "no-track";
  const found = messages(c);
  for (const id of ["no-such-cert", "ghost", "phantom", "missing-path-cert", "no-track"]) {
    expect(found.some((m) => m.includes(`"${id}"`))).toBe(true);
  }
});

test("a role that recommends something missing fails", () => {
  const c = valid();
  if (c.roles[0]) c.roles[0].recommended = ["level-1", "not-in-catalog"];
  expect(messages(c)).toContain('Unknown certification id "not-in-catalog"');
});

test("duplicate ids fail", () => {
  const c = valid();
  const first = c.certifications[0];
  if (first) c.certifications.push({ ...first, ...(first.kind === "level" ? { order: 99 } : {}) });
  c.roles.push({ ...(c.roles[0] as CatalogInput["roles"][number]) });
  const found = messages(c);
  expect(found).toContain('Duplicate certification id "level-1"');
  expect(found).toContain('Duplicate role id "role-0"');
});

test("a prerequisite cycle fails and is spelled out", () => {
  const c = valid();
  const first = c.certifications[0];
  if (first) first.prerequisites.levels = ["level-3"];
  expect(messages(c).find((m) => m.startsWith("Prerequisite cycle"))).toMatch(
    /level-\d → level-\d → level-\d → level-\d/,
  );
});

test("a prerequisite must be a program level, and an equivalent must replace a prerequisite", () => {
  const c = valid();
  const second = c.certifications[1];
  if (second?.kind === "level") {
    second.prerequisites.levels = ["cert-0"];
  }
  const found = messages(c);
  expect(found).toContain('"cert-0" is not a program level');
  expect(found).toContain('The equivalent replaces "level-1", which is not a prerequisite');
});

test("the three tiers must be fast, standard, extended in that order, and ranges must be ordered", () => {
  const c = valid();
  const first = c.certifications[0];
  if (first) {
    first.prep = {
      ...first.prep,
      tiers: [first.prep.tiers[1], first.prep.tiers[0], first.prep.tiers[2]],
    };
    first.prep.tiers[2] = { id: "extended", days: { min: 60, max: 30 }, focus: "x" };
  }
  const found = messages(c);
  expect(found).toContain('Tier 1 must be "fast"');
  expect(found).toContain("min must not exceed max");
});

test("two levels with the same order fail; unknown fields fail", () => {
  const c = valid();
  const second = c.certifications[1];
  if (second?.kind === "level") second.order = 1;
  expect(messages(c)).toContain('Order 1 is used by "level-1" too');
  const extra = { ...valid(), surprise: true };
  expect(CatalogSchema.safeParse(extra).success).toBe(false);
});
