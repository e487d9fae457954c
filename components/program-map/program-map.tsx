import { Link } from "@/components/ui/link";
import { useId } from "react";
import type { Catalog } from "@/lib/catalog/schema";
import {
  mapStates,
  mapStateText,
  programMapLayout,
  type MapNode,
  type MapState,
  type ProgramMapLayout,
} from "@/lib/program-map/program-map";
import styles from "@/components/program-map/program-map.module.css";

type Props = {
  catalog: Catalog;
  /** One person's plan: each certification then says, in words, whether it is held, a step, or not on the plan. */
  plan?: { held: readonly string[]; steps: readonly { certificationId: string }[] };
  className?: string;
};

function MapLink({ node, state, steps }: { node: MapNode; state: MapState | undefined; steps: number }) {
  return (
    <Link
      href={`/levels/${node.id}`}
      prefetch={false}
      className={styles.node}
      data-kind={node.kind.startsWith("Level") ? "level" : "neighbour"}
      // Set only with a plan: an absent prop costs nothing, an undefined one is still written into the page's
      // payload for every node (issue 11 §2).
      {...(state ? { "data-state": state.kind } : {})}
    >
      <span className={styles.name}>{node.name}</span>
      <span className={styles.meta}>
        {node.kind.startsWith("Level") ? `${node.track} track` : `${node.kind} · ${node.path}`}
      </span>
      {state ? (
        <span className={styles.state}>
          <span className={styles.mark} aria-hidden="true">
            {state.kind === "step" ? state.step : state.kind === "held" ? "✓" : ""}
          </span>
          {mapStateText(state, steps)}
        </span>
      ) : null}
    </Link>
  );
}

/**
 * The program map: the levels in order, left to right (top to bottom on a phone), with the certifications that
 * branch from each beneath it, every one a link to its page. Laid out by lib/program-map from the catalog, drawn
 * on the server as HTML and CSS with no script. With a plan, each certification says where it stands for the
 * person, in words (the border and mark repeat it).
 */
export function ProgramMap({ catalog, plan, className }: Props) {
  const states = plan
    ? mapStates(
        catalog.certifications.map((c) => c.id),
        plan,
      )
    : undefined;
  return (
    <ProgramMapFigure
      layout={programMapLayout(catalog)}
      states={states}
      steps={plan?.steps.length ?? 0}
      className={className}
    />
  );
}

type FigureProps = {
  layout: ProgramMapLayout;
  states?: ReadonlyMap<string, MapState>;
  /** The plan's number of steps (for "step 2 of 5"). */
  steps?: number;
  className?: string;
};

/**
 * The map drawn from a layout already computed: /compare ships its layout in the data script its tables read
 * (lib/compare/compare-data.ts), so the map's markup is not also sent as an element tree in the page's payload.
 */
export function ProgramMapFigure({ layout, states, steps = 0, className }: FigureProps) {
  const captionId = useId();
  const levels = layout.columns.filter((c) => c.level).length;
  return (
    <figure
      className={`${styles.map} ${className ?? ""}`}
      aria-labelledby={`${captionId}-name`}
      aria-describedby={`${captionId}-hint`}
    >
      <figcaption className={styles.caption}>
        <span id={`${captionId}-name`}>Program map</span>
        <span id={`${captionId}-hint`} className={styles.captionHint}>
          {`The ${levels} levels in order, and the ${layout.count - levels} certifications that branch from them or start on their own. Each opens its page.`}
        </span>
      </figcaption>
      <ol className={styles.columns}>
        {layout.columns.map((column) => (
          <li key={column.key} className={styles.column} data-level={column.level ? "" : undefined}>
            <p className={styles.heading}>{column.heading}</p>
            {column.level && <MapLink node={column.level} state={states?.get(column.level.id)} steps={steps} />}
            {column.branches.length > 0 && (
              <ul
                className={styles.branches}
                aria-label={column.level ? `Branching from ${column.level.name}` : "Starting on their own"}
              >
                {column.branches.map((branch) => (
                  <li key={branch.id}>
                    <MapLink node={branch} state={states?.get(branch.id)} steps={steps} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </figure>
  );
}
