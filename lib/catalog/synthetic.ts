import type { CatalogInput, PrepPlan } from "@/lib/catalog/schema";
import { PATH_IDS, SKILL_IDS } from "@/lib/catalog/ids";
import { estimate } from "@/lib/catalog/source";

/**
 * A generated catalog of any size, for benchmarks and scale tests: `levels` program levels in one
 * prerequisite chain, the rest neighbours spread over `tracks` tracks and the seven paths, and one
 * role per track. Deterministic: the same arguments always give the same catalog.
 */
export function syntheticCatalog(size: number, tracks: number, levels = 20): CatalogInput {
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
  const source = estimate("generated for benchmarks.");
  const statements = [{ text: "Generated.", source }];
  const prep: PrepPlan = {
    source,
    tiers: [
      { id: "fast", days: { min: 7, max: 14 }, focus: "Generated." },
      { id: "standard", days: { min: 30, max: 30 }, focus: "Generated." },
      { id: "extended", days: { min: 60, max: 60 }, focus: "Generated." },
    ],
  };
  const trackIds = Array.from({ length: tracks }, (_, t) => `track-${t}`);
  const levelId = (n: number) => `level-${n}`;
  const neighbourCount = Math.max(0, size - levels);
  const base = (id: string, i: number) => ({
    id,
    name: `Certification ${i}`,
    shortName: `Cert ${i}`,
    summary: "Generated for benchmarks.",
    track: pick(trackIds, i),
    path: pick(PATH_IDS, i),
    skillsBuilt: [pick(SKILL_IDS, i), pick(SKILL_IDS, i + 3)],
    prep,
    source,
    notes: [],
  });
  const certifications: CatalogInput["certifications"] = [];
  for (let n = 1; n <= levels; n++) {
    certifications.push({
      ...base(levelId(n), n),
      kind: "level",
      order: n,
      forWhom: "everyone",
      audience: ["Everyone."],
      skillsCovered: ["Generated."],
      prerequisites: {
        levels: n === 1 ? [] : [levelId(n - 1)],
        skills: n === 2 ? ["python"] : [],
        recommendedSkills: [pick(SKILL_IDS, n + 1)],
        statements,
      },
      ...(n === 2
        ? {
            equivalent: {
              replaces: levelId(1),
              minYears: 1,
              allSkills: ["python"],
              anySkills: ["cloud"],
              text: "Generated.",
              source,
            },
          }
        : {}),
      about: ["Generated."],
      projects: ["Generated."],
      mistakes: ["Generated."],
      next: {
        sameTrack: n < levels ? [levelId(n + 1)] : [],
        crossTrack: neighbourCount > 0 ? [`cert-${n % neighbourCount}`] : [],
        leadership: neighbourCount > 0 ? [`cert-${(n + levels) % neighbourCount}`] : [],
        source,
      },
      validityYears: { min: 2, max: 3 },
      passMarkPercent: 70,
    });
  }
  for (let i = 0; certifications.length < size; i++) {
    certifications.push({
      ...base(`cert-${i}`, i),
      kind: "neighbour",
      follows: i % 5 === 0 ? null : levelId((i % levels) + 1),
      placement: pick(["entry", "cross-track", "leadership", "specialisation"] as const, i),
      prerequisites: { levels: [], skills: [], recommendedSkills: [pick(SKILL_IDS, i)], statements },
    });
  }
  const neighbours = certifications.filter((c) => c.kind === "neighbour").map((c) => c.id);
  return {
    program: {
      name: "Generated program",
      host: "Nowhere",
      summary: "Generated.",
      assessment: "Generated.",
      scope: "Generated.",
      audiences: [],
      source,
      facts: {
        validityYears: { min: 2, max: 3 },
        passMarkPercent: 70,
        professionalPrepDays: { min: 30, max: 60 },
        examFormat: "Generated.",
        tools: ["Generated"],
        source,
      },
    },
    tracks: trackIds.map((id) => ({ id, name: id, summary: "Generated.", source })),
    certifications,
    roles: trackIds.map((track, t) => ({
      id: `role-${t}`,
      name: `Role ${t}`,
      recommended: [levelId((t % levels) + 1), pick(neighbours, t)],
      source: { kind: "guide", section: "Generated" } as const,
      rationale: "Generated.",
      paths: [pick(PATH_IDS, t)],
      sources: { rationale: source, paths: source },
    })),
    paths: PATH_IDS.map((id, p) => ({
      id,
      name: `${id} path`,
      summary: "Generated.",
      specifics: ["Generated."],
      source,
      certifications: neighbours.filter((_, i) => i % PATH_IDS.length === p),
      sources: { certifications: source },
    })),
    skills: SKILL_IDS.map((id) => ({ id, name: id, description: "Generated.", source })),
    providers: [],
    faq: [],
  };
}
