import { formatDate } from "@/lib/dates/format-date";

/** A date as people read it, with the machine-readable date alongside. */
export function DateText({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDate(iso)}</time>;
}
