import type { Metadata } from "next";
import { AboutProgram } from "@/components/about/about-program";
import { catalog } from "@/data/catalog";

export const metadata: Metadata = {
  title: "About the program",
  description:
    "What the Certified MLOps Professional program is, how its exam works, and where certpath's facts come from.",
};

/** /about: static, built once from the catalog. */
export default function AboutPage() {
  return <AboutProgram catalog={catalog} />;
}
