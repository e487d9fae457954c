import type { Catalog, Role } from "@/lib/catalog/schema";
import type { PathId } from "@/lib/catalog/ids";
import { sourceText, type Source } from "@/lib/catalog/source";
import type { ColumnSpec } from "@/lib/compare/sort-values";

/**
 * Rows for the compare page's reference tables: the role matrix, the learning paths and the training
 * providers. Plain, serialisable data, with column specs that say how each cell reads and sorts.
 */

export type Named = { id: string; name: string };

const list = (items: readonly Named[]) => items.map((i) => i.name).join("; ");
/** Yes, No, or "Not stated" where the guide does not say (never "No" for an unknown). */
const yesNo = (value: boolean | null) => (value === null ? "Not stated" : value ? "Yes" : "No");
/** Yes/no columns sort as 0/1, an unknown as null (last either way). */
const yesNoSort = (value: boolean | null) => (value === null ? null : Number(value));

// ---- Roles --------------------------------------------------------------------------------------------------

export type RoleMatrixRow = {
  id: string;
  name: string;
  /** Recommended certifications, in the order the guide lists them. */
  recommended: Named[];
  paths: (Named & { id: PathId })[];
  /** Where the row comes from: the guide's role table, or certpath's reading of the guide. */
  source: Role["source"]["kind"];
};

export const ROLE_COLUMN_IDS = ["role", "recommended", "paths", "source"] as const;
export type RoleColumnId = (typeof ROLE_COLUMN_IDS)[number];

const SOURCE_LABEL: Record<Role["source"]["kind"], string> = {
  guide: "The guide's role table",
  derived: "Derived by certpath",
  estimate: "certpath's estimate",
};

/** Where a role's row comes from, in words. */
export const roleSourceText = (source: Role["source"]["kind"]): string => SOURCE_LABEL[source];

export const ROLE_COLUMNS: readonly ColumnSpec<RoleMatrixRow, RoleColumnId>[] = [
  { id: "role", label: "Role", sortValue: (r) => r.name, text: (r) => r.name },
  {
    id: "recommended",
    label: "Recommended certifications",
    sortValue: (r) => r.recommended.map((c) => c.name),
    text: (r) => list(r.recommended),
  },
  {
    id: "paths",
    label: "Learning paths",
    sortValue: (r) => r.paths.map((p) => p.name),
    text: (r) => list(r.paths),
  },
  {
    id: "source",
    label: "Source",
    sortValue: (r) => roleSourceText(r.source),
    text: (r) => roleSourceText(r.source),
  },
];

/** One row per role: the certifications recommended for it (in order) and its learning paths. */
export function roleMatrix(catalog: Catalog): RoleMatrixRow[] {
  const certNames = new Map(catalog.certifications.map((c) => [c.id, c.shortName]));
  const pathNames = new Map(catalog.paths.map((p) => [p.id, p.name]));
  return catalog.roles.map((role) => ({
    id: role.id,
    name: role.name,
    recommended: role.recommended.map((id) => ({ id, name: certNames.get(id) ?? id })),
    paths: role.paths.map((id) => ({ id, name: pathNames.get(id) ?? id })),
    source: role.source.kind,
  }));
}

// ---- Learning paths ------------------------------------------------------------------------------------------

export type PathRow = {
  id: PathId;
  name: string;
  summary: string;
  /** The path's certifications, in the order to take them. */
  certifications: Named[];
  /** Providers that train for this path. */
  providers: Named[];
};

export const PATH_COLUMN_IDS = ["path", "summary", "certifications", "providers"] as const;
export type PathColumnId = (typeof PATH_COLUMN_IDS)[number];

export const PATH_COLUMNS: readonly ColumnSpec<PathRow, PathColumnId>[] = [
  { id: "path", label: "Learning path", sortValue: (r) => r.name, text: (r) => r.name },
  { id: "summary", label: "What it covers", sortValue: (r) => r.summary, text: (r) => r.summary },
  {
    id: "certifications",
    label: "Certifications, in order",
    sortValue: (r) => r.certifications.map((c) => c.name),
    text: (r) => list(r.certifications),
  },
  {
    id: "providers",
    label: "Training providers",
    sortValue: (r) => r.providers.map((p) => p.name),
    text: (r) => list(r.providers),
  },
];

