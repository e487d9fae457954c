import type { Catalog, Certification } from "@/lib/catalog/schema";

/**
 * The program as a map, laid out from the catalog alone: the levels in their order, each a column headed by
 * the level, with the neighbouring certifications that branch from it stacked beneath, grouped by how they
 * relate (cross-track, leadership, specialisation) and labelled with their learning path. Certifications that
 * start on their own (no level before them) get a first column. Nothing here is a coordinate: a drawing
 * places columns and rows in this order, so a new certification in the catalog lands in its place by itself.
 */

export type MapNode = {
  id: string;
  name: string;
  /** "Level 2" for a level; the move's kind for a neighbour ("Cross-track move", …). */
  kind: string;
  /** The learning path it serves, by name ("DataOps path"). */
  path: string;
  /** The track, by name ("Engineering"). */
  track: string;
};

export type MapColumn = {
  /** "entry" for certifications with a start of their own; otherwise the level's id. */
  key: string;
  /** "Entry points", or the level's place: "Level 1". */
  heading: string;
  /** The level heading the column; null for the entry column. */
  level: MapNode | null;
  /** What branches from this level (or starts on its own), in a stable order: by kind, then name. */
  branches: MapNode[];
};

export type ProgramMapLayout = { columns: MapColumn[]; count: number };

const PLACEMENT_LABELS = {
  entry: "Entry point",
  "cross-track": "Cross-track move",
  leadership: "Leadership move",
  specialisation: "Specialisation",
} as const;
const PLACEMENT_ORDER = ["entry", "cross-track", "specialisation", "leadership"] as const;

/** The level a certification branches from, following neighbour-after-neighbour chains; null if none. */
function levelBefore(certification: Certification, byId: ReadonlyMap<string, Certification>): string | null {
  const seen = new Set<string>();
  let current: Certification | undefined = certification;
  while (current && current.kind === "neighbour" && current.follows && !seen.has(current.id)) {
    seen.add(current.id);
    current = byId.get(current.follows);
    if (current?.kind === "level") return current.id;
  }
  return null;
}

/** Lays the catalog's certifications out as the program map's columns (see the module comment). */
export function programMapLayout(catalog: Catalog): ProgramMapLayout {
  const byId = new Map(catalog.certifications.map((c) => [c.id, c]));
  const pathName = (id: string) => catalog.paths.find((p) => p.id === id)?.name ?? id;
  const trackName = (id: string) => catalog.tracks.find((t) => t.id === id)?.name ?? id;
  const node = (c: Certification): MapNode => ({
    id: c.id,
    name: c.shortName,
    kind: c.kind === "level" ? `Level ${c.order}` : PLACEMENT_LABELS[c.placement],
    path: pathName(c.path),
    track: trackName(c.track),
  });
  const rank = (c: Certification) => (c.kind === "level" ? -1 : PLACEMENT_ORDER.indexOf(c.placement));
  const byKindThenName = (a: Certification, b: Certification) =>
    rank(a) - rank(b) || a.shortName.localeCompare(b.shortName);

  const levels = catalog.certifications
    .filter((c) => c.kind === "level")
    .sort((a, b) => a.order - b.order || a.shortName.localeCompare(b.shortName));
  const neighbours = catalog.certifications.filter((c) => c.kind === "neighbour");
  const branchesOf = (levelId: string | null) =>
    neighbours
      .filter((c) => levelBefore(c, byId) === levelId)
      .sort(byKindThenName)
      .map(node);

  const entries = branchesOf(null);
  const columns: MapColumn[] = [
    ...(entries.length > 0 ? [{ key: "entry", heading: "Entry points", level: null, branches: entries }] : []),
    ...levels.map((level) => ({
      key: level.id,
      heading: `Level ${level.order}`,
      level: node(level),
      branches: branchesOf(level.id),
    })),
  ];
  return { columns, count: catalog.certifications.length };
}

/** Where a certification stands for one person: held, a step of their plan, or not on it. */
export type MapState = { kind: "held" } | { kind: "step"; step: number } | { kind: "off-plan" };

/** Each certification's state for a person: held ones, then the plan's steps numbered from 1, else off the plan. */
export function mapStates(
  certificationIds: readonly string[],
  plan: { held: readonly string[]; steps: readonly { certificationId: string }[] },
): Map<string, MapState> {
  const states = new Map<string, MapState>();
  for (const id of certificationIds) {
    const step = plan.steps.findIndex((s) => s.certificationId === id);
    states.set(
      id,
      plan.held.includes(id) ? { kind: "held" } : step >= 0 ? { kind: "step", step: step + 1 } : { kind: "off-plan" },
    );
  }
  return states;
}

/** A state in words, as the map shows it. */
export function mapStateText(state: MapState, steps: number): string {
  if (state.kind === "held") return "You hold it";
  if (state.kind === "step") return `Step ${state.step} of ${steps} on your plan`;
  return "Not on your plan";
}
