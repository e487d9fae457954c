import type { $ZodIssue } from "zod/v4/core";
import {
  LIST_FIELDS,
  NUMBER_FIELDS,
  PROFILE_FIELDS,
  ProfileSchema,
  type Profile,
  type ProfileField,
  type ProfileIds,
} from "@/lib/profile/schema";
import { fieldHelp } from "@/lib/profile/field-help";

/** One thing wrong with an input: the field, the value given, and what is allowed instead. */
export type ProfileIssue = {
  /** The field name (`role`, `skills`, …), or "" when the input as a whole is wrong. */
  path: string;
  /** What is wrong and what to send instead; shown after the field's name (`hours: …`, `--hours: …`). */
  message: string;
  value?: string;
  allowed?: string[];
};

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] };

export type ParseOptions = {
  /** The start date to use when the input gives none (normally today). */
  today: string;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const isField = (key: PropertyKey | undefined): key is ProfileField =>
  typeof key === "string" && (PROFILE_FIELDS as readonly string[]).includes(key);

/** A short, printable rendering of any value a person or a program sent. */
export function showValue(value: unknown): string {
  let text: string;
  if (value === undefined) return "nothing";
  if (typeof value === "string") text = JSON.stringify(value);
  else if (typeof value === "number" && !Number.isFinite(value)) text = String(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function issueFor(field: ProfileField, value: unknown, problem: string, catalog: ProfileIds): ProfileIssue {
  const { accepts, allowed } = fieldHelp(field, catalog);
  const list = allowed ? `; allowed: ${allowed.join(", ")}` : "";
  return {
    path: field,
    message: `${problem}. Expected ${accepts}${list}.`,
    value: showValue(value),
    ...(allowed ? { allowed } : {}),
  };
}

function describeZodIssue(issue: $ZodIssue, input: Record<string, unknown>, catalog: ProfileIds): ProfileIssue[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      path: key,
      message: `Not a profile field. Allowed fields: ${PROFILE_FIELDS.join(", ")}.`,
      value: showValue(key),
      allowed: [...PROFILE_FIELDS],
    }));
  }
  const [field, index] = issue.path;
  if (!isField(field)) {
    return [{ path: "", message: `The profile must be an object with the fields ${PROFILE_FIELDS.join(", ")}.` }];
  }
  const whole = input[field];
  const value = typeof index === "number" && Array.isArray(whole) ? whole[index] : whole;
  const problem =
    value === undefined
      ? "missing"
      : issue.code === "invalid_type" && issue.expected === "array"
        ? `${showValue(value)} is not a list`
        : `${showValue(value)} is not allowed${zodDetail(issue.message)}`;
  return [issueFor(field, value, problem, catalog)];
}

/** zod's own words, in brackets, when they add something; its bare "Invalid input" says nothing the sentence doesn't. */
function zodDetail(message: string): string {
  const detail = message.replace(/^Invalid input:? ?/i, "").trim();
  return detail === "" ? "" : ` (${lowerFirst(detail)})`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Ids the catalog does not know, reported against the field that named them. */
function catalogIssues(input: Record<string, unknown>, catalog: ProfileIds): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  const { role, held } = input;
  if (typeof role === "string" && !catalog.roles.some((r) => r.id === role)) {
    issues.push(issueFor("role", role, `${showValue(role)} is not a known role`, catalog));
  }
  if (Array.isArray(held)) {
    for (const id of held) {
      if (typeof id === "string" && !catalog.certifications.some((c) => c.id === id)) {
        issues.push(issueFor("held", id, `${showValue(id)} is not a known certification`, catalog));
      }
    }
  }
  return issues;
}

/**
 * Validates an input object (a JSON body, or what a URL or the CLI decoded) into a profile.
 * Never throws: every problem comes back as an issue naming the field, the value and what is allowed.
 */
export function parseProfile(input: unknown, catalog: ProfileIds, options: ParseOptions): ProfileResult {
  if (!isRecord(input)) {
    return {
      ok: false,
      issues: [{ path: "", message: `The profile must be an object with the fields ${PROFILE_FIELDS.join(", ")}.` }],
    };
  }
  const withStart = input.start === undefined ? { ...input, start: options.today } : input;
  const result = ProfileSchema.safeParse(withStart);
  const known = catalogIssues(withStart, catalog);
  const structural = result.success
    ? []
    : result.error.issues
        .flatMap((i) => describeZodIssue(i, withStart, catalog))
        // A catalog issue on the same value says it better than a format error.
        .filter((i) => !known.some((k) => k.path === i.path && k.value === i.value));
  const issues = [...known, ...structural];
  if (issues.length > 0 || !result.success) return { ok: false, issues: sortIssues(issues) };
  return { ok: true, profile: result.data };
}

/** At most this many issues per field: a 16 KiB list of junk must not come back as a megabyte of errors. */
export const MAX_ISSUES_PER_FIELD = 5;

/** Issues in field order; past MAX_ISSUES_PER_FIELD for one field, a single line counts the rest. */
function sortIssues(issues: ProfileIssue[]): ProfileIssue[] {
  const rank = (p: string) => {
    const i = (PROFILE_FIELDS as readonly string[]).indexOf(p);
    return i === -1 ? PROFILE_FIELDS.length : i;
  };
  const sorted = issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => rank(a.issue.path) - rank(b.issue.path) || a.i - b.i)
    .map((x) => x.issue);
  const kept: ProfileIssue[] = [];
  const count = new Map<string, number>();
  for (const issue of sorted) {
    const n = (count.get(issue.path) ?? 0) + 1;
    count.set(issue.path, n);
    if (n <= MAX_ISSUES_PER_FIELD) kept.push(issue);
  }
  for (const [path, n] of count) {
    if (n <= MAX_ISSUES_PER_FIELD) continue;
    const last = kept.findLastIndex((i) => i.path === path);
    const more = n - MAX_ISSUES_PER_FIELD;
    kept.splice(last + 1, 0, {
      path,
      message: `…and ${more} more ${more === 1 ? "value" : "values"} not allowed here.`,
    });
  }
  return kept;
}

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * Turns text values (a URL query or command-line flags) into the shapes the schema expects:
 * lists split on commas, numbers read strictly, so "5x" stays text and is reported, not truncated.
 */
export function decodeStrings(values: Readonly<Partial<Record<ProfileField, string>>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const raw = values[field];
    if (raw === undefined) continue;
    const text = raw.trim();
    if ((LIST_FIELDS as readonly string[]).includes(field)) {
      out[field] = text
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "");
    } else if ((NUMBER_FIELDS as readonly string[]).includes(field)) {
      // "-0" becomes 0; digits too many to represent stay text, so the message shows them.
      const n = Number(text);
      out[field] = NUMBER.test(text) && Number.isFinite(n) ? n + 0 : raw;
    } else {
      out[field] = text;
    }
  }
  return out;
}
