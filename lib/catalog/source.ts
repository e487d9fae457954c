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

export {
  derived,
  estimate,
  guide,
  isCertpaths,
  SOURCE_KIND_LABEL,
  sourceDetail,
  sourceLabel,
  sourceText,
} from "@/lib/catalog/source-words";
