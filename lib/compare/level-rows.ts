import type { Catalog, Certification, Level } from "@/lib/catalog/schema";
import type { PathId } from "@/lib/catalog/ids";
import { prerequisitesText, sourceOf } from "@/lib/catalog/provenance";
import { isCertpaths, sourceLabel, type Source } from "@/lib/catalog/source";
import { sortByValue, type ColumnSpec, type Range, type SortDirection } from "@/lib/compare/sort-values";
import { studyHoursIn } from "@/lib/recommender/facts";

/**
 * One row per certification for the comparison table: plain, serialisable data (it crosses from the server
 * page to client components), with the column definitions that say how each cell reads, sorts and filters.
 * Every field is written into /compare's HTML on each request: a row holds only what the tables show, sort
 * or filter by (issue 11 §2).
 */

export type NextStep = {
  relation: "same-track" | "cross-track" | "leadership" | "follows";
  id: string;
  name: string;
};

export type LevelRow = {
  id: string;
  name: string;
  shortName: string;
  trackId: string;
  track: string;
  kindLabel: string;
  /** Levels 1–4; a neighbour sits half a step after the level it follows; null for an entry point of its own. */
  levelOrder: number | null;
  /** 1-based place in the guide's overall sequence (levels by order, each neighbour just after its level). */
  recommendedOrder: number;
  /** Who it is for: a level's audience list; a neighbour's summary. */
  audience: string[];
  prerequisites: string;
  /** What it covers: a level's skills covered; for a neighbour, the names of the skills it builds. */
  skills: string[];
  /** From the shortest fast plan to the longest extended plan. */
  prepDays: Range;
  /** Cells whose content is certpath's rather than the guide's, with the label to show beside them. */
  marks: Partial<Record<MarkedColumnId, string>>;
  /** Study hours of the guide's standard plan (its days at the guide's assumed weekly hours). */
  studyHours: Range;
  /** Null when the guide lists no projects (neighbours). */
  projects: string[] | null;
  /** Null when the guide gives no validity (neighbours). */
  validityYears: Range | null;
  next: NextStep[];
  /** Every learning path it serves: its own first, then each path that lists it. */
  pathIds: PathId[];
  /** Names of `pathIds`, in the same order. */
  paths: string[];
};

export const LEVEL_COLUMN_IDS = [
  "name",
  "track",
  "kind",
  "level",
  "recommended",
  "audience",
  "prerequisites",
  "skills",
  "prep",
  "hours",
  "projects",
  "validity",
  "cost",
  "next",
  "paths",
] as const;
export type LevelColumnId = (typeof LEVEL_COLUMN_IDS)[number];

/** Columns whose cells say, beside their content, when it is certpath's own (the others: prerequisites inline). */
export type MarkedColumnId = Extract<LevelColumnId, "prep" | "projects" | "skills">;

/** A cell's text with its mark, if any: "7–60 days (certpath's estimate)". */
const marked = (row: LevelRow, id: MarkedColumnId, text: string) =>
  row.marks[id] ? `${text} (${row.marks[id]})` : text;

export type LevelColumn = ColumnSpec<LevelRow, LevelColumnId> & {
  /** The name column identifies the row, so it can never be hidden. */
  hideable: boolean;
  /** For a marked column: the text without the mark, and the mark (what the shared-columns line compares). */
  plain?: (row: LevelRow) => string;
  mark?: (row: LevelRow) => string | undefined;
};

/** A column whose cells may be certpath's own: its text carries the mark, `plain` and `mark` keep them apart. */
function markedColumn(
  id: MarkedColumnId,
  label: string,
  sortValue: LevelColumn["sortValue"],
  plain: (row: LevelRow) => string,
): LevelColumn {
  return {
    id,
    label,
    hideable: true,
    sortValue,
    text: (r) => marked(r, id, plain(r)),
    plain,
    mark: (r) => r.marks[id],
  };
}