/** One row per learning path, with its certifications in order and the providers that train for it. */
export function pathRows(catalog: Catalog): PathRow[] {
  const certNames = new Map(catalog.certifications.map((c) => [c.id, c.shortName]));
  return catalog.paths.map((path) => ({
    id: path.id,
    name: path.name,
    summary: path.summary,
    certifications: path.certifications.map((id) => ({ id, name: certNames.get(id) ?? id })),
    providers: catalog.providers.filter((p) => p.paths.includes(path.id)).map(({ id, name }) => ({ id, name })),
  }));
}

// ---- Training providers ------------------------------------------------------------------------------------------

export type ProviderRow = {
  id: string;
  name: string;
  focus: string;
  paths: (Named & { id: PathId })[];
  hostsProgram: boolean;
  /** Null where the guide does not say. */
  labs: boolean | null;
  community: boolean | null;
};

export const PROVIDER_COLUMN_IDS = ["provider", "focus", "paths", "hosts", "labs", "community"] as const;
export type ProviderColumnId = (typeof PROVIDER_COLUMN_IDS)[number];

export const PROVIDER_COLUMNS: readonly ColumnSpec<ProviderRow, ProviderColumnId>[] = [
  { id: "provider", label: "Provider", sortValue: (r) => r.name, text: (r) => r.name },
  { id: "focus", label: "Focus", sortValue: (r) => r.focus, text: (r) => r.focus },
  {
    id: "paths",
    label: "Learning paths",
    sortValue: (r) => r.paths.map((p) => p.name),
    text: (r) => list(r.paths),
  },
  // Yes/no columns sort as 0/1, so ascending puts "No" first and descending "Yes" first.
  {
    id: "hosts",
    label: "Hosts the program",
    sortValue: (r) => Number(r.hostsProgram),
    text: (r) => yesNo(r.hostsProgram),
  },
  { id: "labs", label: "Hands-on labs", sortValue: (r) => yesNoSort(r.labs), text: (r) => yesNo(r.labs) },
  {
    id: "community",
    label: "Community",
    sortValue: (r) => yesNoSort(r.community),
    text: (r) => yesNo(r.community),
  },
];

/** One row per training provider. */
export function providerRows(catalog: Catalog): ProviderRow[] {
  const pathNames = new Map(catalog.paths.map((p) => [p.id, p.name]));
  return catalog.providers.map((p) => ({
    id: p.id,
    name: p.name,
    focus: p.focus,
    paths: p.paths.map((id) => ({ id, name: pathNames.get(id) ?? id })),
    hostsProgram: p.hostsProgram,
    labs: p.labs,
    community: p.community,
  }));
}

// ---- Sources ---------------------------------------------------------------------------------------------------

export type CompareSourceNotes = Record<"levels" | "roles" | "paths" | "providers", string[]>;

/** Each distinct basis of a set of sources, in words, once ("certpath's reading of the guide: …"). */
function distinctTexts(sources: readonly Source[]): string[] {
  return [...new Set(sources.map(sourceText))];
}

/**
 * The footnotes under each compare table: which columns are the guide's and which are certpath's, with why. Cells
 * that differ row by row carry their own mark (a role's Source column, a level's "(certpath's estimate)").
 */
export function compareSourceNotes(catalog: Catalog): CompareSourceNotes {
  const levels = catalog.certifications.flatMap((c) => (c.kind === "level" ? [c] : []));
  const figures = levels.map((l) => l.sources?.figures).filter((s): s is Source => s !== undefined);
  return {
    levels: [
      "Program levels: from the guide's certification table and its section on each level, unless a cell says otherwise.",
      "Neighbouring certifications: the guide only names them; their summary, track, learning path, skills and plans are certpath's (see each one's page).",
      ...distinctTexts(figures).map((t) => `Validity and pass mark. ${t}`),
    ],
    roles: [
      "Recommended certifications: the guide's role table, except where the Source column says derived.",
      ...distinctTexts(catalog.roles.map((r) => r.sources.paths)).map((t) => `Learning paths. ${t}`),
    ],
    paths: [
      "What it covers: the guide's description of each path.",
      `Certifications, in order. ${sourceText({ kind: "derived", basis: "the guide's paths name no certifications; certpath files each certification under the path of its discipline (the AIOps path lists none: it is AI for operations, not operations for AI)." })}`,
    ],
    providers: [
      "Focus, hosting, labs and community: the guide's description of each provider; “Not stated” where it does not say (its FAQ adds that most authorised providers offer sandboxed cloud labs).",
      ...distinctTexts(catalog.providers.map((p) => p.sources.paths)).map((t) => `Learning paths. ${t}`),
    ],
  };
}
