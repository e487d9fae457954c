type QueryValue = string | readonly string[] | undefined;

/**
 * A query as URLSearchParams writes it (keys in order, each value of a repeated key, its encoding): the same text
 * for the same address whether it came from the server's searchParams or from the browser's location.search. No
 * imports: the compare page's first-load code uses it.
 */
export function queryText(query: URLSearchParams | Readonly<Record<string, QueryValue>>): string {
  if (query instanceof URLSearchParams) return new URLSearchParams(query).toString();
  return new URLSearchParams(
    Object.entries(query).flatMap(([key, value]) => [value ?? []].flat().map((v): [string, string] => [key, v])),
  ).toString();
}