const RELATION_LABEL: Record<NextStep["relation"], string> = {
  "same-track": "Same track",
  "cross-track": "Cross-track",
  leadership: "Leadership",
  follows: "Follows",
};

/** "2–3 years", or "2 years" when the bounds agree. */
export function rangeText(range: Range, unit: string): string {
  return range.min === range.max ? `${range.min} ${unit}` : `${range.min}–${range.max} ${unit}`;
}

/** The words before a next step's name: "Same track: ", "Follows ". */
export function nextStepPrefix(relation: NextStep["relation"]): string {
  return relation === "follows" ? "Follows " : `${RELATION_LABEL[relation]}: `;
}

/** How a next step reads in a table cell: "Same track: MLOps Professional", "Follows MLOps Foundation". */
export function nextStepText(step: NextStep): string {
  return `${nextStepPrefix(step.relation)}${step.name}`;
}

/** "Level 2", "After level 1" (a neighbour) or "Own entry point". */
export function levelOrderText(order: number | null): string {
  if (order === null) return "Own entry point";
  return Number.isInteger(order) ? `Level ${order}` : `After level ${Math.floor(order)}`;
}

const list = (items: readonly string[]) => items.join("; ");

/** Every column of the certifications table, in display order. */
export const LEVEL_COLUMNS: readonly LevelColumn[] = [
  { id: "name", label: "Certification", hideable: false, sortValue: (r) => r.name, text: (r) => r.name },
  { id: "track", label: "Track", hideable: true, sortValue: (r) => r.track, text: (r) => r.track },
  { id: "kind", label: "Kind", hideable: true, sortValue: (r) => r.kindLabel, text: (r) => r.kindLabel },
  {
    id: "level",
    label: "Level",
    hideable: true,
    sortValue: (r) => r.levelOrder,
    text: (r) => levelOrderText(r.levelOrder),
  },
  {
    id: "recommended",
    label: "Recommended order",
    hideable: true,
    sortValue: (r) => r.recommendedOrder,
    text: (r) => String(r.recommendedOrder),
  },
  {
    id: "audience",
    label: "Who it is for",
    hideable: true,
    sortValue: (r) => r.audience,
    text: (r) => list(r.audience),
  },
  {
    id: "prerequisites",
    label: "Prerequisites",
    hideable: true,
    sortValue: (r) => r.prerequisites,
    text: (r) => r.prerequisites,
  },
  markedColumn(
    "skills",
    "Skills covered",
    (r) => r.skills,
    (r) => list(r.skills),
  ),
  markedColumn(
    "prep",
    "Preparation time",
    (r) => r.prepDays,
    (r) => rangeText(r.prepDays, "days"),
  ),
  {
    id: "hours",
    label: "Study hours (standard plan)",
    hideable: true,
    sortValue: (r) => r.studyHours,
    text: (r) => `about ${rangeText(r.studyHours, "hours")}`,
  },
  markedColumn(
    "projects",
    "Projects",
    (r) => r.projects,
    (r) => (r.projects === null ? "None listed" : `${r.projects.length}: ${list(r.projects)}`),
  ),
  {
    id: "validity",
    label: "Validity",
    hideable: true,
    sortValue: (r) => r.validityYears,
    text: (r) => (r.validityYears === null ? "Not stated" : rangeText(r.validityYears, "years")),
  },
  // The guide publishes no price for any certification, and certpath does not guess one: said, not left out.
  { id: "cost", label: "Cost", hideable: true, sortValue: () => null, text: () => "Not published in the guide" },
  {
    id: "next",
    label: "What comes next",
    hideable: true,
    sortValue: (r) => r.next.map(nextStepText),
    text: (r) => (r.next.length === 0 ? "Nothing named" : list(r.next.map(nextStepText))),
  },
  { id: "paths", label: "Learning paths", hideable: true, sortValue: (r) => r.paths, text: (r) => list(r.paths) },
];

const BY_ID = new Map(LEVEL_COLUMNS.map((c) => [c.id, c]));

