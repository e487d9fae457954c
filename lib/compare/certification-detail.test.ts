import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { certificationDetail, compareTargetOf } from "@/lib/compare/certification-detail";

const cert = (id: string) => {
  const c = catalog.certifications.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id}`);
  return c;
};

test("an unknown id has no detail", () => {
  expect(certificationDetail(catalog, "nope")).toBeNull();
});

test("a level's detail resolves names: track, prerequisites, skills, tiers, next steps, providers", () => {
  const d = certificationDetail(catalog, "mlops-professional");
  expect(d).not.toBeNull();
  expect(d?.track).toMatchObject({ id: "engineering", name: "Engineering" });
  expect(d?.prerequisiteLevels).toEqual([
    { id: "mlops-foundation", name: "Certified MLOps Professional – Foundation" },
  ]);
  expect(d?.requiredSkills).toEqual(["Python"]);
  expect(d?.prep.tiers.map((t) => t.label)).toEqual(["Fast", "Standard", "Extended"]);
  expect(d?.prep.source).toEqual({ kind: "guide", section: "Professional: Preparation plan" });
  expect(d?.next.map((n) => n.relation)).toEqual(["same-track", "cross-track", "leadership"]);
  expect(d?.followedBy.map((f) => f.id)).toEqual(["devsecops-professional", "principal-mlops-architect"]);
  expect(d?.paths.map((p) => p.id)).toEqual(["mlops", "devops", "sre"]);
  expect(d?.providers.map((p) => p.id)).toContain("sreschool");
  expect(d?.providers.map((p) => p.id)).not.toContain("finopsschool");
  expect(d?.recommendedFor.map((r) => r.id)).toEqual(
    expect.arrayContaining(["devops-engineer", "sre", "data-engineer"]),
  );
  expect(d?.compareHref).toBe("/compare?ids=mlops-professional,mlops-advanced");
});

test("an estimated plan carries its basis", () => {
  const d = certificationDetail(catalog, "mlops-expert");
  expect(d?.prep.source.kind).toBe("estimate");
  expect(d?.prep.source.kind !== "guide" && d?.prep.source.basis).toMatch(/Advanced plan/);
});

test("compare targets: a level's next step, else the level before; a neighbour's level, else the first level", () => {
  expect(compareTargetOf(catalog, cert("mlops-foundation"))?.id).toBe("mlops-professional");
  // Expert's next steps are the guide's advice after the whole program: its first cross-track option.
  expect(compareTargetOf(catalog, cert("mlops-expert"))?.id).toBe("devsecops-professional");
  expect(compareTargetOf(catalog, cert("finops-professional"))?.id).toBe("mlops-advanced");
  expect(compareTargetOf(catalog, cert("dataops-foundation"))?.id).toBe("mlops-foundation");
  expect(certificationDetail(catalog, "dataops-foundation")?.compareHref).toBe(
    "/compare?ids=dataops-foundation,mlops-foundation",
  );
});
