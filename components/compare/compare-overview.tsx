import { useEffect, type ReactNode } from "react";
import styles from "@/components/compare/compare.module.css";
import { LevelsTable } from "@/components/compare/levels-table";
import { PathsTable } from "@/components/compare/paths-table";
import { ProvidersTable } from "@/components/compare/providers-table";
import { RoleMatrix } from "@/components/compare/role-matrix";
import { SideBySideView } from "@/components/compare/side-by-side-view";
import { compareStateFromAddress } from "@/components/compare/compare-url";
import { ProgramMapFigure } from "@/components/program-map/program-map";
import { useBrowserValue } from "@/components/ui/browser-value";
import { HydrateOnUse } from "@/components/ui/hydrate-on-use";
import { Link } from "@/components/ui/link";
import type { CompareData } from "@/lib/compare/compare-data";
import { otherCompareView, type CompareSectionId, type CompareView } from "@/lib/compare/compare-pages";
import { compareRoute } from "@/lib/compare/compare-route";
import { COMPARE_VIEWS, movedSettingsHref, type CompareState } from "@/lib/compare/compare-state";

export type CompareOverviewProps = {
  /** The tables' rows, their footnotes (`sources`), the filters' choices and the program map's layout. */
  data: CompareData;
  state: CompareState;
  /** What the URL asked for that could not be used. */
  problems: string[];
  /** Which of the two compare pages this is: the certifications (/compare) or roles, paths and providers. */
  view: CompareView;
};

type Section = { id: CompareSectionId; title: string; intro: ReactNode; body: ReactNode; sources?: string[] };

/**
 * The two compare pages: /compare (the certifications: the full table, the map, side by side) and /compare/roles
 * (the guide's reference tables: by role, learning paths, training providers), each table owning its own state.
 * They were one page until its HTML had to be halved (issue 11 §2); one address keeps every setting, and a
 * setting of the other page is named with a link to it. A link with `ids` puts the side-by-side view first, so it
 * opens straight on the comparison. Rendered inside components/compare/compare-page.tsx, which loads it with its
 * data as one script apart from the page's first load.
 */
export function CompareOverview({ data, state, problems, view }: CompareOverviewProps) {
  const { levels, roles, paths, providers, sources, filterOptions } = data;
  const all: Section = {
    id: "all-certifications",
    title: "All certifications",
    intro: "Every program level and neighbouring certification. Sort by any column; filter by text, track or path.",
    body: (
      <LevelsTable
        rows={levels}
        tracks={filterOptions.tracks}
        paths={filterOptions.paths}
        initial={{ sort: state.sort, q: state.q, track: state.track, path: state.path, hide: state.hide }}
      />
    ),
    sources: sources.levels,
  };
  const sideBySide: Section = {
    id: "side-by-side",
    title: "Side by side",
    intro: "Pick two to four certifications to see every attribute next to each other, with the differences marked.",
    body: <SideBySideView rows={levels} initialIds={state.ids} />,
  };
  const overview: Section[] = [
    {
      id: "program-map",
      title: "The program at a glance",
      intro: "The four levels in order, and where each neighbouring certification branches off.",
      // Links only: the server's map stands until one is used (no hydration at load).
      body: (
        <HydrateOnUse>
          <ProgramMapFigure layout={data.programMap} />
        </HydrateOnUse>
      ),
    },
  ];
  const roleSections: Section[] = [
    {
      id: "roles",
      title: "By role",
      intro:
        "The certifications certpath recommends for each job, in order. Choose a role to start the questionnaire with it.",
      body: <RoleMatrix rows={roles} initialSort={state.roleSort} />,
      sources: sources.roles,
    },
    {
      id: "learning-paths",
      title: "Learning paths",
      intro: "The guide's learning paths and the certifications that serve each, in the order to take them.",
      body: <PathsTable rows={paths} initialSort={state.pathSort} />,
      sources: sources.paths,
    },
    {
      id: "providers",
      title: "Training providers",
      intro: "Where to prepare: the providers the guide names and the paths they cover.",
      body: <ProvidersTable rows={providers} initialSort={state.providerSort} />,
      sources: sources.providers,
    },
  ];
  const sections: Section[] =
    view === "roles"
      ? roleSections
      : // The full table opens the page; the map follows it, as the picture of the same certifications.
        state.ids.length > 0
        ? [sideBySide, all, ...overview]
        : [all, ...overview, sideBySide];
  const page = COMPARE_VIEWS[view];
  const other = COMPARE_VIEWS[otherCompareView(view)];
  // The server sends a link that sets up only the other page's tables there, and names them when it sets up both
  // (lib/compare/compare-route.ts). Offline, the service worker answers such a link with this page drawn for no
  // query, so once drawn the page asks the same of the address.
  const moved = useBrowserValue(
    () => movedSettingsHref(view, compareStateFromAddress()),
    () => movedSettingsHref(view, state),
  );
  useEffect(() => {
    const route = compareRoute(view, new URLSearchParams(window.location.search));
    if ("redirect" in route) window.location.replace(`${route.redirect}${window.location.hash}`);
  }, [view]);

  return (
    <>
      <div className="prose">
        <h1>{page.title}</h1>
        <p className="lead">{page.lead}</p>
      </div>
      <nav aria-label="Compare pages">
        <ul className={styles.pages}>
          {Object.values(COMPARE_VIEWS).map((p) => (
            <li key={p.path}>
              <Link href={p.path} aria-current={p === page ? "page" : undefined}>
                {p.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {problems.length > 0 && (
        <div className={styles.notice}>
          <p>Some settings in this link could not be used and were left out:</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {moved && (
        <p className={styles.notice}>
          {`${other.movedNotice} `}
          <Link href={moved}>open them there</Link>.
        </p>
      )}
      <nav aria-label="On this page">
        <ul className={styles.toc}>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-heading`} className={styles.section}>
          <h2 id={`${s.id}-heading`}>{s.title}</h2>
          <p className={styles.intro}>{s.intro}</p>
          {s.body}
          {s.sources && s.sources.length > 0 && (
            <div className={styles.sources}>
              <h3>Sources</h3>
              <ul>
                {s.sources.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}
    </>
  );
}
