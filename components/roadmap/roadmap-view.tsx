"use client";

import { Link } from "@/components/ui/link";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Catalog } from "@/lib/catalog/schema";
import { LoadingSavedAnswers } from "@/components/roadmap/loading-saved-answers";
import { todayIso } from "@/lib/dates/iso-date";
import type { parseProfile } from "@/lib/profile/parse-profile";
import type { Profile, ProfileField } from "@/lib/profile/schema";
import type { SharedProfile } from "@/lib/profile/share-link";
import { hasProfileQuery, profileToQuery } from "@/lib/profile/query-text";
import { recommend } from "@/lib/recommender/recommend";
import { NO_STEPS_TEXT, profileNames } from "@/lib/recommender/roadmap-labels";
import { withArticle } from "@/lib/text/article";
import { useAppStore } from "@/components/state/store-provider";
import { preloadable } from "@/components/ui/preloadable";
import { setAddress } from "@/components/ui/set-address";
import { AnswersSummary } from "@/components/roadmap/answers-summary";
import { DateText } from "@/components/roadmap/date-text";
import { plural } from "@/components/roadmap/labels";
import { NotAnswered } from "@/components/roadmap/not-answered";
import { OverallProgress } from "@/components/roadmap/overall-progress";
import { Alternatives, Assumptions, HeldCertifications, Warnings } from "@/components/roadmap/roadmap-extras";
import { RoadmapProgramMap } from "@/components/roadmap/roadmap-program-map";
import { RoadmapTimeline } from "@/components/roadmap/roadmap-timeline";
import { RoadmapToolbar } from "@/components/roadmap/roadmap-toolbar";
import { StepItem } from "@/components/roadmap/step-item";
import { useStepDisclosure } from "@/components/roadmap/use-step-disclosure";
import { WhatIf, type WhatIfChanges } from "@/components/roadmap/what-if";
import { formatDate } from "@/lib/dates/format-date";
import styles from "@/components/roadmap/roadmap-view.module.css";

type Props = {
  /** The whole catalog, as plain data (from the server page, or with the share link's script). */
  catalog: Catalog;
  /** The profile from a share link; without it, the saved answers are used. */
  profile?: Profile;
  /** Today's date as the server saw it, so the timeline's today line is the same in its HTML and after hydration. */
  today?: string;
  /** What the share link asked for that could not be used, and what the plan uses instead. */
  notices?: readonly string[];
  /** Fields the share link did not give: their values are assumed. */
  assumed?: readonly ProfileField[];
};

/** The roadmap page's body: the plan for a shared profile, or for the answers saved on this device. */
export function RoadmapView({ catalog, profile, today, notices = [], assumed = [] }: Props) {
  return profile ? (
    <RoadmapPlan base={profile} catalog={catalog} fromSaved={false} today={today} notices={notices} assumed={assumed} />
  ) : (
    <SavedRoadmap catalog={catalog} />
  );
}

/**
 * Puts a profile's share query in the address bar, so the page's address is always the link to the plan on
 * screen; no navigation and no server round trip (Next.js's router follows native replaceState calls).
 * The fragment (#step-…) is kept so a deep link survives.
 */
function showInAddressBar(profile: Profile): void {
  const search = `?${profileToQuery(profile)}`;
  if (window.location.search !== search) setAddress(`${search}${window.location.hash}`);
}

/**
 * The share query in the address when the server did not read it: offline, the service worker answers a
 * share link with the page it cached for /roadmap, and the plan is then worked out here from the address,
 * by the same parser the server uses. Read once, when the page opens; `null` on the server.
 */
function addressQuery(): URLSearchParams | null {
  if (typeof window === "undefined") return null;
  const query = new URLSearchParams(window.location.search);
  return hasProfileQuery(query) ? query : null;
}

// A broken link read here (offline; online the server shows it) is rare: its message loads only then.
const LinkProblem = preloadable(() =>
  import("@/components/roadmap/share-link-problem").then((m) => m.ShareLinkProblem),
);

type ProfileParser = typeof parseProfile;
type Parser = { parse: ProfileParser; catalog: Catalog } | { failed: true } | undefined;

/**
 * The answers' parser, loaded when there are saved answers to read: a share link's plan never needs it, so the
 * validation library stays out of the page's load (docs/performance.md). Saved answers may name any certification,
 * so it is read against the whole catalog. `undefined` until it is here.
 */
