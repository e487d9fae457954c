import type { Catalog } from "@/lib/catalog/schema";
import { indexCatalog } from "@/lib/recommender/catalog-index";
import { certificationName, rangeText } from "@/lib/recommender/roadmap-labels";
import type { Roadmap } from "@/lib/recommender/roadmap-schema";
import { ALTERNATIVE_LABELS, plural, validityOf } from "@/components/roadmap/labels";
import { ReasonList } from "@/components/about/guide-text";
import { Disclosure } from "@/components/ui/disclosure";
import styles from "@/components/roadmap/roadmap-view.module.css";

/** What may stand in the way, said before the steps so it is read first. */
export function Warnings({ warnings }: { warnings: Roadmap["warnings"] }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="warnings-heading" className={`${styles.section} ${styles.warnings}`}>
      <h2 id="warnings-heading">Watch out</h2>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.code}-${warning.text}`}>{warning.text}</li>
        ))}
      </ul>
    </section>
  );
}

/** Certifications beside the path, each with the kind of move it is and why it is offered. */
export function Alternatives({ alternatives, catalog }: { alternatives: Roadmap["alternatives"]; catalog: Catalog }) {
  if (alternatives.length === 0) return null;
  return (
    <section aria-labelledby="alternatives-heading" className={styles.section}>
      <h2 id="alternatives-heading">Also worth a look</h2>
      <Disclosure
        summary={`Show ${plural(alternatives.length, "more certification")}`}
        hint=" beside your path, and why each is offered"
      >
        <ul className={styles.cards}>
          {alternatives.map((alt) => (
            <li key={alt.certificationId} className={styles.card}>
              <h3 className={styles.cardTitle}>
                {certificationName(catalog, alt.certificationId)}{" "}
                <span className={styles.kind}>{ALTERNATIVE_LABELS[alt.kind]}</span>
              </h3>
              <ReasonList reasons={alt.reasons} />
            </li>
          ))}
        </ul>
      </Disclosure>
    </section>
  );
}

/** What the person already holds, and when to think about renewing it. */
export function HeldCertifications({ held, catalog }: { held: readonly string[]; catalog: Catalog }) {
  const index = indexCatalog(catalog);
  if (held.length === 0) return null;
  return (
    <section aria-labelledby="held-heading" className={styles.section}>
      <h2 id="held-heading">Certifications you hold</h2>
      <ul>
        {held.map((id) => {
          const certification = index.byId.get(id);
          const validity = certification ? validityOf(certification, catalog) : catalog.program.facts.validityYears;
          return (
            <li key={id}>
              <strong>{certificationName(catalog, id)}</strong>: valid {rangeText(validity)} years from when you passed;
              recertify or step up a level before then.
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The figures and readings the plan rests on, so a person can see how it was worked out. */
export function Assumptions({ assumptions }: { assumptions: Roadmap["assumptions"] }) {
  return (
    <section aria-labelledby="assumptions-heading" className={styles.section}>
      <h2 id="assumptions-heading">How this plan was worked out</h2>
      <Disclosure summary="Show the rules and figures" hint=" behind the reasons and dates">
        <p>
          Each reason above comes from one of certpath&apos;s rules applied to your answers. The dates rest on these
          figures:
        </p>
        <ul>
          {assumptions.map((assumption) => (
            <li key={assumption.id}>{assumption.text}</li>
          ))}
        </ul>
      </Disclosure>
    </section>
  );
}
