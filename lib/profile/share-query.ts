import type { Catalog } from "@/lib/catalog/schema";
import { decodeStrings, parseProfile, type ParseOptions, type ProfileResult } from "@/lib/profile/parse-profile";
import { queryValues, type QueryInput } from "@/lib/profile/query-text";

export { hasProfileQuery, profileToQuery, queryValues, type QueryInput } from "@/lib/profile/query-text";

/**
 * Reads a profile from a query, strictly: any bad value is an issue (the API's GET). Keys that are not
 * profile fields (tracking tags, say) are ignored. The roadmap page reads links leniently, see share-link.ts.
 */
export function profileFromQuery(query: QueryInput, catalog: Catalog, options: ParseOptions): ProfileResult {
  return parseProfile(decodeStrings(queryValues(query)), catalog, options);
}
