import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { AppUpdates } from "@/components/offline/app-updates";
import { PRE_PAINT_SCRIPT } from "@/components/layout/pre-paint-script";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "certpath: your MLOps certification roadmap", template: "%s · certpath" },
  description:
    "Answer a few questions and get an ordered, explained roadmap through the Certified MLOps Professional program and the certifications around it.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The pre-paint script marks <html> (data-theme, data-saved-answers) before hydration: React must not flag it.
    <html lang="en" suppressHydrationWarning>
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