/** The column with this id. */
export function levelColumn(id: LevelColumnId): LevelColumn {
  const column = BY_ID.get(id);
  if (!column) throw new Error(`No level column "${id}"`); // unreachable: LEVEL_COLUMNS covers every id
  return column;
}

/** Columns a person may hide (all but the name). */
export const HIDEABLE_LEVEL_COLUMN_IDS: readonly LevelColumnId[] = LEVEL_COLUMNS.filter((c) => c.hideable).map(
  (c) => c.id,
);

const PLACEMENT_LABEL: Record<Extract<Certification, { kind: "neighbour" }>["placement"], string> = {
  entry: "Neighbour: entry point",
  "cross-track": "Neighbour: cross-track",
  leadership: "Neighbour: leadership",
  specialisation: "Neighbour: specialisation",
};

function kindLabel(c: Certification): string {
  return c.kind === "level" ? "Program level" : PLACEMENT_LABEL[c.placement];
}

/** The position in the guide's sequence, as the recommender computes it: a neighbour sits after its level. */
function sequenceKey(c: Certification, byId: ReadonlyMap<string, Certification>): number {
  if (c.kind === "level") return c.order;
  const follows = c.follows ? byId.get(c.follows) : undefined;
  // An entry point of its own (DataOps Foundation, say) sits beside the program's Foundation.
  return (follows?.kind === "level" ? follows.order : 1) + 0.5;
}

/** Every path a certification serves: its own first, then each path that lists it, in catalog order. */
export function pathIdsOf(catalog: Catalog, c: Certification): PathId[] {
  const listed = catalog.paths.filter((p) => p.certifications.includes(c.id)).map((p) => p.id);
  return [c.path, ...listed.filter((id) => id !== c.path)];
}

/** Next steps a certification names: a level's same-track, cross-track and leadership moves; a neighbour's level. */
export function nextStepsOf(c: Certification, byId: ReadonlyMap<string, Certification>): NextStep[] {
  const step = (relation: NextStep["relation"], ids: readonly string[]): NextStep[] =>
    ids.map((id) => ({ relation, id, name: byId.get(id)?.shortName ?? id }));
  if (c.kind === "neighbour") return step("follows", c.follows === null ? [] : [c.follows]);
  return [
    ...step("same-track", c.next.sameTrack),
    ...step("cross-track", c.next.crossTrack),
    ...step("leadership", c.next.leadership),
  ];
}

/** The label of each marked column whose content is certpath's in this certification. */
function marksOf(c: Certification): LevelRow["marks"] {
  const marks: LevelRow["marks"] = {};
  const mark = (id: MarkedColumnId, source: Source) => {
    if (isCertpaths(source)) marks[id] = sourceLabel(source);
  };
  mark("prep", c.prep.source);
  mark("skills", sourceOf(c, c.kind === "level" ? "skillsCovered" : "skillsBuilt"));
  if (c.kind === "level") mark("projects", sourceOf(c, "projects"));
  return marks;
}

