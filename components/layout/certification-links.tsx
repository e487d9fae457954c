import Link from "next/link";
import type { Catalog } from "@/lib/catalog/schema";

/** Every certification of the catalog as links to its page, program levels first: where a lost visitor goes on. */
export function CertificationLinks({ catalog }: { catalog: Catalog }) {
  const levels = catalog.certifications.filter((c) => c.kind === "level");
  const neighbours = catalog.certifications.filter((c) => c.kind === "neighbour");
  return (
    <>
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
    </>
  );
}
