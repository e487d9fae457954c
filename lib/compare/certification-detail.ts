import type { Catalog, Certification, CertificationPart } from "@/lib/catalog/schema";
import { partSources } from "@/lib/catalog/provenance";
import type { Source, SourcedText } from "@/lib/catalog/source";
import type { SkillId, TierId } from "@/lib/catalog/ids";
import { compareHref } from "@/lib/compare/compare-state";
import { nextStepsOf, pathIdsOf, type NextStep } from "@/lib/compare/level-rows";
import type { Named } from "@/lib/compare/reference-tables";
import type { Range } from "@/lib/compare/sort-values";

/** Everything the catalog knows about one certification, resolved to names, for its own page. */
export type CertificationDetail = {
  certification: Certification;
  track: Named & { summary: string };
  prerequisiteLevels: Named[];
  requiredSkills: string[];
  recommendedSkills: string[];
  skillsBuilt: string[];
  prep: {
    source: Source;
    tiers: { id: TierId; label: string; days: Range; focus: string }[];
  };
  /** Where each part of the page comes from (the entry's own source unless a part has its own). */
  sources: Record<CertificationPart, Source>;
  prerequisites: SourcedText[];
  next: NextStep[];
  /** Where the next steps come from; null for a neighbour, whose next step is the level it follows. */
  nextSource: Source | null;
  /** What the guide names beyond the catalog's certifications, in words. */
  nextBeyond: string | null;
  /** Audiences the guide names for the program as a whole. */
  programAudiences: SourcedText[];
  /** The program's scope (vendor-neutral, where it applies), with the program's source. */
  programScope: SourcedText;
  /** Neighbouring certifications the guide places after this level. */
  followedBy: Named[];
  paths: Named[];
  /** Roles the catalog recommends it for. */
  recommendedFor: Named[];
  /** Providers that train for a learning path this certification serves (its own, or one that lists it). */
  providers: (Named & { focus: string; labs: boolean | null; source: Source })[];
  /** The certification it is most natural to compare this one with, and the link that does it. */
  compareWith: Named | null;
  compareHref: string;
};

export const TIER_LABEL: Record<TierId, string> = {
  fast: "Fast",
  standard: "Standard",
  extended: "Extended",
};

/**
 * What to compare a certification with: a level's next step (same track first), else the level before it;
 * a neighbour's level, else the program's first level.
 */
export function compareTargetOf(catalog: Catalog, c: Certification): Certification | null {
  const byId = new Map(catalog.certifications.map((x) => [x.id, x]));
  const levels = catalog.certifications
    .flatMap((x) => (x.kind === "level" ? [x] : []))
    .sort((a, b) => a.order - b.order);
  const candidates =
    c.kind === "level"
      ? [...c.next.sameTrack, ...c.next.crossTrack, ...c.next.leadership, levels.find((l) => l.order < c.order)?.id]
      : [c.follows, levels[0]?.id];
  for (const id of candidates) {
    const target = id ? byId.get(id) : undefined;
    if (target && target.id !== c.id) return target;
  }
  return null;
}

/** The detail view of certification `id`, or null when the catalog has no such certification. */
export function certificationDetail(catalog: Catalog, id: string): CertificationDetail | null {
  const c = catalog.certifications.find((x) => x.id === id);
  if (!c) return null;
  const byId = new Map(catalog.certifications.map((x) => [x.id, x]));
  const skillName = (s: SkillId) => catalog.skills.find((k) => k.id === s)?.name ?? s;
  const named = (x: { id: string; name: string }): Named => ({ id: x.id, name: x.name });
  const track = catalog.tracks.find((t) => t.id === c.track);
  const pathIds = pathIdsOf(catalog, c);
  const target = compareTargetOf(catalog, c);

  return {
    certification: c,
    track: { id: c.track, name: track?.name ?? c.track, summary: track?.summary ?? "" },
    prerequisiteLevels: c.prerequisites.levels.map((lid) => ({ id: lid, name: byId.get(lid)?.name ?? lid })),
    requiredSkills: c.prerequisites.skills.map(skillName),
    recommendedSkills: c.prerequisites.recommendedSkills.map(skillName),
    skillsBuilt: c.skillsBuilt.map(skillName),
    sources: partSources(c),
    prerequisites: c.prerequisites.statements,
    prep: {
      source: c.prep.source,
      tiers: c.prep.tiers.map((t) => ({ id: t.id, label: TIER_LABEL[t.id], days: { ...t.days }, focus: t.focus })),
    },
    next: nextStepsOf(c, byId),
    nextSource: c.kind === "level" ? c.next.source : null,
    nextBeyond: c.kind === "level" ? (c.next.beyond ?? null) : null,
    programAudiences: catalog.program.audiences,
    programScope: { text: catalog.program.scope, source: catalog.program.source },
    followedBy: catalog.certifications.filter((x) => x.kind === "neighbour" && x.follows === c.id).map(named),
    paths: pathIds.map((pid) => ({ id: pid, name: catalog.paths.find((p) => p.id === pid)?.name ?? pid })),
    recommendedFor: catalog.roles.filter((r) => r.recommended.includes(c.id)).map(named),
    providers: catalog.providers
      .filter((p) => p.paths.some((pid) => pathIds.includes(pid)))
      .map((p) => ({ ...named(p), focus: p.focus, labs: p.labs, source: p.source })),
    compareWith: target ? named(target) : null,
    compareHref: compareHref(target ? [c.id, target.id] : [c.id]),
  };
}