function useProfileParser(needed: boolean, catalog: Catalog): Parser {
  const [parser, setParser] = useState<Parser>();
  useEffect(() => {
    if (!needed || parser) return;
    let live = true;
    import("@/lib/profile/parse-profile").then(
      ({ parseProfile }) => live && setParser({ parse: parseProfile, catalog }),
      () => live && setParser({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, [needed, parser, catalog]);
  return parser;
}

function SavedRoadmap({ catalog }: { catalog: Catalog }) {
  const hydrated = useAppStore((s) => s.hydrated);
  const answers = useAppStore((s) => s.answers);
  const [today] = useState(todayIso);
  const [shared] = useState(addressQuery);
  // The link's reader (and its plain-words messages) is fetched only when there is a link to read: it is needed
  // here only offline, so it stays out of the page's first load. `undefined` while it arrives.
  const [link, setLink] = useState<SharedProfile | null | undefined>(shared ? undefined : null);
  useEffect(() => {
    if (!shared) return;
    let live = true;
    void import("@/lib/profile/share-link").then(({ readSharedProfile }) => {
      if (live) setLink(readSharedProfile(shared, catalog, { today }));
    });
    return () => {
      live = false;
    };
  }, [shared, catalog, today]);
  const answered = Object.keys(answers).length > 0;
  const parser = useProfileParser(hydrated && answered && link === null, catalog);
  const parsed = useMemo(
    () => (parser && "parse" in parser ? parser.parse(answers, catalog, { today }) : undefined),
    [parser, answers, catalog, today],
  );
  if (parser && "failed" in parser) {
    return (
      <p role="alert">
        Your saved answers could not be read: the connection may have dropped. Reload the page to try again.
      </p>
    );
  }
  // Saved answers (and an address the server did not see) are used after the first render, so server and
  // browser agree on this placeholder.
  if (!hydrated || link === undefined || (answered && !link && !parsed)) {
    return <LoadingSavedAnswers />;
  }
  if (link) {
    return link.ok ? (
      <RoadmapPlan
        base={link.profile}
        catalog={catalog}
        fromSaved={false}
        today={today}
        notices={link.notices}
        assumed={link.assumed}
      />
    ) : (
      <LinkProblem.Component problems={link.problems} fallback={null} />
    );
  }
  if (!parsed?.ok) return <NotAnswered />;
  return <RoadmapPlan base={parsed.profile} catalog={catalog} fromSaved today={today} notices={[]} assumed={[]} />;
}

type PlanProps = {
  /** The answers the plan starts from: a share link's, or the saved ones. */
  base: Profile;
  /** What the plan draws from: the whole catalog. */
  catalog: Catalog;
  /** True when the answers came from this device rather than the address, which then needs them added. */
  fromSaved: boolean;
  today?: string;
  notices: readonly string[];
  assumed: readonly ProfileField[];
};

/** Same answers, whatever the order of their lists: what the share link of each would be. */
const sameAnswers = (a: Profile, b: Profile) => profileToQuery(a) === profileToQuery(b);

/**
 * The plan's heading. A link is "shared" unless it holds this device's own saved answers (the check page opens
 * the roadmap at its link, so a person's own reload must not call it someone else's). Before saved answers are
 * read, a link reads as shared: what another device shows, and what the server renders. The saved answers are
 * read here, not in the plan, so their arrival redraws this heading only.
 */
function PlanHeading({ base, catalog, fromSaved }: Pick<PlanProps, "base" | "catalog" | "fromSaved">) {
  const hydrated = useAppStore((s) => s.hydrated);
  const answers = useAppStore((s) => s.answers);
  // Nothing saved (every first visit): nothing to compare, and no parser to load during the page's load.
  const parser = useProfileParser(!fromSaved && hydrated && Object.keys(answers).length > 0, catalog);
  const own = useMemo(() => {
    if (fromSaved) return true;
    if (!parser || "failed" in parser || Object.keys(answers).length === 0) return false;
    const saved = parser.parse(answers, parser.catalog, { today: base.start });
    return saved.ok && sameAnswers(saved.profile, base);
  }, [fromSaved, parser, answers, base]);
  return (
    <>
      <h1>{own ? "Your roadmap" : "A roadmap from a shared link"}</h1>
      {own ? null : (
        <p className="no-print">
          It shows the answers in the link you followed.{" "}
          <Link href="/assess" prefetch={false}>
            Start your own roadmap
          </Link>{" "}
          to plan from your answers.
        </p>
      )}
    </>
  );
}

function RoadmapPlan({ base, catalog, fromSaved, today, notices, assumed }: PlanProps) {
  const [changes, setChanges] = useState<WhatIfChanges>({});
  // Set by a change of pace or goal: from then on the plan's summary is announced when it changes.
  const [announce, setAnnounce] = useState(false);
  const profile = useMemo(() => ({ ...base, ...changes }), [base, changes]);
  const roadmap = useMemo(() => recommend(profile, catalog), [profile, catalog]);
  // Values the person changed here are theirs, not assumed.
  const assumedNow = assumed.filter((field) => !(field in changes));
  const changed =
    (changes.hours !== undefined && changes.hours !== base.hours) ||
    (changes.goal !== undefined && changes.goal !== base.goal);

  const tryChanges = (next: WhatIfChanges) => {
    setAnnounce(true);
    setChanges(next);
    showInAddressBar({ ...base, ...next });
  };

  // Saved answers arrive after hydration, so this runs once Next.js's router is listening to the history
  // (a shared link's address already holds its answers and is left alone). The jump to #step-… is
  // useStepDisclosure's, which also opens that step.
  useEffect(() => {
    if (fromSaved) showInAddressBar(base);
  }, [fromSaved, base]);
  const stepList = useRef<HTMLOListElement>(null);
  const setAllOpen = useStepDisclosure(stepList);

  const steps = roadmap.steps;
  const first = steps[0];
  const last = steps.at(-1);
  // What a screen reader hears after a change of pace or goal, politely: the new plan in one line.
  const summary =
    first && last
      ? `${plural(steps.length, "step")}, from ${formatDate(first.start)} to ${formatDate(last.end)}.`
      : NO_STEPS_TEXT;
  // The compare page shows two to four side by side: the program levels on the plan, else its first steps.
  const levelIds = steps
    .map((s) => s.certificationId)
    .filter((id) => catalog.certifications.some((c) => c.id === id && c.kind === "level"));
  const compareIds = (levelIds.length >= 2 ? levelIds : steps.map((s) => s.certificationId)).slice(0, 4);
  const compareHref = `/compare?ids=${compareIds.join(",")}`;

  return (
    <div className={styles.roadmap}>
      <header className={styles.intro}>
        <PlanHeading base={base} catalog={catalog} fromSaved={fromSaved} />
        <p className="lead">
          For {withArticle(profileNames(profile, catalog).role)}:{" "}
          {first && last ? (
            <>
              {plural(steps.length, "step")}, from <DateText iso={first.start} /> to <DateText iso={last.end} />.
            </>
          ) : (
            NO_STEPS_TEXT
          )}
        </p>
        {steps.length > 0 && <OverallProgress steps={steps} />}
      </header>

      {steps.length > 0 && (
        <RoadmapTimeline steps={steps} catalog={catalog} today={today} className={styles.timeline} />
      )}

      <RoadmapToolbar roadmap={roadmap} profile={profile} catalog={catalog} />

      {notices.length > 0 && (
        <section aria-labelledby="link-notices-heading" className={`${styles.section} ${styles.warnings}`}>
          <h2 id="link-notices-heading">Some of the link couldn&apos;t be used</h2>
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </section>
      )}

      <AnswersSummary profile={profile} catalog={catalog} assumed={assumedNow} />
      <p role="status" className="visually-hidden">
        {announce ? `Plan updated: ${summary}` : ""}
      </p>
      <WhatIf
        profile={profile}
        changed={changed}
        onChange={(patch) => tryChanges({ ...changes, ...patch })}
        onReset={() => tryChanges({})}
      />

      <Warnings warnings={roadmap.warnings} />

      {steps.length > 0 && (
        <section aria-labelledby="steps-heading" className={styles.section}>
          <div className={styles.stepsHeading}>
            <h2 id="steps-heading">Your steps</h2>
            <div className={`${styles.expand} no-print`}>
              <button type="button" className="button button-secondary" onClick={() => setAllOpen(true)}>
                Expand all
              </button>
              <button type="button" className="button button-secondary" onClick={() => setAllOpen(false)}>
                Collapse all
              </button>
            </div>
          </div>
          <ol className={styles.steps} ref={stepList}>
            {steps.map((step, i) => (
              <StepItem key={step.certificationId} step={step} position={i + 1} profile={profile} catalog={catalog} />
            ))}
          </ol>
          {compareIds.length >= 2 ? (
            <p className="no-print">
              <Link href={compareHref} prefetch={false}>
                Compare these levels
              </Link>{" "}
              side by side.
            </p>
          ) : null}
        </section>
      )}

      <section aria-labelledby="map-heading" className={styles.section}>
        <h2 id="map-heading">Where your plan sits in the program</h2>
        <RoadmapProgramMap
          catalog={catalog}
          plan={{ held: profile.held, steps }}
          fallback={<p role="status">Loading the program map…</p>}
        />
      </section>

      <Alternatives alternatives={roadmap.alternatives} catalog={catalog} />
      <HeldCertifications held={profile.held} catalog={catalog} />
      <Assumptions assumptions={roadmap.assumptions} />
    </div>
  );
}
