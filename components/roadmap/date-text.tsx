import { formatDate } from "@/components/roadmap/labels";

/** A date as people read it, with the machine-readable date alongside. */
export function DateText({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDate(iso)}</time>;
}
