/**
 * The two compare pages by what a browser needs before any table's code: their addresses and the anchors of
 * their sections. Kept apart from compare-state (and its zod) so the pages' first-load script can send an old
 * link to the page that now holds what it points at.
 */
export type CompareView = "certifications" | "roles";

export const COMPARE_PATHS: Record<CompareView, string> = {
  certifications: "/compare",
  roles: "/compare/roles",
};

/** The ids of each page's sections, in no particular order (components/compare/compare-overview.tsx uses them). */
export const COMPARE_SECTION_IDS = {
  certifications: ["all-certifications", "side-by-side", "program-map"],
  roles: ["roles", "learning-paths", "providers"],
} as const satisfies Record<CompareView, readonly string[]>;

export type CompareSectionId = (typeof COMPARE_SECTION_IDS)[CompareView][number];

/**
 * The query keys of /compare/roles's tables, by the state field each holds (lib/compare/compare-state.ts reads and
 * writes them under these names); every other key is /compare's.
 */
export const ROLES_QUERY_KEY = { roleSort: "role-sort", pathSort: "path-sort", providerSort: "provider-sort" } as const;
const ROLES_QUERY_KEYS: readonly string[] = Object.values(ROLES_QUERY_KEY);

/** The compare page that is not `view`. */
export function otherCompareView(view: CompareView): CompareView {
  return view === "roles" ? "certifications" : "roles";
}

/**
 * Where an address of `view`'s page whose anchor names a section of the other page should go: that page, with the
 * anchor, and with the query when it sets anything up there (`/compare?sort=level.asc&role-sort=role.desc#roles`
 * → `/compare/roles?sort=level.asc&role-sort=role.desc#roles`, where the page links back for the settings that
 * are not its own). A query with settings for `view`'s page only is left behind: the other page would send it
 * back here, anchor and all. Null for any other anchor. The server never sees an anchor, so the browser sends on
 * links made before the role, path and provider tables moved.
 */
export function anchorElsewhere(view: CompareView, search: string, hash: string): string | null {
  const other = otherCompareView(view);
  // Section ids are plain ASCII, so the anchor is compared as written (decoding a tampered one could throw).
  if (!(COMPARE_SECTION_IDS[other] as readonly string[]).includes(hash.replace(/^#/, ""))) return null;
  const setsUpOther = [...new URLSearchParams(search).keys()].some(
    (key) => ROLES_QUERY_KEYS.includes(key) === (other === "roles"),
  );
  return `${COMPARE_PATHS[other]}${setsUpOther ? search : ""}${hash}`;
}
