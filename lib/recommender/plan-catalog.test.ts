import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { planCatalog } from "@/lib/recommender/plan-catalog";
import { recommend } from "@/lib/recommender/recommend";

// The page drawn from the part equals the page drawn from the whole: components/roadmap/roadmap-view.test.tsx.

test("a plan's part of the catalog: the certifications it names, its role, their paths' providers, no FAQ", () => {
  const profile = { ...EXAMPLE_PROFILE, held: ["mlops-foundation"] };
  const roadmap = recommend(profile, catalog);
  const part = planCatalog(catalog, profile, roadmap);
  const named = new Set([
    ...roadmap.steps.map((s) => s.certificationId),
    ...roadmap.alternatives.map((a) => a.certificationId),
    "mlops-foundation",
  ]);
  expect(part.certifications.map((c) => c.id)).toEqual(
    catalog.certifications.filter((c) => named.has(c.id)).map((c) => c.id),
  );
  expect(part.certifications.length).toBeLessThan(catalog.certifications.length);
  expect(part.roles).toEqual([catalog.roles.find((r) => r.id === profile.role)]);
  const paths = new Set(part.certifications.map((c) => c.path));
  expect(part.providers).toEqual(catalog.providers.filter((p) => p.paths.some((path) => paths.has(path))));
  expect(part.faq).toEqual([]);
  expect([part.program, part.tracks, part.paths, part.skills]).toEqual([
    catalog.program,
    catalog.tracks,
    catalog.paths,
    catalog.skills,
  ]);
  expect(JSON.stringify(part).length).toBeLessThan(JSON.stringify(catalog).length * 0.8);
});
