import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CertificationDetailView } from "@/components/compare/certification-detail-view";
import { catalog } from "@/data/catalog";
import { certificationDetail } from "@/lib/compare/certification-detail";

/**
 * Every certification page is built ahead of time. Any other id renders notFound() below: not
 * `dynamicParams = false`, which would show the root 404 instead of this route's helpful one.
 */

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
  if (!detail) notFound();
  return <CertificationDetailView detail={detail} />;
}
