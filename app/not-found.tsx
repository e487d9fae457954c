import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { CertificationLinks } from "@/components/layout/certification-links";
import { catalog } from "@/data/catalog";

export const metadata: Metadata = { title: "Page not found" };

/**
 * Every unknown address, /levels/<unknown id> included, gets this one prerendered page: a 404 that is the same
 * static HTML (and the same script hashes) on every visit, so it always hydrates under the CSP, and no unknown
 * address costs the server a cache entry. (A per-route not-found page for /levels rendered each unknown id on
 * demand and cached it, nonce and all: its second visit broke under the CSP. Issue 11 §1.)
 */
export default function NotFound() {
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
