import type { Catalog } from "@/lib/catalog/schema";
import type { Profile } from "@/lib/profile/schema";
import type { Roadmap } from "@/lib/recommender/roadmap-schema";

/**
 * The part of the catalog a plan's page draws, for a share link's page to send to the browser instead of the whole
 * catalog (61 KB of its HTML, docs/performance.md): the certifications the plan names (its steps, alternatives and
 * the ones held), the profile's role, the providers of those certifications' paths, and the small lists whole
 * (program facts, tracks, paths, skills). No FAQ. Everything the page draws from it is what it would draw from the
 * whole catalog (components/roadmap/roadmap-view.test.tsx renders both); planning again (what-if), the exports and
 * the program map load the whole catalog, since they may need any of it.
 */
export function planCatalog(catalog: Catalog, profile: Profile, roadmap: Roadmap): Catalog {
  const named = new Set([
    ...roadmap.steps.map((s) => s.certificationId),
    ...roadmap.alternatives.map((a) => a.certificationId),
    ...profile.held,
  ]);
  const certifications = catalog.certifications.filter((c) => named.has(c.id));
  const paths = new Set(certifications.map((c) => c.path));
  return {
    ...catalog,
    certifications,
    roles: catalog.roles.filter((r) => r.id === profile.role),
    providers: catalog.providers.filter((p) => p.paths.some((path) => paths.has(path))),
    faq: [],
  };
}
