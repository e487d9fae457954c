import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import type { Reason } from "@/lib/recommender/roadmap-schema";

/** Where /about explains what "the guide" is. */
export const GUIDE_HREF = "/about#the-guide";

/**
 * A sentence with its first "the guide" linked to the page that says what the guide is and what it leaves
 * out, so a reason such as "The guide's role table recommends…" can be checked. Text only otherwise.
 */
export function GuideText({ text }: { text: string }): ReactNode {
  const at = text.search(/the guide/i);
  if (at === -1) return text;
  const words = text.slice(at, at + "the guide".length);
  return (
    <>
      {text.slice(0, at)}
      <Link href={GUIDE_HREF} prefetch={false}>
        {words}
      </Link>
      {text.slice(at + words.length)}
    </>
  );
}

/** The reasons a roadmap step or an alternative is there, one per item, each with "the guide" linked. */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }): ReactNode {
  return (
    <ul>
      {reasons.map((reason) => (
        <li key={`${reason.ruleId}-${reason.text}`}>
          <GuideText text={reason.text} />
        </li>
      ))}
    </ul>
  );
}
