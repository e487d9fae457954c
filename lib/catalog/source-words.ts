import type { Source } from "@/lib/catalog/source";

/**
 * Sources in words: how a page names where a fact comes from. Apart from the schemas in source.ts, with no zod,
 * so a page that only labels sources (every roadmap step) does not load the validation library at all.
 */

/** The guide, at `section`. */
export const guide = (section: string): Source => ({ kind: "guide", section });
/** certpath's reading of what the guide says, and what it read. */
export const derived = (basis: string): Source => ({ kind: "derived", basis });
/** certpath's own figure or choice where the guide is silent, and what it rests on. */
export const estimate = (basis: string): Source => ({ kind: "estimate", basis });

/** What each kind of source is called on the page. */
export const SOURCE_KIND_LABEL: Record<Source["kind"], string> = {
  guide: "From the guide",
  derived: "certpath's reading of the guide",
  estimate: "certpath's estimate",
};

/** The section of the guide, or the basis of certpath's own fact, ending in a full stop. */
export function sourceDetail(source: Source): string {
  const detail = source.kind === "guide" ? source.section : source.basis;
  return /[.?!]$/.test(detail) ? detail : `${detail}.`;
}

/** A short label for a table cell: "The guide: Role table", or "certpath's estimate". */
export function sourceLabel(source: Source): string {
  return source.kind === "guide" ? `The guide: ${source.section}` : SOURCE_KIND_LABEL[source.kind];
}

/** The whole source in one sentence: "From the guide: Role table." or "certpath's estimate: <basis>". */
export function sourceText(source: Source): string {
  return `${SOURCE_KIND_LABEL[source.kind]}: ${sourceDetail(source)}`;
}

/** Whether a fact is certpath's own rather than the guide's. */
export const isCertpaths = (source: Source): boolean => source.kind !== "guide";
