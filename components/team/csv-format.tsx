import { HOURS, YEARS } from "@/lib/profile/schema";
import { MAX_TEAM_PEOPLE } from "@/lib/team/team-member";

/** How to write the team's CSV, on the page (the README and docs/team.md say the same). */
export function CsvFormat() {
  return (
    <details className="prose">
      <summary>How to write the CSV</summary>
      <ul>
        <li>
          The first row names the columns, in any order: <code>name</code>, <code>role</code>, <code>years</code>,{" "}
          <code>skills</code>, <code>held</code>, <code>goal</code>, <code>interests</code>, <code>hours</code>,{" "}
          <code>start</code>. Only <code>name</code> and <code>role</code> are required.
        </li>
        <li>
          Values are the ids the questionnaire and the command line use (<code>sre</code>, <code>mlops-foundation</code>
          ); a list separates its items with <code>;</code>, as in <code>python;cloud</code>.
        </li>
        <li>
          Empty cells take the questionnaire&apos;s defaults: {YEARS.min} years, no skills, nothing held, goal{" "}
          <code>hands-on</code>, no interests, 5 hours a week ({HOURS.min}–{HOURS.max}), starting today.
        </li>
        <li>
          Up to {MAX_TEAM_PEOPLE.toLocaleString("en")} people. Rows with a problem are listed as &ldquo;Row N: …&rdquo;
          (the header is row 1) and the others are still planned. A column certpath doesn&apos;t read is ignored.
        </li>
      </ul>
    </details>
  );
}
