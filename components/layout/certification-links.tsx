import { Link } from "@/components/ui/link";
import { Fragment } from "react";
import type { Catalog } from "@/lib/catalog/schema";

type Certification = Catalog["certifications"][number];

/** Every certification of the catalog as links to its page, program levels first: where a lost visitor goes on. */
export function CertificationLinks({ catalog }: { catalog: Catalog }) {
  const groups = [
    { heading: "Program levels", kind: "level" },
    { heading: "Neighbouring certifications", kind: "neighbour" },
  ] as const satisfies readonly { heading: string; kind: Certification["kind"] }[];
  return groups.map(({ heading, kind }) => (
    <Fragment key={kind}>
      <h2>{heading}</h2>
      <ul>
        {catalog.certifications
          .filter((c) => c.kind === kind)
          .map((c) => (
            <li key={c.id}>
              <Link href={`/levels/${c.id}`}>{c.name}</Link>
            </li>
          ))}
      </ul>
    </Fragment>
  ));
}
