import { TEAM_CSV_TEMPLATE } from "@/lib/team/team-member";

/** "Download a CSV template": the header row and two example people, built at `next build`. */
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(TEAM_CSV_TEMPLATE, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="certpath-team-template.csv"',
    },
  });
}
