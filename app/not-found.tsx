import { Link } from "@/components/ui/link";

/**
 * What `notFound()` inside a page would draw, within the root layout. No page calls it for an address a person
 * can reach: unknown addresses get app/global-not-found.tsx. It exists because Next.js writes this element tree
 * into every page's RSC payload, and without it that tree is Next.js's own 404 with its inline styles, 1.1 KB
 * of every page rendered per request (issue 11 §2). Kept to a heading and a way on.
 */
export default function NotFound() {
  return (
    <div className="prose">
      <h1>Page not found</h1>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
