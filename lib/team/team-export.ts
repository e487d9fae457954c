import type { Catalog } from "@/lib/catalog/schema";
import { calendarToIcs, type CalendarEvent } from "@/lib/export/ics";
import { cleanUri } from "@/lib/export/clean-text";
import { profileToQuery } from "@/lib/profile/share-query";
import { certificationName } from "@/lib/recommender/roadmap-labels";
import type { PlannedMember } from "@/lib/team/plan-team";

/** The team's plan as files: a CSV of every person's steps, and a calendar of every exam day. */

export const PLAN_CSV_COLUMNS = [
  "name",
  "role",
  "step",
  "certification_id",
  "certification",
  "start",
  "end",
  "study_hours_min",
  "study_hours_max",
] as const;

/** What a spreadsheet may read as a formula when a cell starts with it (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a value a spreadsheet would run as a formula gets a leading `'` (so `=HYPERLINK(…)` stays
 * text), then RFC 4180 quoting when it holds a comma, a quote, a line break or spaces at either end.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvLine = (cells: readonly (string | number)[]) => cells.map(csvCell).join(",");

/**
 * "Download the plan as CSV": a header, then one row per person and step. A person with nothing to plan
 * keeps one row with the step columns empty, so nobody drops out of the spreadsheet. CRLF line ends.
 */
export function teamPlanToCsv(people: readonly PlannedMember[], catalog: Catalog): string {
  const lines = [csvLine(PLAN_CSV_COLUMNS)];
  for (const { name, profile, roadmap } of people) {
    if (roadmap.steps.length === 0) lines.push(csvLine([name, profile.role, "", "", "", "", "", "", ""]));
    roadmap.steps.forEach((step, i) => {
      lines.push(
        csvLine([
          name,
          profile.role,
          i + 1,
          step.certificationId,
          certificationName(catalog, step.certificationId),
          step.start,
          step.end,
          step.studyHours.min,
          step.studyHours.max,
        ]),
      );
    });
  }
  return `${lines.join("\r\n")}\r\n`;
}

export type TeamIcsOptions = {
  /** When the file was made, a UTC date-time such as 2027-01-04T09:00:00Z. */
  stamp: string;
  /** The site's origin (https://…), to put each person's share link in their events; left out when absent. */
  origin?: string;
};

/**
 * "Add the team's exams to a calendar": one all-day event per person and exam day. The plan puts each exam
 * on the last day of its study window (a step's `end`), which is what the roadmap's dates are sized for.
 */
export function teamExamsToIcs(people: readonly PlannedMember[], catalog: Catalog, options: TeamIcsOptions): string {
  const origin = options.origin ? cleanUri(options.origin).replace(/\/+$/, "") : undefined;
  const events: CalendarEvent[] = people.flatMap(({ row, name, profile, roadmap }) => {
    const url = origin ? `${origin}/roadmap?${profileToQuery(profile)}` : undefined;
    return roadmap.steps.map((step) => {
      const cert = certificationName(catalog, step.certificationId);
      return {
        uid: `team-${row}-${step.certificationId}-${step.end}@certpath`,
        start: step.end,
        end: step.end,
        summary: `${name}: ${cert} exam`,
        description: [
          `${name} sits the ${cert} exam after studying from ${step.start} to ${step.end}.`,
          ...(url ? [`Their roadmap: ${url}`] : []),
        ].join("\n"),
        ...(url ? { url } : {}),
      };
    });
  });
  return calendarToIcs("certpath team exams", events, options.stamp);
}
