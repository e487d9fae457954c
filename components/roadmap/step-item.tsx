import { memo } from "react";
import { Link } from "@/components/ui/link";
import type { Catalog } from "@/lib/catalog/schema";
import { addYears } from "@/lib/dates/iso-date";
import type { Profile } from "@/lib/profile/schema";
import { indexCatalog } from "@/lib/recommender/catalog-index";
import { prepText, rangeText, trackLabel } from "@/lib/recommender/roadmap-labels";
import type { Step } from "@/lib/recommender/roadmap-schema";
import { DateText } from "@/components/roadmap/date-text";
import { TIER_LABELS, validityOf } from "@/components/roadmap/labels";
import { progressOf } from "@/lib/saved/progress-of";
import { STATUS_LABELS } from "@/lib/saved/saved-shape";
import { useAppStore } from "@/components/state/store-provider";
import { StepStatusControls } from "@/components/roadmap/step-progress";
import { preloadable } from "@/components/ui/preloadable";
import { useDrawnWhenOpened } from "@/components/ui/use-drawn-when-opened";
import { Disclosure } from "@/components/ui/disclosure";
import { SourceNote } from "@/components/ui/source-note";
import { ReasonList } from "@/components/about/guide-text";
import styles from "@/components/roadmap/step-item.module.css";

// The notes field (its live count and paste message) loads apart from the page's first load (npm run perf) and
// is drawn when its step is first opened (saved notes print as text without it); its code is fetched once the
// person starts using the page, so it is there when they open a step.
const NotesField = preloadable(() => import("@/components/roadmap/step-notes").then((m) => m.StepNotesField));

type Props = {
  step: Step;
  position: number;
  profile: Profile;
  catalog: Catalog;
};

/**
 * One step of the roadmap. Its summary (number, name, dates, the main reason, progress) is always shown; the
 * rest (every reason, time, skills, projects, mistakes, plans, providers, renewal, notes) is behind a native
 * disclosure, so a plan scans in a few screens. components/roadmap/use-step-disclosure.ts opens it for a
 * #step- link and for printing. Memoised: the roadmap draws again when saved progress arrives after hydration,
 * and a step whose own props did not change (most of them, on a first visit) is left as it is.
 */
