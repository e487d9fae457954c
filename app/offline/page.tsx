import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { catalog } from "@/data/catalog";

export const metadata: Metadata = { title: "You are offline", robots: { index: false } };

/**
 * What the service worker shows for an address that needs the network while there is none. The links are not
 * prefetched: with no network each becomes a whole-page load, which the worker answers from its cache.
 */
export default function OfflinePage() {
  return (
    <div className="prose">
      <h1>You are offline</h1>
      <p>This page needs the network. These work without it, and your answers and progress stay on this device:</p>
      <ul>
        <li>
          <Link href="/" prefetch={false}>
            Home
          </Link>
        </li>
        <li>
          <Link href="/assess" prefetch={false}>
            The questionnaire
          </Link>
        </li>
        <li>
          <Link href="/roadmap" prefetch={false}>
            Your roadmap
          </Link>
          , and any roadmap link someone shares with you
        </li>
        <li>
          <Link href="/compare" prefetch={false}>
            Compare certifications
          </Link>
        </li>
      </ul>
      <h2>Certifications</h2>
      <ul>
        {catalog.certifications.map((c) => (
          <li key={c.id}>
            <Link href={`/levels/${c.id}`} prefetch={false}>
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
