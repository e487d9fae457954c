import type { Catalog } from "@/lib/catalog/schema";
import type { Profile } from "@/lib/profile/schema";
import { indexCatalog } from "@/lib/recommender/catalog-index";
import type { Roadmap } from "@/lib/recommender/roadmap-schema";

const TIER_LABEL = { fast: "fast", standard: "standard", extended: "extended" } as const;

/** The roadmap as plain text for a terminal: numbered steps, each with its dates, time and reasons. */
export function formatRoadmapText(roadmap: Roadmap, profile: Profile, catalog: Catalog): string {
  const index = indexCatalog(catalog);
  const name = (id: string) => index.byId.get(id)?.shortName ?? id;
  const track = (id: string) => {
    const c = index.byId.get(id);
    const label = catalog.tracks.find((t) => t.id === c?.track)?.name ?? c?.track ?? "";
    return /track$/i.test(label) ? label : `${label} track`;
  };
  const skills = profile.skills.map((s) => index.skillNames.get(s) ?? s).join(", ") || "none listed";
  const held = profile.held.map(name).join(", ") || "none";
  const role = index.roles.get(profile.role)?.name ?? profile.role;
  const lines = [
    `certpath roadmap for a ${role}`,
    `${profile.years} years · skills: ${skills} · holds: ${held} · goal: ${profile.goal} · ${profile.hours} h/week · from ${profile.start}`,
    "",
  ];
  if (roadmap.steps.length === 0) lines.push("No steps: everything this profile points to is already held.", "");
  roadmap.steps.forEach((step, i) => {
    const plan = index.byId.get(step.certificationId)?.prep.tiers.find((t) => t.id === step.tier);
    const planDays = plan
      ? plan.days.min === plan.days.max
        ? `${plan.days.min}`
        : `${plan.days.min}–${plan.days.max}`
      : "";
    const days =
      step.prepDays.min === step.prepDays.max ? `${step.prepDays.max}` : `${step.prepDays.min}–${step.prepDays.max}`;
    const hours =
      step.studyHours.min === step.studyHours.max
        ? `${step.studyHours.max}`
        : `${step.studyHours.min}–${step.studyHours.max}`;
    lines.push(
      `${i + 1}. ${name(step.certificationId)} (${track(step.certificationId)})   ${step.start} → ${step.end}`,
      `   Prep: ${days} days at ${profile.hours} h/week, about ${hours} study hours (the guide's ${TIER_LABEL[step.tier]} ${planDays}-day plan)`,
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
