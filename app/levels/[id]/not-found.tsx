import type { Metadata } from "next";
import Link from "next/link";
import { catalog } from "@/data/catalog";

export const metadata: Metadata = { title: "Certification not found" };

/** An unknown certification id: say so, and offer every certification there is. */
export default function CertificationNotFound() {
  const levels = catalog.certifications.filter((c) => c.kind === "level");
  const neighbours = catalog.certifications.filter((c) => c.kind === "neighbour");
  return (
    <div className="prose">
      <h1>Certification not found</h1>
      <p>
        certpath has no certification at this address. If you followed a link, the certification&apos;s id may have
        changed. These are the certifications it knows:
      </p>
      <h2>Program levels</h2>
      <ul>
        {levels.map((c) => (
          <li key={c.id}>
            <Link href={`/levels/${c.id}`}>{c.name}</Link>
          </li>
        ))}
      </ul>
      <h2>Neighbouring certifications</h2>
      <ul>
        {neighbours.map((c) => (
          <li key={c.id}>
            <Link href={`/levels/${c.id}`}>{c.name}</Link>
          </li>
        ))}
      </ul>
      <p>
        Or <Link href="/compare">compare them all</Link>.
      </p>
    </div>
  );
}
