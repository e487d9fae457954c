import { lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";
import { afterIntent } from "@/components/ui/after-intent";

/**
 * A component whose code loads apart from the page's first load (npm run perf), and can be fetched ahead of
 * need once the person starts using the page (`preload`, components/ui/after-intent.ts). Once its code is here it renders straight away, with no Suspense
 * fallback in between; before that, the fallback shows while it arrives. The choice is made once per mount,
 * so the code arriving later never swaps one for the other under the person.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  const fetchCode = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => fetchCode().then((component) => ({ default: component })));

  function Preloaded({ fallback, ...props }: P & { fallback: ReactNode }) {
    // Never on the server: there the code, once loaded for one request, would skip the Suspense boundary the
    // browser still renders while hydrating, and React would find the two different (error #418).
    const [Loaded] = useState(() => (typeof window === "undefined" ? undefined : loaded));
    const own = props as P;
    if (Loaded) return <Loaded {...own} />;
    return (
      <Suspense fallback={fallback}>
        <Lazy {...own} />
      </Suspense>
    );
  }

  /** Fetches the code once the person starts using the page (afterIntent); returns the cancel. */
  function preload(): () => void {
    return afterIntent(() => void fetchCode().catch(() => undefined));
  }

  return { Component: Preloaded, preload };
}
