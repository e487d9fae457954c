import type { NextConfig } from "next";
import { NOT_PAGES, RESOURCE_CSP_HEADER, SECURITY_HEADERS } from "./lib/security/csp";

const nextConfig: NextConfig = {
  // Benchmarks build into their own folder (NEXT_DIST_DIR=.next-perf) so they never disturb a running build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) before its browser tests build the app; it says so
  // with CERTPATH_TYPECHECKED=1, and next build then skips checking the same code again (about 25 s of CI).
  typescript: { ignoreBuildErrors: process.env.CERTPATH_TYPECHECKED === "1" },
  reactStrictMode: true,
  // app/global-not-found.tsx is the 404 page: an app/not-found.tsx would be written into every page's payload.
  experimental: { globalNotFound: true },
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      // Pages get their policy from proxy.ts (a nonce or their scripts' hashes); the rest a fixed one.
      ...NOT_PAGES.map((source) => ({ source, headers: [RESOURCE_CSP_HEADER] })),
    ];
  },
  // Browsers ask for /favicon.ico whatever the page says; answer with the app's icon rather than a 404.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
};

export default nextConfig;
