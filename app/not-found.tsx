import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="prose">
      <h1>Page not found</h1>
      <p>
        If you typed the address, check it is correct. If you followed a link to a certification, its id may have
        changed.
      </p>
      <ul>
        <li>
          <Link href="/assess">Answer the questions</Link> to get your roadmap
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
    </div>
  );
}
