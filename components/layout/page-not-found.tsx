import { Link } from "@/components/ui/link";
import { CertificationLinks } from "@/components/layout/certification-links";
import type { Catalog } from "@/lib/catalog/schema";

/** What the 404 page says: where to go on, and every certification certpath knows (an id may have changed). */
export function PageNotFound({ catalog }: { catalog: Catalog }) {
  return (
    <div className="prose">
      <h1>Page not found</h1>
      <p>
        If you typed the address, check it is correct. If you followed a link to a certification, its id may have
        changed: every certification certpath knows is listed below.
      </p>
      <ul>
        <li>
          <Link href="/assess">Answer the questions</Link> to get your roadmap
        </li>
        <li>
          <Link href="/compare">Compare the certifications</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
      <CertificationLinks catalog={catalog} />
    </div>
  );
}
