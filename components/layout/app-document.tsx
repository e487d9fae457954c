import type { Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { AppUpdates } from "@/components/offline/app-updates";
import { PRE_PAINT_SCRIPT } from "@/components/layout/pre-paint-script";

/** Every page's viewport (the root layout's and the 404 page's). */
export const APP_VIEWPORT: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

/** The document every page is drawn in: the root layout's, and the 404 page's (app/global-not-found.tsx). */
export function AppDocument({ children }: { children: ReactNode }) {
  return (
    // The pre-paint script marks <html> (data-theme, data-saved-answers) before hydration: React must not flag it.
    <html lang="en" suppressHydrationWarning>
      {/* The app router's document, rendered by the root layout and app/global-not-found.tsx (next/head is the
          pages router's; the rule knows only app/layout files). */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <script dangerouslySetInnerHTML={{ __html: PRE_PAINT_SCRIPT }} />
      </head>
      <body>
        <SiteHeader />
        <AppUpdates />
        <main id="main" className="page" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
