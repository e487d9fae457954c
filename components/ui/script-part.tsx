"use client";

import { use } from "react";

/** A module loaded as a script of its own: here, or known not to have arrived. */
export type Arrived<T> = { module: T } | { failed: true };

export type ScriptPart<T> = {
  /** Starts loading the script (once); settles, never rejects, when it has arrived or failed. */
  load: () => Promise<Arrived<T>>;
  /** In a component's render: the script's module, suspending until it has arrived or failed. */
  useArrived: () => Arrived<T>;
};

/**
 * A part of a page whose code comes as a script apart from the page's first load, loaded once (the compare page's
 * sections, the questionnaire). Kept with HydrateOnUse, its server HTML stands until the script is here and the
 * person uses it; a client-side navigation to its page waits for it, as for any page's code.
 */
export function scriptPart<T>(importer: () => Promise<T>): ScriptPart<T> {
  let arrived: Arrived<T> | undefined;
  let loading: Promise<Arrived<T>> | undefined;
  const load = () =>
    (loading ??= importer().then(
      (module) => (arrived = { module }),
      () => (arrived = { failed: true }),
    ));
  return { load, useArrived: () => arrived ?? use(load()) };
}

/** In place of a part whose script did not arrive: what happened and how to go on, never a blank page. */
export function PartNotLoaded({ what }: { what: string }) {
  return (
    <p role="alert">{`${what} could not be loaded: the connection may have dropped. Reload the page to try again.`}</p>
  );
}
