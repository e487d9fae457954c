import type { Catalog } from "@/lib/catalog/schema";
import { cleanText } from "@/lib/export/clean-text";
import { daysBetween } from "@/lib/dates/iso-date";
import { certificationName, trackLabel } from "@/lib/recommender/roadmap-labels";
import type { Roadmap } from "@/lib/recommender/roadmap-schema";

/**
 * The roadmap as a Mermaid gantt chart, so GitHub, GitLab and Obsidian draw the plan where the Markdown export is
 * pasted. One task per step (held certifications are never steps), a section per run of steps on one track, each
 * task with its ISO start date and its length in days (the step's window is inclusive, so a step from the 4th to
 * the 5th lasts 2 days, and Mermaid's bar ends where the next day begins).
 */

/**
 * Text Mermaid reads as plain words. In a gantt task line the name runs up to the first ":" and a ";" ends a
 * statement, "%%" starts a comment, and Mermaid decodes "#<code>;" as a character: each of these, "#" itself and
 * the characters of HTML become such a code, so a name can neither end early nor add a statement.
 */
export function mermaidText(text: string): string {
  return cleanText(text)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[#:;%<>"'`\\{}]/g, (c) => `#${c.charCodeAt(0)};`);
}

/** A task's name: its step number first, so no name can start with one of the chart's keywords ("section", "title"…). */
const taskName = (position: number, name: string) => `${position}. ${mermaidText(name)}`;

/** The ```mermaid block (fence included), or an empty list when the roadmap has no steps. */
export function ganttBlock(roadmap: Roadmap, catalog: Catalog, title: string): string[] {
  if (roadmap.steps.length === 0) return [];
  const lines = [
    "```mermaid",
    "gantt",
    `  title ${mermaidText(title)}`,
    "  dateFormat YYYY-MM-DD",
    "  axisFormat %b %Y",
  ];
  let section: string | undefined;
  roadmap.steps.forEach((step, i) => {
    const track = trackLabel(catalog, step.certificationId) || "Other certifications";
    if (track !== section) lines.push(`  section ${mermaidText(track)}`);
    section = track;
    const days = daysBetween(step.start, step.end) + 1;
    const name = taskName(i + 1, certificationName(catalog, step.certificationId));
    lines.push(`  ${name} :step${i + 1}, ${step.start}, ${days}d`);
  });
  lines.push("```");
  return lines;
}
