import { progressOf } from "@/lib/saved/progress-of";
import { STATUS_LABELS, type StepProgress } from "@/lib/saved/saved-state";
import type { Catalog } from "@/lib/catalog/schema";
import { cleanText, cleanUri } from "@/lib/export/clean-text";
import { roadmapFileName } from "@/lib/export/file-name";
import { ganttBlock } from "@/lib/export/gantt";
import type { Profile } from "@/lib/profile/schema";
import { indexCatalog } from "@/lib/recommender/catalog-index";
import {
  certificationName,
  NO_STEPS_TEXT,
  prepText,
  profileNames,
  stepPlan,
  trackLabel,
} from "@/lib/recommender/roadmap-labels";
import { articleFor, withArticle } from "@/lib/text/article";
import type { Alternative, Roadmap, Step } from "@/lib/recommender/roadmap-schema";

/**
 * The roadmap as a Markdown document a person can keep, print or paste into their notes: the profile, the plan
 * as a Mermaid gantt chart (drawn by GitHub, GitLab and Obsidian), each step with its reasons and what to
 * practise, then alternatives, warnings and assumptions.
 */

export type MarkdownOptions = {
  /** The roadmap's share link. */
  url?: string;
  /** Progress by certification id; notes are free text, so they are escaped. */
  progress?: Readonly<Record<string, StepProgress>>;
};

const KIND_LABEL: Record<Alternative["kind"], string> = {
  "next-level": "next level",
  "cross-track": "cross-track",
  leadership: "leadership",
  interest: "matches your interests",
};

/**
 * One line of text made inert: characters that start emphasis, code, links, HTML, entities, tables or
 * strikethrough get a backslash (CommonMark lets any ASCII punctuation be escaped), as do the markers that
 * only matter at the start of a line (headings, quotes, lists, setext underlines, ordered lists).
 */
