import type { ReactNode } from "react";
import styles from "@/components/compare/compare.module.css";
import { LevelsTable } from "@/components/compare/levels-table";
import { PathsTable } from "@/components/compare/paths-table";
import { ProvidersTable } from "@/components/compare/providers-table";
import { RoleMatrix } from "@/components/compare/role-matrix";
import { SideBySideView } from "@/components/compare/side-by-side-view";
import { ProgramMapFigure } from "@/components/program-map/program-map";
import { HydrateOnUse } from "@/components/ui/hydrate-on-use";
import type { CompareData } from "@/lib/compare/compare-data";
import type { CompareState } from "@/lib/compare/compare-state";

export type CompareOverviewProps = {
  /** The tables' rows, their footnotes (`sources`), the filters' choices and the program map's layout. */
  data: CompareData;
  state: CompareState;
  /** What the URL asked for that could not be used. */
  problems: string[];
};

type Section = { id: string; title: string; intro: ReactNode; body: ReactNode; sources?: string[] };

/**
 * The compare page: the sections, each table owning its own state. A link with `ids` puts the side-by-side view
 * first, so it opens straight on the comparison. Rendered inside components/compare/compare-page.tsx, which
 * loads it with its data as one script apart from the page's first load.
 */
export function CompareOverview({ data, state, problems }: CompareOverviewProps) {
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
  const sections: Section[] = [
    // The full table opens the page; the map follows it, as the picture of the same certifications.
    ...(state.ids.length > 0 ? [sideBySide, all, ...overview] : [all, ...overview, sideBySide]),
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

  return (
    <>
      <div className="prose">
        <h1>Compare certifications</h1>
        <p className="lead">
          Put the Certified MLOps Professional levels and the certifications around them next to each other: who each is
          for, what it asks of you, how long it takes and where it leads.
        </p>
      </div>
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
