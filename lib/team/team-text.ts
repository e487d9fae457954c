import type { Catalog } from "@/lib/catalog/schema";
import { certificationName, NO_STEPS_TEXT, profileNames, rangeText } from "@/lib/recommender/roadmap-labels";
import type { PlannedMember } from "@/lib/team/plan-team";

/** The team's plans as plain text for a terminal: a heading and a table of steps per person. */

const pad = (cells: readonly string[], widths: readonly number[]) =>
  cells
    .map((c, i) => c.padEnd(widths[i] ?? 0))
    .join("  ")
    .trimEnd();

/** One person: "Ana Costa (row 2) · Site Reliability Engineer (SRE) · 8 h/week from 2027-01-04", then a table. */
export function formatMemberText({ row, name, profile, roadmap }: PlannedMember, catalog: Catalog): string {
  // Names are shown as typed, but a line break in one would break the table: show it as a space.
  const lines = [
    `${name.replace(/[\r\n]+/g, " ")} (row ${row}) · ${profileNames(profile, catalog).role} · ${profile.hours} h/week from ${profile.start}`,
  ];
  if (roadmap.steps.length === 0) lines.push(`  ${NO_STEPS_TEXT}`);
  else {
    const header = ["#", "Certification", "Start", "End", "Study hours"];
    const rows = roadmap.steps.map((s, i) => [
      String(i + 1),
      certificationName(catalog, s.certificationId),
      s.start,
      s.end,
      rangeText(s.studyHours),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    lines.push(...[header, ...rows].map((cells) => `  ${pad(cells, widths)}`));
  }
  for (const warning of roadmap.warnings) lines.push(`  Watch out: ${warning.text}`);
  return lines.join("\n");
}

/** Every person, one block each, separated by a blank line. */
export function formatTeamText(people: readonly PlannedMember[], catalog: Catalog): string {
  if (people.length === 0) return "No one in the file could be planned.\n";
  return `${people.map((p) => formatMemberText(p, catalog)).join("\n\n")}\n`;
}
