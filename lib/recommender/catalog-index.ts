import type { Catalog, Certification, LearningPath, Level, Role } from "@/lib/catalog/schema";
import type { PathId } from "@/lib/catalog/ids";

/** Look-ups the recommender needs, built once per catalog object. */
export type CatalogIndex = {
  byId: ReadonlyMap<string, Certification>;
  /** Position in the catalog: the stable tie-break when two steps share a place in the order. */
  position: ReadonlyMap<string, number>;
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
  const index: CatalogIndex = {
    byId: new Map(catalog.certifications.map((c) => [c.id, c])),
    position: new Map(catalog.certifications.map((c, i) => [c.id, i])),
    levels: catalog.certifications.filter((c): c is Level => c.kind === "level").sort((a, b) => a.order - b.order),
    roles: new Map(catalog.roles.map((r) => [r.id, r])),
    paths: new Map(catalog.paths.map((p) => [p.id, p])),
    skillNames: new Map(catalog.skills.map((s) => [s.id, s.name])),
  };
  cache.set(catalog, index);
  return index;
}
