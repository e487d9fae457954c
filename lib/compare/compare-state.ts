import { z } from "zod/mini";
import { lazySchema } from "@/lib/zod/lazy-schema";
import type { Catalog } from "@/lib/catalog/schema";
import { PATH_IDS, PathIdSchema, SlugSchema } from "@/lib/catalog/ids";
import { HIDEABLE_LEVEL_COLUMN_IDS, LEVEL_COLUMN_IDS } from "@/lib/compare/level-rows";
import { PATH_COLUMN_IDS, PROVIDER_COLUMN_IDS, ROLE_COLUMN_IDS } from "@/lib/compare/reference-tables";
import { SIDE_BY_SIDE_MAX } from "@/lib/compare/side-by-side";
import { COMPARE_PATHS, otherCompareView, ROLES_QUERY_KEY, type CompareView } from "@/lib/compare/compare-pages";

/**
 * The compare page's state as URL query keys, so a view can be bookmarked and shared:
 *   sort=<column>.<asc|desc>   the certifications table's sort
 *   q=<text>                   its filter text
 *   track=<track id>           its track filter
 *   path=<path id>             its learning-path filter
 *   hide=<column>,<column>     its hidden columns (absent: the columns every certification shares;
 *                              hide=none: none hidden)
 *   ids=<id>,<id>              the certifications side by side
 *   role-sort, path-sort, provider-sort   the sort of the three reference tables (on /compare/roles)
 * Reading never throws: what cannot be used is dropped and reported in `problems`. Both compare pages read the
 * same keys, so any link keeps every setting; each page uses its own and links to the other for the rest.
 */

export const MAX_FILTER_LENGTH = 200;
/** `hide=none`: every column shown (an absent `hide` means the default, the shared columns hidden). */
export const HIDE_NONE = "none";
export const MAX_ID_LENGTH = 100;

function sortSchema<const T extends readonly [string, ...string[]]>(ids: T) {
  return z.nullable(z.strictObject({ id: z.enum(ids), desc: z.boolean() }));
}

/** Text with no lone surrogate halves (they cannot survive a trip through a URL). */
const WellFormedSchema = lazySchema(() =>
  z.string().check(z.refine((s) => !LONE_SURROGATE.test(s), "Text must be well-formed Unicode")),
);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const IdSchema = lazySchema(() =>
  z.pipe(
    z.string().check(
      z.minLength(1),
      z.maxLength(MAX_ID_LENGTH),
      z.refine((s) => s === s.trim() && !s.includes(","), "An id has no commas and no surrounding spaces"),
    ),
    WellFormedSchema,
  ),
);

export const CompareStateSchema = lazySchema(() =>
  z.strictObject({
    sort: sortSchema(LEVEL_COLUMN_IDS),
    q: WellFormedSchema.check(z.maxLength(MAX_FILTER_LENGTH)),
    track: z.nullable(SlugSchema),
    path: z.nullable(PathIdSchema),
    /** Hidden columns of the certifications table, in column order; null for the default (the shared columns). */
    hide: z.nullable(
      z
        .array(z.enum(LEVEL_COLUMN_IDS))
        .check(z.refine((ids) => !ids.includes("name"), "The certification name column cannot be hidden")),
    ),
    /** Certifications side by side, in the order chosen; ids not in the catalog are kept so they can be named. */
    ids: z.array(IdSchema).check(z.maxLength(SIDE_BY_SIDE_MAX)),
    roleSort: sortSchema(ROLE_COLUMN_IDS),
    pathSort: sortSchema(PATH_COLUMN_IDS),
    providerSort: sortSchema(PROVIDER_COLUMN_IDS),
  }),
);
export type CompareState = z.infer<typeof CompareStateSchema>;
export type SortSpec<Id extends string> = { id: Id; desc: boolean };

export const DEFAULT_COMPARE_STATE: CompareState = {
  sort: null,
  q: "",
  track: null,
  path: null,
  hide: null,
  ids: [],
  roleSort: null,
  pathSort: null,
  providerSort: null,
};

type QueryValue = string | readonly string[] | undefined;
/** URLSearchParams, or the plain record Next.js gives a page as `searchParams`. */
export type CompareQuery = URLSearchParams | Readonly<Record<string, QueryValue>>;

export type CompareStateResult = { state: CompareState; problems: string[] };

