import { z } from "zod/mini";
import { lazySchema } from "@/lib/zod/lazy-schema";
import { ProfileSchema, type ProfileIds } from "@/lib/profile/schema";
import { MAX_NAME_LENGTH, TEAM_COLUMNS } from "@/lib/team/team-shape";
import { parseProfile, showValue, type ProfileIssue } from "@/lib/profile/parse-profile";

export {
  MAX_NAME_LENGTH,
  MAX_TEAM_PEOPLE,
  REQUIRED_COLUMNS,
  TEAM_COLUMNS,
  type TeamColumn,
} from "@/lib/team/team-shape";

/**
 * A member of a team: a name, where they came from (the CSV line, or the API's list index) and a profile.
 * The profile is the one ProfileSchema every other entrance uses; a name is plain text, shown as typed.
 */

export const NameSchema = lazySchema(() =>
  z.string().check(
    z.refine((name) => name.trim() !== "", { message: "every person needs a name" }),
    z.maxLength(MAX_NAME_LENGTH, { message: `use at most ${MAX_NAME_LENGTH} characters` }),
  ),
);

export const TeamMemberSchema = lazySchema(() =>
  z.strictObject({
    /** The CSV line the person came from (the header is line 1), or their position in an API request. */
    row: z.int().check(z.minimum(0)),
    name: NameSchema,
    profile: ProfileSchema,
  }),
);
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/** One problem with one person: the column (or field) and what is wrong, naming the value and what is allowed. */
export type MemberIssue = { column: string; message: string };

/** A row of a file that was not planned, and why: the CSV import's and the CLI's "Row N: …" lines. */
export type RowRejection = { row: number; issues: MemberIssue[] };

/** "Row 4: role: "x" is not a known role. Expected …": one line per rejected row, each issue naming its column. */
export function rejectionText({ row, issues }: RowRejection): string {
  const parts = issues.map(({ column, message }) => (column === "" ? message : `${column}: ${message}`));
  return `Row ${row}: ${parts.join(" ")}`;
}

/** The template the page offers: the header row and two example people, CRLF line ends. */
export const TEAM_CSV_TEMPLATE = [
  TEAM_COLUMNS.join(","),
  "Ana Costa,sre,5,python;cloud,mlops-foundation,architect,sre;finops,8,2027-01-04",
  '"Lee, Sam",data-scientist,2,python;ml-basics,,hands-on,mlops,5,2027-02-01',
  "",
].join("\r\n");

/** Checks a name; the message names the value and what is allowed. */
export function nameIssue(name: unknown): MemberIssue | undefined {
  if (name === undefined || (typeof name === "string" && name.trim() === "")) {
    return { column: "name", message: "missing. Every person needs a name (any text)." };
  }
  const parsed = NameSchema.safeParse(name);
  if (parsed.success) return undefined;
  const problem = typeof name === "string" ? `${showValue(name)} is too long` : `${showValue(name)} is not text`;
  return { column: "name", message: `${problem}. Expected any text of 1 to ${MAX_NAME_LENGTH} characters.` };
}

const toMemberIssue = (issue: ProfileIssue): MemberIssue => ({ column: issue.path, message: issue.message });

/**
 * Builds a member from a name and a profile-shaped input (strings already decoded), checking both.
 * Never throws: every problem comes back as an issue naming the column, the value and what is allowed.
 */
export function memberFrom(
  row: number,
  name: unknown,
  input: Record<string, unknown>,
  known: ProfileIds,
  today: string,
): { ok: true; member: TeamMember } | { ok: false; issues: MemberIssue[] } {
  const badName = nameIssue(name);
  const profile = parseProfile(input, known, { today });
  const issues = [...(badName ? [badName] : []), ...(profile.ok ? [] : profile.issues.map(toMemberIssue))];
  if (issues.length > 0 || !profile.ok || typeof name !== "string") return { ok: false, issues };
  return { ok: true, member: { row, name: name.trim(), profile: profile.profile } };
}

/** People who share a name (ignoring case and surrounding spaces): each member's row → the other rows. */
export function duplicateNames(people: readonly Pick<TeamMember, "row" | "name">[]): Map<number, number[]> {
  const byName = new Map<string, number[]>();
  for (const { row, name } of people) {
    const key = name.trim().toLocaleLowerCase("en");
    const rows = byName.get(key);
    if (rows) rows.push(row);
    else byName.set(key, [row]);
  }
  const out = new Map<number, number[]>();
  for (const rows of byName.values()) {
    if (rows.length < 2) continue;
    for (const row of rows)
      out.set(
        row,
        rows.filter((r) => r !== row),
      );
  }
  return out;
}

/** "Rows 2 and 5 have the same name, "Ana Costa"": one note per shared name. */
export function duplicateNotes(people: readonly Pick<TeamMember, "row" | "name">[]): string[] {
  const seen = new Set<number>();
  const notes: string[] = [];
  const duplicates = duplicateNames(people);
  for (const { row, name } of people) {
    const others = duplicates.get(row);
    if (!others || seen.has(row)) continue;
    const rows = [row, ...others].sort((a, b) => a - b);
    for (const r of rows) seen.add(r);
    const list = `${rows.slice(0, -1).join(", ")} and ${rows.at(-1)}`;
    notes.push(
      `Rows ${list} have the same name, ${JSON.stringify(name)}: both are planned; check they are different people.`,
    );
  }
  return notes;
}