export const StepItem = memo(function StepItem({ step, position, profile, catalog }: Props) {
  // This step's saved progress, read here so that progress arriving or changing redraws this step only.
  const progress = useAppStore((s) => progressOf(s.progress, step.certificationId));
  const index = indexCatalog(catalog);
  const certification = index.byId.get(step.certificationId);
  const id = step.certificationId;
  const name = certification?.shortName ?? id;
  const headingId = `step-${id}-heading`;
  const { shown: notesShown, onToggle, ref: detailsRef } = useDrawnWhenOpened(NotesField.preload);
  const skillName = (skill: string) => index.skillNames.get(skill) ?? skill;
  const built = certification?.skillsBuilt ?? [];
  const gap = built.filter((s) => !profile.skills.includes(s)).map(skillName);
  const have = built.filter((s) => profile.skills.includes(s)).map(skillName);
  const providers = certification ? catalog.providers.filter((p) => p.paths.includes(certification.path)) : [];
  const status = progress?.status ?? "not-started";
  const doneOn = status === "done" ? progress?.doneOn : undefined;
  const validity = certification ? validityOf(certification, catalog) : catalog.program.facts.validityYears;
  const validFrom = doneOn ?? step.end;

  const [mainReason] = step.reasons;

  return (
    <li id={`step-${id}`} className={styles.step} aria-labelledby={headingId}>
      <header className={styles.header}>
        <p className={styles.number}>Step {position}</p>
        <h3 id={headingId} className={styles.title}>
          {name} <span className={styles.track}>{trackLabel(catalog, id)}</span>
        </h3>
        <p className={styles.dates}>
          <DateText iso={step.start} /> to <DateText iso={step.end} />
        </p>
        {mainReason && (
          <p className={styles.why}>
            <strong>Why:</strong> {mainReason.text}
          </p>
        )}
        {certification && <SourceNote source={certification.source} />}
        <p className={styles.status} data-status={status}>
          <span className={styles.statusMark} aria-hidden="true" />
          <span>
            Status: <strong>{STATUS_LABELS[status]}</strong>
            {doneOn && (
              <>
                {" "}
                (marked done on <DateText iso={doneOn} />)
              </>
            )}
          </span>
        </p>
      </header>

      <StepStatusControls id={id} name={name} progress={progress} />

      <Disclosure
        className={styles.more}
        data-step-details=""
        ref={detailsRef}
        onToggle={onToggle}
        summary={`More about ${name}`}
        hint=": reasons, time, skills, plans, providers, renewal, notes"
      >
        {certification && (
          <p className={styles.summary}>
            {certification.summary}{" "}
            <Link href={`/levels/${id}`} prefetch={false}>
              All about {name}
            </Link>
          </p>
        )}

        <section className={styles.block} aria-labelledby={`${headingId}-why`}>
          <h4 id={`${headingId}-why`}>Why this step</h4>
          <ReasonList reasons={step.reasons} />
        </section>

        <section className={styles.block} aria-labelledby={`${headingId}-time`}>
          <h4 id={`${headingId}-time`}>Time and dates</h4>
          <p>{prepText(step, catalog, profile.hours)}.</p>
          <p>
            Planned from <DateText iso={step.start} /> to <DateText iso={step.end} />.
          </p>
        </section>

        <div className={styles.details}>
          <section className={styles.block} aria-labelledby={`${headingId}-skills`}>
            <h4 id={`${headingId}-skills`}>Skills it builds</h4>
            {gap.length > 0 ? (
              <>
                <p>New to you:</p>
                <ul>
                  {gap.map((skill) => (
                    <li key={skill}>{skill}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>Nothing you don&apos;t have already: it deepens skills you listed.</p>
            )}
            {have.length > 0 && <p>You already have: {have.join(", ")}.</p>}
          </section>

          {certification?.kind === "level" && (
            <>
              <section className={styles.block} aria-labelledby={`${headingId}-projects`}>
                <h4 id={`${headingId}-projects`}>Projects to build</h4>
                <ul>
                  {certification.projects.map((project) => (
                    <li key={project}>{project}</li>
                  ))}
                </ul>
              </section>
              <section className={styles.block} aria-labelledby={`${headingId}-mistakes`}>
                <h4 id={`${headingId}-mistakes`}>Common mistakes</h4>
                <ul>
                  {certification.mistakes.map((mistake) => (
                    <li key={mistake}>{mistake}</li>
                  ))}
                </ul>
              </section>
            </>
          )}

          {certification && (
            <section className={styles.block} aria-labelledby={`${headingId}-plan`}>
              <h4 id={`${headingId}-plan`}>Preparation plans</h4>
              <ul className={styles.tiers}>
                {certification.prep.tiers.map((tier) => (
                  <li key={tier.id} className={tier.id === step.tier ? styles.chosen : undefined}>
                    <strong>
                      {TIER_LABELS[tier.id]}, {rangeText(tier.days)} days
                    </strong>
                    {tier.id === step.tier && <strong className={styles.chosenLabel}> (your plan)</strong>}:{" "}
                    {tier.focus}
                  </li>
                ))}
              </ul>
              <SourceNote source={certification.prep.source} />
            </section>
          )}

          <section className={styles.block} aria-labelledby={`${headingId}-train`}>
            <h4 id={`${headingId}-train`}>Where to train</h4>
            {providers.length > 0 ? (
              <ul>
                {providers.map((provider) => (
                  <li key={provider.id}>
                    <strong>{provider.name}</strong>: {provider.focus}
                  </li>
                ))}
              </ul>
            ) : (
              <p>No training provider in certpath&apos;s list covers this path.</p>
            )}
          </section>

          <section className={styles.block} aria-labelledby={`${headingId}-renewal`}>
            <h4 id={`${headingId}-renewal`}>Renewal</h4>
            <p>
              Valid until about <DateText iso={addYears(validFrom, validity.min)} /> to{" "}
              <DateText iso={addYears(validFrom, validity.max)} />, counting {rangeText(validity)} years from{" "}
              {doneOn ? (
                <>
                  <DateText iso={doneOn} />, when you marked it done
                </>
              ) : (
                <>
                  the end of this step (<DateText iso={step.end} />)
                </>
              )}
              . Then recertify or step up a level.
            </p>
          </section>
        </div>

        {progress?.notes && (
          <section className={styles.printOnly} aria-labelledby={`${headingId}-notes`}>
            <h4 id={`${headingId}-notes`}>Your notes</h4>
            <p className={styles.notes}>{progress.notes}</p>
          </section>
        )}

        {notesShown && <NotesField.Component id={id} name={name} progress={progress} fallback={null} />}
      </Disclosure>
    </li>
  );
});
