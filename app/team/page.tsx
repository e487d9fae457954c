import type { Metadata } from "next";
import { catalog } from "@/data/catalog";
import { CsvFormat } from "@/components/team/csv-format";
import { TeamPlanner } from "@/components/team/team-planner";
import { knownIdsOf } from "@/lib/saved/saved-state";

export const metadata: Metadata = {
  title: "Plan for a team",
  description:
    "Import your team from a CSV file and plan everyone's certifications at once: who takes what and when, the study hours per month, and what the team will hold by quarter. Nothing leaves your browser.",
};

/** /team: the page is static; the team itself lives in the browser and is planned there. */
export default function TeamPage() {
  return (
    <>
      <h1>Plan for a team</h1>
      <p className="lead prose">
        Import your team from a spreadsheet and get everyone&apos;s roadmap at once: who should take what, in which
        order and when, the study hours per month, and what the team will hold by quarter.
      </p>
      <p className="prose">
        <strong>Nothing leaves this browser.</strong> The file is read and planned on this device and the team is saved
        here only; certpath has no account and sends your team nowhere.
      </p>
      <CsvFormat />
      <TeamPlanner known={knownIdsOf(catalog)} />
    </>
  );
}
