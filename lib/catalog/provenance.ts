import type { Catalog, Certification, CertificationPart } from "@/lib/catalog/schema";
import { sourceLabel, type Source } from "@/lib/catalog/source";

/** Where one part of a certification comes from: its own source if it has one, else the entry's. */
export function sourceOf(c: Certification, part: CertificationPart): Source {
  return c.sources?.[part] ?? c.source;
}

/** The source of every part of a certification, resolved. */
export function partSources(c: Certification): Record<CertificationPart, Source> {
  const of = (part: CertificationPart) => sourceOf(c, part);
  return {
    name: of("name"),
    summary: of("summary"),
    track: of("track"),
    path: of("path"),
    audience: of("audience"),
    skillsCovered: of("skillsCovered"),
    skillsBuilt: of("skillsBuilt"),
    projects: of("projects"),
    mistakes: of("mistakes"),
    figures: of("figures"),
    placement: of("placement"),
  };
}

/** The prerequisites in one line, each sentence that is certpath's own followed by its label. */
export function prerequisitesText(c: Certification): string {
  return c.prerequisites.statements
    .map((s) => (s.source.kind === "guide" ? s.text : `${s.text.replace(/\.$/, "")} (${sourceLabel(s.source)}).`))
    .join(" ");
}

/** One sourced fact of the catalog: where it sits (a readable path) and its source. */
export type SourcedEntry = { at: string; source: Source };

/**
 * Every source in the catalog, with where it sits: each entry's own and each part's that differs. What the
 * provenance test walks, and what a reader of the API can count.
 */
export function catalogSources(catalog: Catalog): SourcedEntry[] {
  const out: SourcedEntry[] = [];
  const add = (at: string, source: Source) => out.push({ at, source });
  const addAll = (at: string, sources: Readonly<Record<string, Source | undefined>> | undefined) => {
    for (const [part, source] of Object.entries(sources ?? {})) if (source) add(`${at}.${part}`, source);
  };
  add("program", catalog.program.source);
  add("program.facts", catalog.program.facts.source);
  catalog.program.audiences.forEach((a, i) => add(`program.audiences.${i}`, a.source));
  for (const t of catalog.tracks) add(`tracks.${t.id}`, t.source);
  for (const c of catalog.certifications) {
    const at = `certifications.${c.id}`;
    add(at, c.source);
    addAll(at, c.sources);
    add(`${at}.prep`, c.prep.source);
    c.prerequisites.statements.forEach((s, i) => add(`${at}.prerequisites.${i}`, s.source));
    if (c.kind === "level") {
      add(`${at}.next`, c.next.source);
      if (c.equivalent) add(`${at}.equivalent`, c.equivalent.source);
    }
  }
  for (const r of catalog.roles) {
    add(`roles.${r.id}`, r.source);
    addAll(`roles.${r.id}`, r.sources);
  }
  for (const p of catalog.paths) {
    add(`paths.${p.id}`, p.source);
    addAll(`paths.${p.id}`, p.sources);
  }
  for (const s of catalog.skills) add(`skills.${s.id}`, s.source);
  for (const p of catalog.providers) {
    add(`providers.${p.id}`, p.source);
    addAll(`providers.${p.id}`, p.sources);
  }
  for (const f of catalog.faq) add(`faq.${f.id}`, f.source);
  return out;
}
