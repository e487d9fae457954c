import { LIST_FIELDS, PROFILE_FIELDS } from "@/lib/profile/fields";
import type { Profile, ProfileField } from "@/lib/profile/schema";

/**
 * The share link: a profile as URL query keys named like the CLI's flags
 * (role, years, skills, held, goal, interests, hours, start), lists comma-separated. Writing and recognising
 * it needs no zod, so the roadmap page keeps its address current without loading the validation library;
 * reading one into a profile is share-query.ts's `profileFromQuery` (strict) or share-link.ts (lenient).
 */

type QueryValue = string | readonly string[] | undefined;
export type QueryInput = URLSearchParams | Readonly<Record<string, QueryValue>>;

function read(query: QueryInput, key: string): string | undefined {
  if (query instanceof URLSearchParams) {
    const all = query.getAll(key);
    return all.length === 0 ? undefined : all.join(",");
  }
  const value = query[key];
  return typeof value === "string" ? value : value?.join(",");
}

/** True when the query carries any profile field, i.e. it is a shared roadmap rather than a bare page. */
export function hasProfileQuery(query: QueryInput): boolean {
  return PROFILE_FIELDS.some((field) => read(query, field) !== undefined);
}

/** The profile fields a query carries, as text (a key given twice is read as a comma-separated list). */
export function queryValues(query: QueryInput): Partial<Record<ProfileField, string>> {
  const values: Partial<Record<ProfileField, string>> = {};
  for (const field of PROFILE_FIELDS) {
    const value = read(query, field);
    if (value !== undefined) values[field] = value;
  }
  return values;
}

/** The canonical query for a profile, without the leading "?". Empty lists are left out. */
export function profileToQuery(profile: Profile): string {
  const params = new URLSearchParams();
  for (const field of PROFILE_FIELDS) {
    const value = profile[field];
    if ((LIST_FIELDS as readonly string[]).includes(field)) {
      if (Array.isArray(value) && value.length > 0) params.set(field, value.join(","));
    } else {
      params.set(field, String(value));
    }
  }
  // Commas are legal in a query; leaving them unescaped keeps shared links readable.
  return params.toString().replaceAll("%2C", ",");
}
