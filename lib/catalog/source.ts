import { z } from "zod/mini";
import { lazySchema } from "@/lib/zod/lazy-schema";
// Loaded first for its zod setting (no `new Function` under the CSP): every schema builds on it.
import "@/lib/catalog/ids";

/**
 * Provenance: where a fact in the catalog comes from. Either the guide (the section that says it) or certpath
 * itself, with the basis it worked from: an `estimate` where the guide is silent and certpath filled the gap,
 * a `derived` reading where certpath drew a conclusion from what the guide does say. Kept apart from the
 * catalog's schema so the browser can label sources without loading the rest of it.
 */

const TextSchema = lazySchema(() => z.string().check(z.trim(), z.minLength(1)));

export const SOURCE_KINDS = ["guide", "derived", "estimate"] as const;

export const SourceSchema = lazySchema(() =>
  z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("guide"),
      /** The guide's section, as a reader finds it: "Role table", "Advanced: Preparation plan", "FAQ: Does it expire?". */
      section: TextSchema,
    }),
    z.strictObject({ kind: z.literal("derived"), basis: TextSchema }),
    z.strictObject({ kind: z.literal("estimate"), basis: TextSchema }),
  ]),
);
export type Source = z.infer<typeof SourceSchema>;

/** A sentence and where it comes from. */
export const SourcedTextSchema = lazySchema(() => z.strictObject({ text: TextSchema, source: SourceSchema }));
export type SourcedText = z.infer<typeof SourcedTextSchema>;

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