/** All values given for `key`, whatever shape the query has (junk values are skipped). */
function valuesOf(query: CompareQuery, key: string): string[] {
  if (query instanceof URLSearchParams) return query.getAll(key);
  if (!Object.prototype.hasOwnProperty.call(query, key)) return [];
  const value: unknown = query[key];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

/** Replaces lone surrogate halves, which a URL cannot carry, with U+FFFD. */
function wellFormed(s: string): string {
  return s.replace(new RegExp(LONE_SURROGATE.source, "g"), "\uFFFD");
}

const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Reads the compare page's state from a query. Never throws; every dropped value is named in `problems`. */
export function compareStateFromQuery(query: CompareQuery, catalog?: Catalog): CompareStateResult {
  const problems: string[] = [];

  /** The single value of a key; a repeated key uses the first value, and says so. */
  const single = (key: string): string | undefined => {
    const values = valuesOf(query, key);
    if (values.length > 1) problems.push(`"${key}" was given ${values.length} times; the first value is used.`);
    return values[0];
  };
  /** A comma-separated list, across repeated keys, trimmed, without empty items. */
  const listOf = (key: string): string[] =>
    valuesOf(query, key)
      .flatMap((v) => v.split(","))
      .map((v) => wellFormed(v.trim()))
      .filter(Boolean);

  function sortOf<const T extends readonly [string, ...string[]]>(key: string, ids: T): SortSpec<T[number]> | null {
    const raw = single(key);
    if (raw === undefined || raw === "") return null;
    const dot = raw.lastIndexOf(".");
    const id = dot === -1 ? raw : raw.slice(0, dot);
    const dir = dot === -1 ? "asc" : raw.slice(dot + 1);
    const column = ids.find((c) => c === id);
    if (column === undefined) {
      problems.push(`Unknown column ${quote(id)} in "${key}"; allowed: ${ids.join(", ")}. The table is not sorted.`);
      return null;
    }
    if (dir !== "asc" && dir !== "desc") {
      problems.push(`Unknown sort direction ${quote(dir)} in "${key}"; use asc or desc. Sorted ascending.`);
    }
    return { id: column, desc: dir === "desc" };
  }

  const rawQ = single("q") ?? "";
  let q = wellFormed(rawQ);
  if (q.length > MAX_FILTER_LENGTH) {
    problems.push(`The filter text is longer than ${MAX_FILTER_LENGTH} characters; the rest is ignored.`);
    q = q.slice(0, MAX_FILTER_LENGTH).replace(/[\uD800-\uDBFF]$/, "");
  }

  let track: string | null = null;
  const rawTrack = single("track");
  if (rawTrack) {
    const known = catalog ? catalog.tracks.some((t) => t.id === rawTrack) : SlugSchema.safeParse(rawTrack).success;
    if (known) track = rawTrack;
    else {
      const allowed = catalog ? `; allowed: ${catalog.tracks.map((t) => t.id).join(", ")}` : "";
      problems.push(`Unknown track ${quote(rawTrack)}${allowed}. Showing every track.`);
    }
  }

  let path: CompareState["path"] = null;
  const rawPath = single("path");
  if (rawPath) {
    const parsed = PathIdSchema.safeParse(rawPath);
    if (parsed.success) path = parsed.data;
    else problems.push(`Unknown learning path ${quote(rawPath)}; allowed: ${PATH_IDS.join(", ")}. Showing every path.`);
  }

  const hidden = new Set<string>();
  const hideList = listOf("hide");
  for (const id of hideList) {
    if (id === HIDE_NONE) continue;
    if (HIDEABLE_LEVEL_COLUMN_IDS.some((c) => c === id)) hidden.add(id);
    else if (id === "name") problems.push(`The certification name column cannot be hidden.`);
    else problems.push(`Unknown column ${quote(id)} in "hide"; allowed: ${HIDEABLE_LEVEL_COLUMN_IDS.join(", ")}.`);
  }
  const hide = valuesOf(query, "hide").length === 0 ? null : LEVEL_COLUMN_IDS.filter((id) => hidden.has(id));

  const ids: string[] = [];
  for (const id of listOf("ids")) {
    if (id.length > MAX_ID_LENGTH) problems.push(`An id longer than ${MAX_ID_LENGTH} characters was ignored.`);
    else if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length > SIDE_BY_SIDE_MAX) {
    const extra = ids.splice(SIDE_BY_SIDE_MAX);
    problems.push(`At most ${SIDE_BY_SIDE_MAX} certifications fit side by side; left out: ${extra.join(", ")}.`);
  }

  return {
    state: {
      sort: sortOf("sort", LEVEL_COLUMN_IDS),
      q,
      track,
      path,
      hide,
      ids,
      roleSort: sortOf(ROLES_QUERY_KEY.roleSort, ROLE_COLUMN_IDS),
      pathSort: sortOf(ROLES_QUERY_KEY.pathSort, PATH_COLUMN_IDS),
      providerSort: sortOf(ROLES_QUERY_KEY.providerSort, PROVIDER_COLUMN_IDS),
    },
    problems,
  };
}

const sortText = (sort: SortSpec<string> | null) => (sort ? `${sort.id}.${sort.desc ? "desc" : "asc"}` : "");

/** The canonical query for a state, without the leading "?". Defaults are left out, so the empty state is "". */
export function compareStateToQuery(state: CompareState): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string) => {
    if (value !== "") params.set(key, value);
  };
  put("ids", state.ids.join(","));
  put("q", state.q);
  put("track", state.track ?? "");
  put("path", state.path ?? "");
  put("sort", sortText(state.sort));
  put("hide", state.hide === null ? "" : state.hide.length === 0 ? HIDE_NONE : state.hide.join(","));
  put(ROLES_QUERY_KEY.roleSort, sortText(state.roleSort));
  put(ROLES_QUERY_KEY.pathSort, sortText(state.pathSort));
  put(ROLES_QUERY_KEY.providerSort, sortText(state.providerSort));
  // Commas are legal in a query; leaving them unescaped keeps shared links readable (as share-query does).
  return params.toString().replaceAll("%2C", ",");
}

