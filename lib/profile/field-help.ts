import { GOAL_IDS, PATH_IDS, SKILL_IDS } from "@/lib/catalog/ids";
import { DEFAULTS, HOURS, START, YEARS, type ProfileField, type ProfileIds } from "@/lib/profile/schema";

// Apart from the schema: only error messages and the CLI's help need these words, so pages that merely check
// answers (the questionnaire, the saved state) do not carry them.

/** What each field accepts, in words, with the allowed ids where there is a fixed set. */
export function fieldHelp(field: ProfileField, catalog: ProfileIds): { accepts: string; allowed?: string[] } {
  switch (field) {
    case "role":
      return { accepts: "one role id (required)", allowed: catalog.roles.map((r) => r.id) };
    case "years":
      return {
        accepts: `years of work experience, a whole number from ${YEARS.min} to ${YEARS.max} (default ${DEFAULTS.years})`,
      };
    case "skills":
      return { accepts: "skills you already have, comma-separated (default none)", allowed: [...SKILL_IDS] };
    case "held":
      return {
        accepts: "certification ids you already hold, comma-separated (default none)",
        allowed: catalog.certifications.map((c) => c.id),
      };
    case "goal":
      return { accepts: `where you want to go next (default ${DEFAULTS.goal})`, allowed: [...GOAL_IDS] };
    case "interests":
      return { accepts: "learning paths that interest you, comma-separated (default none)", allowed: [...PATH_IDS] };
    case "hours":
      return {
        accepts: `study hours per week, a whole number from ${HOURS.min} to ${HOURS.max} (default ${DEFAULTS.hours})`,
      };
    case "start":
      return { accepts: `the date you start, as YYYY-MM-DD from ${START.min} to ${START.max} (default today)` };
  }
}