/** One row per certification: program levels first by order, then neighbours in catalog order. */
export function levelRows(catalog: Catalog): LevelRow[] {
  const byId = new Map(catalog.certifications.map((c) => [c.id, c]));
  const trackNames = new Map(catalog.tracks.map((t) => [t.id, t.name]));
  const pathNames = new Map(catalog.paths.map((p) => [p.id, p.name]));
  const skillNames = new Map(catalog.skills.map((s) => [s.id, s.name]));

  const levels = catalog.certifications.filter((c): c is Level => c.kind === "level").sort((a, b) => a.order - b.order);
  const ordered = [...levels, ...catalog.certifications.filter((c) => c.kind === "neighbour")];
  const sequence = sortByValue(catalog.certifications, (c) => sequenceKey(c, byId), "asc");
  const rank = new Map(sequence.map((c, i) => [c.id, i + 1]));

  return ordered.map((c): LevelRow => {
    const pathIds = pathIdsOf(catalog, c);
    const follows = c.kind === "neighbour" && c.follows ? byId.get(c.follows) : undefined;
    return {
      id: c.id,
      name: c.name,
      shortName: c.shortName,
      trackId: c.track,
      track: trackNames.get(c.track) ?? c.track,
      kindLabel: kindLabel(c),
      levelOrder: c.kind === "level" ? c.order : follows?.kind === "level" ? follows.order + 0.5 : null,
      recommendedOrder: rank.get(c.id) ?? 0,
      audience: c.kind === "level" ? [...c.audience] : [c.summary],
      prerequisites: prerequisitesText(c),
      skills: c.kind === "level" ? [...c.skillsCovered] : c.skillsBuilt.map((id) => skillNames.get(id) ?? id),
      prepDays: { min: c.prep.tiers[0].days.min, max: c.prep.tiers[2].days.max },
      marks: marksOf(c),
      studyHours: {
        min: studyHoursIn(c.prep.tiers[1].days.min),
        max: studyHoursIn(c.prep.tiers[1].days.max),
      },
      projects: c.kind === "level" ? [...c.projects] : null,
      validityYears: c.kind === "level" ? { ...c.validityYears } : null,
      next: nextStepsOf(c, byId),
      pathIds,
      paths: pathIds.map((id) => pathNames.get(id) ?? id),
    };
  });
}

/** `rows` sorted by one column, nulls last in both directions; ties keep the catalog's order. */
export function sortLevelRows(rows: readonly LevelRow[], id: LevelColumnId, direction: SortDirection): LevelRow[] {
  return sortByValue(rows, levelColumn(id).sortValue, direction);
}

export type LevelFilter = {
  /** Free text: every word must appear somewhere in the row's cells (case-insensitive). */
  q: string;
  track: string | null;
  path: PathId | null;
};

/** Words of a filter text, lowercased; empty when the text is blank. */
export function filterTerms(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean);
}

/** A row's text in `columns`, lowercased: what filter terms are matched against. */
export function rowSearchText(row: LevelRow, columns: readonly LevelColumnId[]): string {
  return columns.map((id) => levelColumn(id).text(row).toLowerCase()).join("\n");
}

/**
 * A filter over `rows` that builds each row's search text once, so typing in the filter box only scans
 * strings. Text matches the cells of `columns` (the table passes its visible ones, so a match is always
 * something the reader can see). With no filter set it returns `rows` itself, keeping its identity.
 */
export function createLevelFilter(
  rows: readonly LevelRow[],
  columns: readonly LevelColumnId[] = LEVEL_COLUMN_IDS,
): (filter: LevelFilter) => readonly LevelRow[] {
  let texts: string[] | undefined;
  return (filter) => {
    const terms = filterTerms(filter.q);
    if (terms.length === 0 && filter.track === null && filter.path === null) return rows;
    if (terms.length > 0) texts ??= rows.map((row) => rowSearchText(row, columns));
    return rows.filter(
      (row, i) =>
        (filter.track === null || row.trackId === filter.track) &&
        (filter.path === null || row.pathIds.includes(filter.path)) &&
        (terms.length === 0 || terms.every((term) => texts?.[i]?.includes(term))),
    );
  };
}

/** The rows that pass a filter (by default text matches every column). */
export function filterLevelRows(
  rows: readonly LevelRow[],
  filter: LevelFilter,
  columns: readonly LevelColumnId[] = LEVEL_COLUMN_IDS,
): readonly LevelRow[] {
  return createLevelFilter(rows, columns)(filter);
}

/** The choices for the track and learning-path filters, in catalog order. */
export function levelFilterOptions(catalog: Catalog): {
  tracks: { id: string; name: string }[];
  paths: { id: PathId; name: string }[];
} {
  return {
    tracks: catalog.tracks.map(({ id, name }) => ({ id, name })),
    paths: catalog.paths.map(({ id, name }) => ({ id, name })),
  };
}
