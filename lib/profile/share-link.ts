import type { Catalog } from "@/lib/catalog/schema";
import { formatDate } from "@/lib/dates/format-date";
import { isIsoDate } from "@/lib/dates/iso-date";
import { decodeStrings, parseProfile } from "@/lib/profile/parse-profile";
import { GOAL_LABELS } from "@/lib/profile/answer-labels";
import {
  DEFAULTS,
  FIELD_SCHEMAS,
  HOURS,
  LIST_FIELDS,
  PROFILE_FIELDS,
  START,
  YEARS,
  type Profile,
  type ProfileField,
} from "@/lib/profile/schema";
import { queryValues, type QueryInput } from "@/lib/profile/share-query";
import { withArticle } from "@/lib/text/article";
import { joinWords } from "@/lib/text/join-words";

/**
 * A share link as the roadmap page reads it: forgivingly. A link is often cut short or edited by hand, so a bad
 * value for a field that has a default (years, skills, held, goal, interests, hours, start) is replaced by that
 * default and the page says so in plain words; only a missing or unknown role blocks the plan, since nothing can
 * stand in for it. A start date that has passed moves to today. The CLI and the API stay strict (parseProfile):
 * a program that sends a bad value wants to hear about it, not get a plan for something else.
 */

export type SharedProfile =
  | {
      ok: true;
      profile: Profile;
      /** What the link asked for that could not be used, and what the plan uses instead. */
      notices: string[];
      /** Fields the link did not give (or gave unusably): the plan assumed their values. */
      assumed: ProfileField[];
    }
  | { ok: false; problems: string[] };

/** A value from the link, quoted and cut short, for a sentence. Text only: React escapes it. */
const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The sentence for a value of `field` that cannot be used, naming what is used instead. */
function replacedText(field: ProfileField, raw: string, today: string): string {
  switch (field) {
    case "years":
      return `The link gives ${quote(raw)} as years of experience; that must be a whole number from ${YEARS.min} to ${YEARS.max}, so this plan assumes ${DEFAULTS.years}.`;
    case "hours":
      return `The link asks for ${/^\s*-?\d+\s*$/.test(raw) ? raw.trim() : quote(raw)} hours a week; plans need ${HOURS.min} to ${HOURS.max}, so this plan uses ${DEFAULTS.hours}.`;
    case "goal":
      return `The link asks for the goal ${quote(raw)}, which certpath doesn't know, so this plan assumes “${GOAL_LABELS[DEFAULTS.goal].label}”.`;
    case "start":
      return isIsoDate(raw.trim())
        ? `The link's start date, ${raw.trim()}, is outside the years plans can use (${START.min.slice(0, 4)} to ${START.max.slice(0, 4)}), so this plan starts today, ${formatDate(today)}.`
        : `The link's start date, ${quote(raw)}, is not a real date, so this plan starts today, ${formatDate(today)}.`;
    default:
      return `The link's ${field} could not be read, so this plan leaves them out.`;
  }
}

const LIST_NOUNS = {
  skills: ["skill", "skills"],
  held: ["certification", "certifications"],
  interests: ["learning path", "learning paths"],
} as const;

/** Reads a share link's query into a profile, replacing what cannot be used (see the module comment). */
export function readSharedProfile(query: QueryInput, catalog: Catalog, { today }: { today: string }): SharedProfile {
  const values = queryValues(query);
  const decoded = decodeStrings(values);
  const roleNames = joinWords(catalog.roles.map((r) => r.name));
  const role = decoded.role;
  if (typeof role !== "string" || role === "") {
    return {
      ok: false,
      problems: [`The link doesn't say which role the roadmap is for. Roles certpath knows: ${roleNames}.`],
    };
  }
  if (!catalog.roles.some((r) => r.id === role)) {
    return {
      ok: false,
      problems: [
        `The link asks for the role ${quote(role)}, which certpath doesn't know. Roles it knows: ${roleNames}.`,
      ],
    };
  }

  const notices: string[] = [];
  const used: Record<string, unknown> = { role };
  for (const field of PROFILE_FIELDS) {
    if (field === "role" || decoded[field] === undefined) continue;
    const value = decoded[field];
    if ((LIST_FIELDS as readonly string[]).includes(field) && Array.isArray(value)) {
      const list = field as (typeof LIST_FIELDS)[number];
      const known = (item: unknown) =>
        FIELD_SCHEMAS[list].safeParse([item]).success &&
        (list !== "held" || catalog.certifications.some((c) => c.id === item));
      const kept = value.filter(known);
      const dropped = value.filter((item) => !known(item)).map(String);
      used[field] = kept;
      if (dropped.length > 0) {
        const [one, many] = LIST_NOUNS[list];
        notices.push(
          `The link lists ${plural(dropped.length, withArticle(one), many)} certpath doesn't know (${joinWords(dropped.map(quote))}), so this plan leaves ${plural(dropped.length, "it", "them")} out.`,
        );
      }
      continue;
    }
    const raw = values[field] ?? "";
    if (FIELD_SCHEMAS[field].safeParse(value).success) used[field] = value;
    else notices.push(replacedText(field, raw, today));
  }

  const start = typeof used.start === "string" ? used.start : undefined;
  if (start !== undefined && start < today) {
    notices.push(
      `The link's plan started on ${formatDate(start)}, which has passed, so this plan starts today, ${formatDate(today)}.`,
    );
    delete used.start;
  }

  const parsed = parseProfile(used, catalog, { today });
  if (!parsed.ok) return { ok: false, problems: parsed.issues.map((i) => `${i.path || "link"}: ${i.message}`) };
  const assumed = PROFILE_FIELDS.filter((field) => used[field] === undefined);
  return { ok: true, profile: parsed.profile, notices, assumed };
}
