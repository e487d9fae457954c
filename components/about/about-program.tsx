import { Link } from "@/components/ui/link";
import type { Catalog } from "@/lib/catalog/schema";
import { rangeText } from "@/lib/recommender/roadmap-labels";
import { joinWords } from "@/lib/text/join-words";

/**
 * /about: the program in plain words, how its exam works, the questions people ask (all from the catalog), and
 * what "the guide" behind certpath's facts is and does not say. The facts are the catalog's; the sentences
 * around them are certpath's own.
 */
export function AboutProgram({ catalog }: { catalog: Catalog }) {
  const { program, tracks, faq } = catalog;
  const { validityYears, passMarkPercent, examFormat, tools } = program.facts;
  const levels = catalog.certifications
    .flatMap((c) => (c.kind === "level" ? [c] : []))
    .sort((a, b) => a.order - b.order);
  const trackName = (id: string) => tracks.find((t) => t.id === id)?.name ?? id;
  return (
    <div className="prose">
      <h1>About the program and certpath</h1>
      <p className="lead">
        certpath plans a route through the {program.name} program: which certification to take first, what comes next,
        and how long each will take you. This page says what the program is and where certpath&apos;s facts come from.
      </p>

      <section aria-labelledby="program-heading">
        <h2 id="program-heading">The program</h2>
        <p>
          {program.name} is {lowerFirst(program.summary)} According to the guide, it is hosted on {program.host}. Rather
          than testing what you can recall, it checks that you can run machine learning systems in real situations, with
          tools such as {joinWords(tools)}.
        </p>
        <p>It has {levels.length} levels, each building on the one before:</p>
        <ol>
          {levels.map((level) => (
            <li key={level.id}>
              <Link href={`/levels/${level.id}`}>{level.shortName}</Link> ({trackName(level.track)} track): for{" "}
              {level.forWhom}. {level.summary}
            </li>
          ))}
        </ol>
        <p>The levels sit on tracks, which say what kind of work each one is about:</p>
        <ul>
          {tracks.map((track) => (
            <li key={track.id}>
              <strong>{track.name}</strong>: {track.summary}
            </li>
          ))}
        </ul>
        <p>
          Around the levels, the guide points to neighbouring certifications (DataOps, DevSecOps, FinOps, AI strategy
          and others) as moves across or up. The <Link href="/compare">compare page</Link> lists them all.
        </p>
      </section>

      <section aria-labelledby="exam-heading">
        <h2 id="exam-heading">How the exam works</h2>
        <ul>
          <li>{program.assessment}</li>
          <li>{examFormat}</li>
          <li>You pass with a score of about {passMarkPercent}% or more; the guide says the mark varies by level.</li>
          <li>A pass stays valid for {rangeText(validityYears)} years. After that you recertify or move up a level.</li>
        </ul>
      </section>

      <section aria-labelledby="faq-heading">
        <h2 id="faq-heading">Questions people ask</h2>
        <dl>
          {faq.map((entry) => (
            <div key={entry.id}>
              <dt>
                <strong>{entry.question}</strong>
              </dt>
              <dd>{entry.answer}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="the-guide">
        <h2 id="the-guide">What &ldquo;the guide&rdquo; is</h2>
        <p>
          When certpath says &ldquo;the guide&rdquo;, it means the published career guide to the {program.name} program.
          It describes the levels, who each is for, what to know first, the preparation plans, the next steps after each
          level, the learning paths, training providers and the questions above. Every fact certpath uses comes from it,
          written in certpath&apos;s own words; where certpath has to read between its lines, the certification&apos;s
          page says so.
        </p>
        <p>What the guide does not say, so certpath does not guess it either:</p>
        <ul>
          <li>
            <strong>Cost.</strong> No exam or training fee is published in the guide, so certpath shows none. Check the
            price with the program or a training provider before you plan a budget.
          </li>
          <li>
            <strong>The exam&apos;s length and number of questions.</strong> The guide describes the kind of exam, not
            its size.
          </li>
          <li>
            <strong>Figures per level.</strong> The validity and the pass mark above are general figures; the guide
            gives none for each level.
          </li>
          <li>
            <strong>Exam dates.</strong> certpath&apos;s dates are a study plan worked out from your hours, not booked
            sittings.
          </li>
        </ul>
        <p>certpath does not run the exams or sell training; it only plans.</p>
      </section>

      <p>
        <Link href="/assess" className="button">
          Plan your route
        </Link>
      </p>
    </div>
  );
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
