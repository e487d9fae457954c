import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { APP_VIEWPORT, AppDocument } from "@/components/layout/app-document";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "certpath: your MLOps certification roadmap", template: "%s · certpath" },
  description:
    "Answer a few questions and get an ordered, explained roadmap through the Certified MLOps Professional program and the certifications around it.",
};

export const viewport: Viewport = APP_VIEWPORT;

export default function RootLayout({ children }: { children: ReactNode }) {
  return <AppDocument>{children}</AppDocument>;
}