/** The link to the side-by-side view of `ids`. */
export function compareHref(ids: readonly string[]): string {
  const query = compareStateToQuery({ ...DEFAULT_COMPARE_STATE, ids: [...ids] });
  return query ? `/compare?${query}` : "/compare";
}

type ComparePageInfo = {
  path: string;
  /** Its tab in the pages' navigation. */
  label: string;
  title: string;
  lead: string;
  /** Said on the other page when a link also holds settings for this one, before a link here with them. */
  movedNotice: string;
};

/** The two compare pages: the certifications, and the guide's reference tables (by role, paths, providers). */
export const COMPARE_VIEWS: Record<CompareView, ComparePageInfo> = {
  certifications: {
    path: COMPARE_PATHS.certifications,
    label: "Certifications",
    title: "Compare certifications",
    lead: "Put the Certified MLOps Professional levels and the certifications around them next to each other: who each is for, what it asks of you, how long it takes and where it leads.",
    movedNotice:
      "This link also sets up the certifications table or the side-by-side view, which are on the main compare page:",
  },
  roles: {
    path: COMPARE_PATHS.roles,
    label: "Roles, paths, providers",
    title: "Roles, learning paths and providers",
    lead: "Which certifications suit each job, the learning paths the guide describes, and where to prepare for them.",
    movedNotice: "This link also sorts the role, path or provider tables, which have a page of their own:",
  },
};

/** The settings of the certifications page's tables (the rest of the state belongs to /compare/roles). */
const CERTIFICATION_KEYS = ["sort", "q", "track", "path", "hide", "ids"] as const satisfies (keyof CompareState)[];

/** `state` with only the settings of `view`'s page; the others back to their defaults. */
function settingsOf(view: CompareView, state: CompareState): CompareState {
  const own = { ...DEFAULT_COMPARE_STATE };
  for (const key of Object.keys(own) as (keyof CompareState)[]) {
    const certifications = (CERTIFICATION_KEYS as readonly string[]).includes(key);
    if (certifications === (view === "certifications")) Object.assign(own, { [key]: state[key] });
  }
  return own;
}

/**
 * The other compare page with the settings `state` holds for it, or null when it holds none: a link made for
 * one page (or for the single page before the split) that also sets up the other's tables.
 */
export function movedSettingsHref(view: CompareView, state: CompareState): string | null {
  const other = otherCompareView(view);
  const query = compareStateToQuery(settingsOf(other, state));
  return query ? `${COMPARE_VIEWS[other].path}?${query}` : null;
}

/** Whether `state` sets nothing on `view`'s page. */
export function setsNothingOn(view: CompareView, state: CompareState): boolean {
  return compareStateToQuery(settingsOf(view, state)) === "";
}
