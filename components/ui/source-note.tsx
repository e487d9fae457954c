import type { Source } from "@/lib/catalog/source";
import { SOURCE_KIND_LABEL, isCertpaths, sourceDetail } from "@/lib/catalog/source-words";
import styles from "@/components/ui/source-note.module.css";

/**
 * Where a fact comes from, in words beside it: "From the guide: Role table." or "certpath's estimate: …".
 * The words carry the difference (certpath's own is in bold); the tint only repeats it. `subject` names
 * what the note is about when it is not the block it sits under ("Validity and pass mark").
 */
export function SourceNote({ source, subject }: { source: Source; subject?: string }) {
  const own = isCertpaths(source);
  return (
    <p className={own ? `${styles.note} ${styles.own}` : styles.note}>
      {subject && `${subject}: `}
      {own ? <strong>{SOURCE_KIND_LABEL[source.kind]}:</strong> : `${SOURCE_KIND_LABEL[source.kind]}:`}{" "}
      {sourceDetail(source)}
    </p>
  );
}
