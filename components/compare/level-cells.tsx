import Link from "next/link";
import type { ReactNode } from "react";
import {
  levelColumn,
  levelOrderText,
  nextStepPrefix,
  rangeText,
  type LevelColumnId,
  type LevelRow,
  type MarkedColumnId,
} from "@/lib/compare/level-rows";

/** A list cell: one item reads as plain text, more as a bulleted list. */
export function TextList({ items }: { items: readonly string[] }) {
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** Beside a cell whose content is certpath's rather than the guide's: its label, in words. */
function Mark({ row, id }: { row: LevelRow; id: MarkedColumnId }) {
  const label = row.marks[id];
  return label ? <em> ({label})</em> : null;
}

/** The link to a certification's own page. Prefetch waits for hover: a big table would otherwise prefetch every row. */
export function CertificationLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link href={`/levels/${id}`} prefetch={false}>
      {children}
    </Link>
  );
}

/**
 * How a certification's cell renders, for the certifications table and the side-by-side view alike. Its text
 * is `levelColumn(id).text(row)`; this adds structure (lists) and links.
 */
export function renderLevelCell(id: LevelColumnId, row: LevelRow): ReactNode {
  switch (id) {
    case "name":
      return <CertificationLink id={row.id}>{row.name}</CertificationLink>;
    case "level":
      return levelOrderText(row.levelOrder);
    case "audience":
      return <TextList items={row.audience} />;
    case "skills":
      return (
        <>
          <TextList items={row.skills} />
          <Mark row={row} id="skills" />
        </>
      );
    case "paths":
      return <TextList items={row.paths} />;
    case "prep":
      return (
        <>
          {rangeText(row.prepDays, "days")}
          <Mark row={row} id="prep" />
        </>
      );
    case "projects":
      if (row.projects === null) return levelColumn("projects").text(row);
      return (
        <>
          {row.projects.length === 1 ? "1 project" : `${row.projects.length} projects`}
          <Mark row={row} id="projects" />
          <ul>
            {row.projects.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </>
      );
    case "next":
      if (row.next.length === 0) return levelColumn("next").text(row);
      return (
        <ul>
          {row.next.map((step) => (
            <li key={`${step.relation}-${step.id}`}>
              {nextStepPrefix(step.relation)}
              <CertificationLink id={step.id}>{step.name}</CertificationLink>
            </li>
          ))}
        </ul>
      );
    default:
      return levelColumn(id).text(row);
  }
}
