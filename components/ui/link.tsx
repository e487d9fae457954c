"use client";

// The one place that may use next/link directly (eslint points everything else here).
// eslint-disable-next-line no-restricted-imports
import NextLink from "next/link";
import { useState, type ComponentProps } from "react";

type Props = ComponentProps<typeof NextLink>;

/**
 * The app's link: Next.js's <Link>, which prefetches its page only once the person shows intent (points at it,
 * focuses it or touches it) rather than as soon as it scrolls into view. Viewport prefetching fetched and ran the
 * code and data of every page the header names on every page load, which cost more main-thread time than the
 * page itself (`npm run perf`, Lighthouse's Total Blocking Time); prefetching on intent still beats the click by
 * some hundred milliseconds. `prefetch={false}` keeps a link from prefetching at all. Every internal link uses
 * this one (eslint forbids next/link elsewhere), so the rule lives here.
 */
export function Link({ prefetch, onMouseEnter, onTouchStart, onFocus, ...props }: Props) {
  const [intent, setIntent] = useState(false);
  const show = () => {
    if (prefetch !== false) setIntent(true);
  };
  return (
    <NextLink
      {...props}
      // null is Next.js's default prefetch (the page's static part), as if the link had said nothing.
      prefetch={intent && prefetch !== false ? (prefetch ?? null) : false}
      onMouseEnter={(event) => {
        show();
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        show();
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        show();
        onFocus?.(event);
      }}
    />
  );
}
