import type { Catalog, Certification, LearningPath, Level, Role } from "@/lib/catalog/schema";
import type { PathId } from "@/lib/catalog/ids";

/** Look-ups the recommender needs, built once per catalog object. */
export type CatalogIndex = {
  byId: ReadonlyMap<string, Certification>;
  /** Position in the catalog: the stable tie-break when two steps share a place in the order. */
  position: ReadonlyMap<string, number>;
  /** Order on the path, lowest first: pathKey, then the catalog's order (every plan sorts its steps by it). */
  pathRank: ReadonlyMap<string, number>;
  /** Program levels by recommended order, lowest first. */
  levels: readonly Level[];
  roles: ReadonlyMap<string, Role>;
  paths: ReadonlyMap<PathId, LearningPath>;
  skillNames: ReadonlyMap<string, string>;
};

const cache = new WeakMap<Catalog, CatalogIndex>();

/** The index for `catalog`; the same catalog object always yields the same (cached) index. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const byId = new Map(catalog.certifications.map((c) => [c.id, c]));
  const onPath = catalog.certifications
    .map((c, i) => ({ id: c.id, key: pathKey(c, byId), i }))
    .sort((a, b) => a.key - b.key || a.i - b.i);
  const index: CatalogIndex = {
    byId,
    position: new Map(catalog.certifications.map((c, i) => [c.id, i])),
    pathRank: new Map(onPath.map(({ id }, rank) => [id, rank])),
    levels: catalog.certifications.filter((c): c is Level => c.kind === "level").sort((a, b) => a.order - b.order),
    roles: new Map(catalog.roles.map((r) => [r.id, r])),
    paths: new Map(catalog.paths.map((p) => [p.id, p])),
    skillNames: new Map(catalog.skills.map((s) => [s.id, s.name])),
  };
  cache.set(catalog, index);
  return index;
}

/** The place in a path: a level sits at its order; a neighbour just after the level it follows. */
function pathKey(c: Certification, byId: ReadonlyMap<string, Certification>): number {
  if (c.kind === "level") return c.order;
  const follows = c.follows ? byId.get(c.follows) : undefined;
  // An entry point of its own (DataOps Foundation, say) sits beside the program's Foundation.
  return (follows?.kind === "level" ? follows.order : 1) + 0.5;
}
