import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { useOpened } from "@/components/ui/use-opened";
import {
  levelColumn,
  levelOrderText,
  nextStepPrefix,
  rangeText,
  type LevelColumnId,
  type LevelRow,
  type MarkedColumnId,
} from "@/lib/compare/level-rows";

/** Items a summarised list cell shows before "N more". */
export const SUMMARY_ITEMS = 2;

/**
 * A list cell: one item reads as plain text, more as a bulleted list. Summarised (the certifications table),
 * a long list shows its first items and the rest behind a "N more" disclosure, so rows stay short; `what`
 * names the items for a screen reader ("3 more skills").
 */
export function TextList({
  items,
  summarise = false,
  what = "",
  page,
}: {
  items: readonly string[];
  summarise?: boolean;
  what?: string;
  /** The certification's own page, where the whole list is (the closed disclosure's content until opened). */
  page?: string;
}) {
  if (items.length === 1) return <>{items[0]}</>;
  const cut = summarise && items.length > SUMMARY_ITEMS + 1 ? SUMMARY_ITEMS : items.length;
  return (
    <>
      <ListItems items={items.slice(0, cut)} />
      {cut < items.length && <MoreItems items={items.slice(cut)} what={what} page={page} />}
    </>
  );
}

function ListItems({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * "N more": the rest of a cell, rendered when opened. Closed, it holds only a link to the certification's page,
 * so the page's HTML does not carry every long cell twice over (issue 11 §2); before the script runs (or
 * without it) opening it shows that link.
 */
function More({ label, page, children }: { label: ReactNode; page: string | undefined; children: ReactNode }) {
  const { ref, opened, onToggle } = useOpened();
  return (
    <details ref={ref} onToggle={onToggle}>
      <summary>{label}</summary>
      {opened || page === undefined ? (
        children
      ) : (
        <Link href={page} prefetch={false}>
          See it all on its page
        </Link>
      )}
    </details>
  );
}

function MoreItems({ items, what, page }: { items: readonly string[]; what: string; page: string | undefined }) {
  return (
    <More
      page={page}
      label={
        <>
          {/* One string each: text beside an expression renders with a <!-- --> marker between, in every cell. */}
          {`${items.length} more`}
          {what ? <span className="visually-hidden">{` ${what}`}</span> : null}
        </>
      }
    >
      <ListItems items={items} />
    </More>
  );
}

/** A paragraph cell: summarised, its first sentence, and the rest behind "More". */
export function TextParagraph({
  text,
  summarise,
  what,
  page,
}: {
  text: string;
  summarise: boolean;
  what: string;
  page?: string;
}) {
  const [first = "", ...rest] = summarise ? text.split(/(?<=\.)\s+(?=[A-Z])/) : [text];
  return (
    <>
      <p>{first}</p>
      {rest.length > 0 && (
        <More
          page={page}
          label={
            <>
              More<span className="visually-hidden">{` on ${what}`}</span>
            </>
          }
        >
          <p>{rest.join(" ")}</p>
        </More>
      )}
    </>
  );
}

/** Beside a cell whose content is certpath's rather than the guide's: its label, in words. */
function Mark({ row, id }: { row: LevelRow; id: MarkedColumnId }) {
  const label = row.marks[id];
  // One string: text beside an expression renders with a <!-- --> marker on each side.
  return label ? <em>{` (${label})`}</em> : null;
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
export function renderLevelCell(id: LevelColumnId, row: LevelRow, { summarise = false } = {}): ReactNode {
  switch (id) {
    case "name":
      return <CertificationLink id={row.id}>{row.name}</CertificationLink>;
    case "level":
      return levelOrderText(row.levelOrder);
    case "audience":
      return <TextList items={row.audience} summarise={summarise} what="audiences" page={`/levels/${row.id}`} />;
    case "prerequisites":
      return (
        <TextParagraph text={row.prerequisites} summarise={summarise} what="prerequisites" page={`/levels/${row.id}`} />
      );
    case "skills":
      return (
        <>
          <TextList items={row.skills} summarise={summarise} what="skills" page={`/levels/${row.id}`} />
          <Mark row={row} id="skills" />
        </>
      );
    case "paths":
      return <TextList items={row.paths} summarise={summarise} what="learning paths" page={`/levels/${row.id}`} />;
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
          <TextList items={row.projects} summarise={summarise} what="projects" page={`/levels/${row.id}`} />
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
