import { Link } from "@/components/ui/link";
import type { Catalog } from "@/lib/catalog/schema";
import { FIELD_LABELS, GOAL_LABELS } from "@/lib/profile/answer-labels";
import type { Profile, ProfileField } from "@/lib/profile/schema";
import { profileNames } from "@/lib/recommender/roadmap-labels";
import { DateText } from "@/components/roadmap/date-text";
import { plural } from "@/components/roadmap/labels";
import { Disclosure } from "@/components/ui/disclosure";
import styles from "@/components/roadmap/roadmap-view.module.css";

/** The answers the plan was worked out from, by the names a person reads, with the way back to change them. */
export function AnswersSummary({
  profile,
  catalog,
  assumed = [],
}: {
  profile: Profile;
  catalog: Catalog;
  /** Fields the person did not give: their values are marked "(assumed)". */
  assumed?: readonly ProfileField[];
}) {
  const names = profileNames(profile, catalog);
  const interests = profile.interests.map((id) => catalog.paths.find((p) => p.id === id)?.name ?? id);
  const rows = [
    { key: "role", value: names.role },
    { key: "years", value: plural(profile.years, "year") },
    { key: "skills", value: names.skills.join(", ") || "None listed" },
    { key: "held", value: names.held.join(", ") || "None" },
    { key: "goal", value: GOAL_LABELS[profile.goal].label },
    { key: "interests", value: interests.join(", ") || "None" },
    { key: "hours", value: plural(profile.hours, "hour") },
    { key: "start", value: <DateText iso={profile.start} /> },
  ] as const;
  return (
    <section aria-labelledby="answers-heading" className={styles.section}>
      <h2 id="answers-heading">Your answers</h2>
      {/* Closed by default so the plan scans in a few screens; the role, start and hours are in the lead above. */}
      <Disclosure summary="Show your answers" hint={`: ${plural(rows.length, "answer")} the plan is worked out from`}>
        <dl className={styles.answers}>
          {rows.map((row) => (
            <div key={row.key} className={styles.answer}>
              <dt>{FIELD_LABELS[row.key]}</dt>
              <dd>
                {row.value}
                {assumed.includes(row.key) ? " (assumed)" : null}
              </dd>
            </div>
          ))}
        </dl>
      </Disclosure>
      <p className="no-print">
        <Link href="/assess">Change your answers</Link>
      </p>
    </section>
  );
}
