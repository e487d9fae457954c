import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import styles from "@/components/compare/certification-detail-view.module.css";
import tableStyles from "@/components/compare/sortable-table.module.css";
import type { CertificationDetail } from "@/lib/compare/certification-detail";
import { levelOrderText, nextStepPrefix, rangeText } from "@/lib/compare/level-rows";
import { isCertpaths, type SourcedText } from "@/lib/catalog/source";
import { SourceNote } from "@/components/ui/source-note";

/**
 * A certification's own page: everything the catalog knows about it. A server component: it ships no
 * JavaScript, and every link is a plain navigation. Each block says where it comes from (the guide's section,
 * or certpath's estimate or reading with its basis), since this is where a person decides what to take.
 */

const PLACEMENT_TEXT = {
  entry: "An entry point of its own, beside the program's Foundation level.",
  "cross-track": "A cross-track step into a neighbouring discipline.",
  leadership: "A move towards leadership and strategy.",
  specialisation: "A specialisation in a particular platform or setting.",
} as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Items({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** A list of sentences, each followed by where it comes from. */
function SourcedItems({ items }: { items: readonly SourcedText[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.text}>
          {item.text}
          <SourceNote source={item.source} />
        </li>
      ))}
    </ul>
  );
}

export function CertificationDetailView({ detail }: { detail: CertificationDetail }) {
  const c = detail.certification;
  const level = c.kind === "level" ? c : null;
  const neighbour = c.kind === "neighbour" ? c : null;
  const follows = detail.next.find((n) => n.relation === "follows");
  const onward = detail.next.filter((n) => n.relation !== "follows");
  const src = detail.sources;
  // Facts in the summary list that are certpath's own get a note under the list; the guide's need none there.
  const factNotes = [
    { subject: "Track", source: src.track },
    { subject: "Learning paths", source: src.path },
    ...(level ? [{ subject: "Validity and pass mark", source: src.figures }] : []),
  ].filter((n) => isCertpaths(n.source));

  return (
    <article className={styles.page}>
      <p>
        <Link href="/compare">Compare all certifications</Link>
      </p>
      <h1>{c.name}</h1>
      <p className="lead">{c.summary}</p>
      <p>
        <Link href="/about">About the program</Link>: its levels, how the exam works, and what the guide these facts
        come from does and does not say.
      </p>

      <dl className={styles.facts}>
        <div>
          <dt>Kind</dt>
          <dd>{level ? `Program level ${level.order}` : "Neighbouring certification"}</dd>
        </div>
        <div>
          <dt>Track</dt>
          <dd>{detail.track.name}</dd>
        </div>
        {neighbour && (
          <div>
            <dt>Place in the program</dt>
            <dd>
              {follows ? (
                <>
                  After <Link href={`/levels/${follows.id}`}>{follows.name}</Link>
                </>
              ) : (
                levelOrderText(null)
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>Learning paths</dt>
          <dd>{detail.paths.map((p) => p.name).join(", ")}</dd>
        </div>
        <div>
          <dt>Validity</dt>
          <dd>{level ? rangeText(level.validityYears, "years") : "Not stated by the guide"}</dd>
        </div>
        <div>
          <dt>Pass mark</dt>
          <dd>{level ? `${level.passMarkPercent}%` : "Not stated by the guide"}</dd>
        </div>
      </dl>

      {factNotes.map((n) => (
        <SourceNote key={n.subject} subject={n.subject} source={n.source} />
      ))}

      <p className="button-row">
        <Link href={detail.compareHref} className="button">
          {detail.compareWith ? `Compare with ${detail.compareWith.name}` : "Compare it with others"}
        </Link>
      </p>

      {level && (
        <Section id="about" title="What it is">
          <Items items={level.about} />
          <SourceNote source={c.source} />
          <p>The whole program teaches {detail.programScope.text}</p>
          <SourceNote source={detail.programScope.source} />
        </Section>
      )}

      <Section id="who" title="Who it is for">
        {level ? (
          <>
            <p>For {level.forWhom}, in particular:</p>
            <Items items={level.audience} />
            <SourceNote source={src.audience} />
            {detail.programAudiences.length > 0 && (
              <>
                <p>The guide also names these people for the program as a whole:</p>
                <SourcedItems items={detail.programAudiences} />
              </>
            )}
          </>
        ) : (
          neighbour && (
            <>
              <p>{PLACEMENT_TEXT[neighbour.placement]}</p>
              <SourceNote source={src.placement} />
            </>
          )
        )}
        {detail.recommendedFor.length > 0 && (
          <>
            <p>certpath recommends it for these roles:</p>
            <ul>
              {detail.recommendedFor.map((r) => (
                <li key={r.id}>
                  <Link href={`/assess?role=${encodeURIComponent(r.id)}`}>{r.name}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section id="prerequisites" title="Prerequisites">
        <SourcedItems items={detail.prerequisites} />
        {detail.prerequisiteLevels.length > 0 && (
          <>
            <h3>Levels to hold first</h3>
            <ul>
              {detail.prerequisiteLevels.map((p) => (
                <li key={p.id}>
                  <Link href={`/levels/${p.id}`}>{p.name}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
        {detail.requiredSkills.length > 0 && (
          <>
            <h3>Skills you need</h3>
            <Items items={detail.requiredSkills} />
          </>
        )}
        {detail.recommendedSkills.length > 0 && (
          <>
            <h3>Skills that help</h3>
            <Items items={detail.recommendedSkills} />
          </>
        )}
        {level?.equivalent && (
          <>
            <h3>Experience instead of a level</h3>
            <p>{level.equivalent.text}</p>
            <SourceNote source={level.equivalent.source} />
          </>
        )}
      </Section>

      <Section id="skills" title={level ? "Skills covered" : "Skills it builds"}>
        {level ? <Items items={level.skillsCovered} /> : <Items items={detail.skillsBuilt} />}
        {level && detail.skillsBuilt.length > 0 && <p>It builds these skills: {detail.skillsBuilt.join(", ")}.</p>}
        <SourceNote source={level ? src.skillsCovered : src.skillsBuilt} />
      </Section>

      {level && (
        <Section id="projects" title="Projects">
          <Items items={level.projects} />
          <SourceNote source={src.projects} />
        </Section>
      )}

      <Section id="preparation" title="Preparation plans">
        <SourceNote source={detail.prep.source} />
        <div role="region" aria-labelledby="prep-caption" tabIndex={0} className={tableStyles.scroller}>
          <table className={tableStyles.table}>
            <caption id="prep-caption" className={tableStyles.caption}>
              Three ways to prepare
            </caption>
            <thead>
              <tr>
                <th scope="col">Plan</th>
                <th scope="col">Days</th>
                <th scope="col">Focus</th>
              </tr>
            </thead>
            <tbody>
              {detail.prep.tiers.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.label}</th>
                  <td>{rangeText(t.days, "days")}</td>
                  <td>{t.focus}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      {level && (
        <Section id="mistakes" title="Common mistakes">
          <Items items={level.mistakes} />
          <SourceNote source={src.mistakes} />
        </Section>
      )}

      <Section id="next" title="Next steps">
        {onward.length === 0 && detail.followedBy.length === 0 ? (
          <p>
            The guide names no step after this certification.
            {follows && (
              <>
                {" "}
                It comes after <Link href={`/levels/${follows.id}`}>{follows.name}</Link>.
              </>
            )}
          </p>
        ) : (
          <ul>
            {onward.map((n) => (
              <li key={`${n.relation}-${n.id}`}>
                {nextStepPrefix(n.relation)}
                <Link href={`/levels/${n.id}`}>{n.name}</Link>
              </li>
            ))}
            {detail.followedBy.map((f) => (
              <li key={`followed-${f.id}`}>
                Taken after it: <Link href={`/levels/${f.id}`}>{f.name}</Link>
              </li>
            ))}
          </ul>
        )}
        {detail.nextBeyond && <p>{detail.nextBeyond}</p>}
        {detail.nextSource && <SourceNote source={detail.nextSource} />}
      </Section>

      {c.notes.length > 0 && (
        <Section id="notes" title="Where certpath estimated">
          <p>The guide leaves some facts out; here is what certpath inferred, and why.</p>
          <Items items={c.notes} />
        </Section>
      )}

      <Section id="providers" title="Training providers">
        {detail.providers.length === 0 ? (
          <p>The guide names no provider for this certification&apos;s learning paths.</p>
        ) : (
          <ul>
            {detail.providers.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong>: {p.focus}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </article>
  );
}
