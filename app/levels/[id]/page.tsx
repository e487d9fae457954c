import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CertificationDetailView } from "@/components/compare/certification-detail-view";
import { catalog } from "@/data/catalog";
import { certificationDetail } from "@/lib/compare/certification-detail";

/**
 * Every certification page is built ahead of time, and no other id is ever rendered: an unknown id gets the
 * app's prerendered 404 (app/global-not-found.tsx, which lists every certification). Rendering unknown ids on demand
 * cached each one with the nonce of its first visit, so its second visit broke under the CSP and every
 * made-up id cost memory (issue 11 §1).
 */

export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return catalog.certifications.map((c) => ({ id: c.id }));
}

type LevelPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: LevelPageProps): Promise<Metadata> {
  const { id } = await params;
  const c = catalog.certifications.find((x) => x.id === id);
  if (!c) return { title: "Certification not found" };
  return {
    title: c.name,
    description: `${c.name}: ${c.summary} Who it is for, prerequisites, skills, preparation plans and next steps.`,
  };
}

/** /levels/<id>: everything the catalog knows about one certification. */
export default async function LevelPage({ params }: LevelPageProps) {
  const { id } = await params;
  const detail = certificationDetail(catalog, id);
  if (!detail) notFound(); // unreachable in a build (dynamicParams), kept for the type and for tests
  return <CertificationDetailView detail={detail} />;
}
