import type { Catalog } from "@/lib/catalog/schema";
import type { Profile } from "@/lib/profile/schema";
import { certificationName, NO_STEPS_TEXT, prepText, profileNames, trackLabel } from "@/lib/recommender/roadmap-labels";
import type { Roadmap } from "@/lib/recommender/roadmap-schema";
import { yearsText } from "@/lib/recommender/facts";
import { withArticle } from "@/lib/text/article";

/** The roadmap as plain text for a terminal: numbered steps, each with its dates, time and reasons. */
export function formatRoadmapText(roadmap: Roadmap, profile: Profile, catalog: Catalog): string {
  const name = (id: string) => certificationName(catalog, id);
  const names = profileNames(profile, catalog);
  const skills = names.skills.join(", ") || "none listed";
  const held = names.held.join(", ") || "none";
  const lines = [
    `certpath roadmap for ${withArticle(names.role)}`,
    `${yearsText(profile.years)} · skills: ${skills} · holds: ${held} · goal: ${profile.goal} · ${profile.hours} h/week · from ${profile.start}`,
    "",
  ];
  if (roadmap.steps.length === 0) lines.push(NO_STEPS_TEXT, "");
  roadmap.steps.forEach((step, i) => {
    lines.push(
      `${i + 1}. ${name(step.certificationId)} (${trackLabel(catalog, step.certificationId)})   ${step.start} → ${step.end}`,
      `   Prep: ${prepText(step, catalog, profile.hours)}`,
      "   Why:",
      ...step.reasons.map((r) => `   - ${r.text}`),
      "",
    );
  });
  if (roadmap.alternatives.length > 0) {
    lines.push("Also worth a look:");
    for (const alt of roadmap.alternatives) {
      lines.push(`- ${name(alt.certificationId)} (${alt.kind}): ${alt.reasons.map((r) => r.text).join(" ")}`);
    }
    lines.push("");
  }
  if (roadmap.warnings.length > 0) {
    lines.push("Watch out:", ...roadmap.warnings.map((w) => `- ${w.text}`), "");
  }
  lines.push("Assumptions:", ...roadmap.assumptions.map((a) => `- ${a.text}`));
  return `${lines.join("\n")}\n`;
}
