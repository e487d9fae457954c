import type { Catalog, Certification } from "@/lib/catalog/schema";
import { GOAL_IDS } from "@/lib/catalog/ids";
import { GOAL_LABELS } from "@/lib/profile/answer-labels";

/** One answer a person can choose: the id that is stored, the name they read, and an optional hint. */
export type NamedOption = { id: string; name: string; hint?: string };

/**
 * Everything the questionnaire shows as a choice, as plain serialisable lists: the page sends this to the
 * browser instead of the whole catalog.
 */
export type QuestionnaireOptions = {
  roles: NamedOption[];
  skills: NamedOption[];
  /** Certifications a person may hold: the program's levels in their order, then the others. */
  certifications: { programName: string; levels: NamedOption[]; others: NamedOption[] };
  goals: NamedOption[];
  paths: NamedOption[];
};

const certificationOption = (c: Certification): NamedOption => ({ id: c.id, name: c.name, hint: c.summary });

/** Builds the questionnaire's choice lists from a catalog. */
export function questionnaireOptions(catalog: Catalog): QuestionnaireOptions {
  const levels = catalog.certifications
    .flatMap((c) => (c.kind === "level" ? [c] : []))
    .sort((a, b) => a.order - b.order)
    .map(certificationOption);
  const others = catalog.certifications.filter((c) => c.kind !== "level").map(certificationOption);
  return {
    roles: catalog.roles.map((r) => ({ id: r.id, name: r.name })),
    skills: catalog.skills.map((s) => ({ id: s.id, name: s.name, hint: s.description })),
    certifications: { programName: catalog.program.name, levels, others },
    goals: GOAL_IDS.map((id) => ({ id, name: GOAL_LABELS[id].label, hint: GOAL_LABELS[id].hint })),
    paths: catalog.paths.map((p) => ({
      id: p.id,
      name: p.name,
      // Said before it is ticked: a path no listed certification covers (AIOps) adds nothing to the plan.
      hint:
        p.certifications.length === 0
          ? `${p.summary} No certification here covers it yet, so it adds no step.`
          : p.summary,
    })),
  };
}