function escapeLine(line: string): string {
  return line
    .trim() // four leading spaces would make a code block
    .replace(/[\\`*_[\]<>#|~&]/g, "\\$&")
    .replace(/^[-+=]/, "\\$&")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/** Text for one line of the document: line breaks inside it are folded into spaces so it cannot start a block. */
function inline(text: string): string {
  return escapeLine(cleanText(text).replace(/\s*\n\s*/g, " "));
}

/**
 * A person's notes as a block quote, line breaks kept (a trailing backslash is a CommonMark hard break) and
 * blank lines kept as paragraph breaks. Every line is escaped, so notes cannot add headings, links or HTML.
 */
function quote(notes: string): string[] {
  const paragraphs = cleanText(notes)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split("\n").map(escapeLine).filter(Boolean))
    .filter((lines) => lines.length > 0);
  return paragraphs.flatMap((lines, i) => [
    ...(i > 0 ? [">"] : []),
    ...lines.map((line, j) => `> ${line}${j < lines.length - 1 ? "\\" : ""}`),
  ]);
}

/** A share link as an autolink, but only for http(s): a `javascript:` link must not become clickable. */
function shareLink(url: string): string {
  const uri = cleanUri(url);
  // cleanUri has percent-encoded spaces, "<" and ">", the characters that would end an autolink early.
  return /^https?:\/\//i.test(uri) ? `<${uri}>` : inline(uri);
}

const bullets = (items: readonly string[]) => items.map((item) => `- ${inline(item)}`);

function profileLine(profile: Profile, catalog: Catalog): string {
  const names = profileNames(profile, catalog);
  const years = `${profile.years} ${profile.years === 1 ? "year" : "years"} of experience`;
  const parts = [
    `**${inline(names.role)}**`,
    years,
    `skills: ${inline(names.skills.join(", ") || "none listed")}`,
    `holds: ${inline(names.held.join(", ") || "none")}`,
    `goal: ${profile.goal}`,
    `${profile.hours} h/week`,
    `starting ${profile.start}`,
  ];
  return `For ${articleFor(names.role)} ${parts.join(" · ")}`;
}

function stepSection(
  step: Step,
  position: number,
  profile: Profile,
  catalog: Catalog,
  progress: StepProgress | undefined,
): string[] {
  const certification = indexCatalog(catalog).byId.get(step.certificationId);
  const track = trackLabel(catalog, step.certificationId);
  const title = `${inline(certificationName(catalog, step.certificationId))}${track ? ` — ${inline(track)}` : ""}`;
  const gap = (certification?.skillsBuilt ?? [])
    .filter((skill) => !profile.skills.includes(skill))
    .map((skill) => indexCatalog(catalog).skillNames.get(skill) ?? skill);
  const focus = stepPlan(catalog, step)?.focus;

  const lines = [
    `### ${position}. ${title}`,
    "",
    `- **Dates:** ${step.start} → ${step.end}`,
    `- **Preparation:** ${inline(prepText(step, catalog, profile.hours))}`,
    ...(progress ? [`- **Progress:** ${STATUS_LABELS[progress.status]}`] : []),
    "",
    "**Why**",
    "",
    ...bullets(step.reasons.map((r) => r.text)),
    "",
  ];
  if (gap.length > 0) lines.push(`**Skills it builds that you don't list yet:** ${inline(gap.join(", "))}`, "");
  if (focus) lines.push(`**Focus of the ${step.tier} plan:** ${inline(focus)}`, "");
  // Only program levels carry the guide's projects and common mistakes; neighbouring certifications do not.
  if (certification?.kind === "level") {
    lines.push("**Projects to practise on**", "", ...bullets(certification.projects), "");
    lines.push("**Common mistakes**", "", ...bullets(certification.mistakes), "");
  }
  const notes = progress?.notes === undefined ? [] : quote(progress.notes);
  if (notes.length > 0) lines.push("**Your notes**", "", ...notes, "");
  return lines;
}

/** The roadmap as a Markdown document: profile, gantt chart, numbered steps, alternatives, warnings and assumptions. */
export function roadmapToMarkdown(
  roadmap: Roadmap,
  profile: Profile,
  catalog: Catalog,
  options: MarkdownOptions = {},
): string {
  const lines = ["# certpath roadmap", "", profileLine(profile, catalog), ""];
  if (options.url?.trim()) lines.push(`Share link: ${shareLink(options.url)}`, "");

  const role = profileNames(profile, catalog).role;
  const gantt = ganttBlock(roadmap, catalog, `certpath roadmap for ${withArticle(role)}`);
  if (gantt.length > 0) lines.push("## Timeline", "", ...gantt, "");

  lines.push("## Steps", "");
  if (roadmap.steps.length === 0) lines.push(inline(NO_STEPS_TEXT), "");
  roadmap.steps.forEach((step, i) => {
    const progress = options.progress && progressOf(options.progress, step.certificationId);
    lines.push(...stepSection(step, i + 1, profile, catalog, progress));
  });

  if (roadmap.alternatives.length > 0) {
    lines.push("## Alternatives", "");
    for (const alt of roadmap.alternatives) {
      const why = alt.reasons.map((r) => r.text).join(" ");
      lines.push(
        `- **${inline(certificationName(catalog, alt.certificationId))}** (${KIND_LABEL[alt.kind]}): ${inline(why)}`,
      );
    }
    lines.push("");
  }
  if (roadmap.warnings.length > 0) lines.push("## Watch out", "", ...bullets(roadmap.warnings.map((w) => w.text)), "");
  if (roadmap.assumptions.length > 0) {
    lines.push("## Assumptions", "", ...bullets(roadmap.assumptions.map((a) => a.text)), "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** The download name of a profile's Markdown roadmap, such as "certpath-roadmap-sre-2027-01-04.md". */
export function markdownFileName(profile: Pick<Profile, "role" | "start">): string {
  return roadmapFileName(profile, "md");
}
