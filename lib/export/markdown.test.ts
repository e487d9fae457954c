import fc from "fast-check";
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { markdownFileName, roadmapToMarkdown } from "@/lib/export/markdown";
import type { StepProgress } from "@/lib/saved/saved-state";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import type { Profile } from "@/lib/profile/schema";
import { recommend } from "@/lib/recommender/recommend";
import type { Roadmap } from "@/lib/recommender/roadmap-schema";

const roadmap = recommend(EXAMPLE_PROFILE, catalog);
const markdown = (progress?: Record<string, StepProgress>, url?: string) =>
  roadmapToMarkdown(roadmap, EXAMPLE_PROFILE, catalog, { progress, url });

const shortName = (id: string) => catalog.certifications.find((c) => c.id === id)?.shortName ?? id;
const headings = (md: string) => md.split("\n").filter((line) => /^#{1,6} /.test(line));

/** The lines of step `n`'s section: from its "### n." heading to the next heading of level 2 or 3. */
function section(md: string, n: number): string {
  const lines = md.split("\n");
  const start = lines.findIndex((line) => line.startsWith(`### ${n}. `));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && /^#{2,3} /.test(line));
  return lines.slice(start, end === -1 ? undefined : end).join("\n");
}

test("the document has a title, the profile, and one numbered heading per step in roadmap order", () => {
  expect(roadmap.steps.map((s) => s.certificationId)).toEqual([
    "mlops-professional",
    "mlops-advanced",
    "finops-professional",
    "mlops-expert",
  ]);
  const md = markdown();
  expect(headings(md)).toEqual([
    "# certpath roadmap",
    "## Timeline",
    "## Steps",
    "### 1. MLOps Professional — Engineering track",
    "### 2. MLOps Advanced — Architecture track",
    "### 3. FinOps Professional — Cross-track",
    "### 4. MLOps Expert — Specialized track",
    "## Alternatives",
    "## Assumptions",
  ]);
  expect(md).toContain(
    "For a **Site Reliability Engineer (SRE)** · 5 years of experience · skills: Python, Cloud platforms · " +
      "holds: MLOps Foundation · goal: architect · 8 h/week · starting 2027-01-04",
  );
  expect(md.endsWith("\n")).toBe(true);
  expect(md).not.toMatch(/\n\n\n|undefined|NaN|\[object Object\]|\{\w+\}/);
});

test("each step gives its dates, preparation time, tier and every reason inside its own section", () => {
  const md = markdown();
  roadmap.steps.forEach((step, i) => {
    const body = section(md, i + 1);
    expect(body).toContain(shortName(step.certificationId));
    expect(body).toContain(`- **Dates:** ${step.start} → ${step.end}`);
    // Plans the guide does not give (the neighbouring certifications') say they are certpath's estimate.
    const guidePlan = catalog.certifications.find((c) => c.id === step.certificationId)?.prep.source.kind === "guide";
    const owner = guidePlan ? "the guide's" : "certpath's estimated";
    expect(body).toContain(
      `- **Preparation:** ${step.prepDays.max} days at 8 h/week, about ${step.studyHours.max} study hours (${owner} ${step.tier} 30-day plan)`,
    );
    expect(step.reasons.length).toBeGreaterThan(0);
    for (const reason of step.reasons) expect(body).toContain(`- ${reason.text}\n`);
    const plan = catalog.certifications
      .find((c) => c.id === step.certificationId)
      ?.prep.tiers.find((t) => t.id === step.tier);
    expect(body).toContain(`**Focus of the ${step.tier} plan:** ${plan?.focus}`);
  });
});

test("the skill gap lists what a step builds that the profile lacks, and never a skill the profile has", () => {
  // MLOps Advanced builds Security and Cloud; the example profile already lists Cloud (and Python).
  const advanced = section(markdown(), 2);
  expect(advanced).toContain("**Skills it builds that you don't list yet:** Security and compliance\n");
  expect(advanced).not.toContain("Cloud platforms");

  const md = markdown();
  const names = EXAMPLE_PROFILE.skills.map((id) => catalog.skills.find((s) => s.id === id)?.name ?? id);
  for (const line of md.split("\n").filter((l) => l.startsWith("**Skills it builds"))) {
    for (const name of names) expect(line).not.toContain(name);
  }

  // With every skill listed there is no gap to show at all.
  const everything: Profile = { ...EXAMPLE_PROFILE, skills: catalog.skills.map((s) => s.id) };
  expect(roadmapToMarkdown(roadmap, everything, catalog, {})).not.toContain("Skills it builds");
});

test("program levels show the guide's projects and common mistakes; neighbouring certifications do not", () => {
  const md = markdown();
  const professional = catalog.certifications.find((c) => c.id === "mlops-professional");
  if (professional?.kind !== "level") throw new Error("expected a level");
  const body = section(md, 1);
  for (const item of [...professional.projects, ...professional.mistakes]) expect(body).toContain(`- ${item}\n`);
  expect(body).toContain("**Projects to practise on**");
  expect(body).toContain("**Common mistakes**");

  const finops = section(md, 3); // FinOps Professional is a neighbour
  expect(finops).not.toContain("**Projects to practise on**");
  expect(finops).not.toContain("**Common mistakes**");
});

test("progress and notes appear under their step only", () => {
  const md = markdown({
    "mlops-advanced": { status: "in-progress", notes: "Finished the GDPR reading.\nNext: egress costs." },
    "mlops-expert": { status: "done", notes: "" },
    "not-in-roadmap": { status: "done", notes: "ignored" },
  });
  expect(section(md, 1)).not.toContain("**Progress:**");
  expect(section(md, 2)).toContain("- **Progress:** In progress");
  expect(section(md, 2)).toContain("**Your notes**\n\n> Finished the GDPR reading.\\\n> Next: egress costs.\n");
  expect(section(md, 4)).toContain("- **Progress:** Done");
  expect(section(md, 4)).not.toContain("**Your notes**");
  expect(md).not.toContain("ignored");
  // A certification id that names an Object.prototype member is not mistaken for progress.
  const proto = roadmapToMarkdown(
    { ...roadmap, steps: roadmap.steps.map((s, i) => (i === 0 ? { ...s, certificationId: "constructor" } : s)) },
    EXAMPLE_PROFILE,
    catalog,
    { progress: {} },
  );
  expect(section(proto, 1)).not.toContain("Progress");
});

/** True when every `chars` character in `text` is preceded by an odd number of backslashes (so is literal). */
function allEscaped(text: string, chars: string): boolean {
  return [...text.matchAll(new RegExp(`[${chars.replace(/[\]\\^-]/g, "\\$&")}]`, "g"))].every((m) => {
    const before = /\\*$/.exec(text.slice(0, m.index))?.[0].length ?? 0;
    return before % 2 === 1;
  });
}

/** The block quote holding step 1's notes, without its "> " markers. */
function notesOf(md: string): string[] {
  const body = section(md, 1);
  const quote = body.slice(body.indexOf("**Your notes**\n\n") + "**Your notes**\n\n".length);
  return quote
    .split("\n")
    .filter((line) => line.startsWith(">"))
    .map((line) => line.replace(/^> ?/, ""));
}

test("notes cannot inject headings, links, images, HTML or code: they come out inert", () => {
  const notes = [
    "# heading",
    "## another",
    "[x](javascript:alert(1))",
    "![img](https://evil.test/x.png)",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "```js",
    "`code` and *bold* and _em_ and ~~strike~~ and a | b | c",
    "> nested quote",
    "- list",
    "+ list",
    "1. ordered",
    "2) ordered",
    "===",
    "---",
    "        indented code",
    "&lt;script&gt;",
    "trailing backslash \\",
  ].join("\n");
  const md = markdown({ "mlops-professional": { status: "not-started", notes } });
  const lines = notesOf(md);
  expect(lines).toHaveLength(notes.split("\n").length);

  // Only the document's own headings exist: none came from the notes.
  expect(headings(md).filter((h) => /heading|another/.test(h))).toEqual([]);
  expect(md).not.toContain("[x](");
  expect(md).not.toContain("<script>");
  expect(md).not.toMatch(/(?<!\\)<img/);
  // The only fence is the gantt chart's own.
  expect(md.split("\n").filter((line) => line.includes("```"))).toEqual(["```mermaid", "```"]);
  expect(md).not.toMatch(/(?<!\\)&lt;/);
  for (const line of lines) {
    expect(allEscaped(line, "#[]<>*_`~|&"), line).toBe(true);
    // Nothing at the start of a quoted line opens a block (list, quote, heading, setext underline, code).
    expect(line, line).not.toMatch(/^(\s|[-+=>#]|\d+[.)])/);
  }
  expect(lines[0]).toBe("\\# heading\\");
  expect(lines[2]).toBe("\\[x\\](javascript:alert(1))\\");
  expect(lines[4]).toBe("\\<script\\>alert(1)\\</script\\>\\");
  expect(lines.at(-1)).toBe("trailing backslash \\\\"); // an escaped backslash, not a hard break
});

test("control characters are stripped from notes and blank lines become paragraph breaks", () => {
  const md = markdown({
    "mlops-professional": {
      status: "done",
      notes: "bell\u0007 null\u0000 esc\u001b[31m red\u009b\r\n\r\n\n  second\rthird",
    },
  });
  expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  expect(notesOf(md)).toEqual(["bell null esc\\[31m red", "", "second\\", "third"]);
});

test("property: whatever the notes, every quoted line is escaped and cannot open a block", () => {
  const unit = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.constantFrom("\n", "\r\n", "    ", "#", "[", "]", "<", ">", "`", "\\", "1.", "-") },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  );
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 120 }), (notes) => {
      const md = markdown({ "mlops-professional": { status: "in-progress", notes } });
      expect(headings(md)).toEqual(headings(markdown()));
      for (const line of notes.trim() ? notesOf(md) : []) {
        expect(allEscaped(line, "#[]<>*_`~|&")).toBe(true);
        expect(line).not.toMatch(/^(\s|[-+=>#]|\d+[.)])/);
      }
    }),
  );
});

test("alternatives, warnings and assumptions are listed when the roadmap has them and left out when not", () => {
  const profile: Profile = { ...EXAMPLE_PROFILE, years: 0, skills: [], held: [], goal: "hands-on" };
  const newcomer = recommend(profile, catalog);
  expect(newcomer.warnings.length).toBeGreaterThan(0);
  const md = roadmapToMarkdown(newcomer, profile, catalog, {});
  const order = ["## Timeline", "## Steps", "## Alternatives", "## Watch out", "## Assumptions"].map((h) =>
    md.indexOf(`\n${h}\n`),
  );
  expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
  for (const w of newcomer.warnings) expect(md).toContain(`- ${w.text}\n`);
  for (const a of newcomer.assumptions) expect(md).toContain(`- ${a.text}\n`);
  for (const alt of newcomer.alternatives) {
    expect(md).toContain(`- **${shortName(alt.certificationId)}** (`);
    for (const r of alt.reasons) expect(md).toContain(r.text);
  }
  expect(md).toContain("(next level): ");

  const bare: Roadmap = { steps: [], alternatives: [], warnings: [], assumptions: [] };
  const empty = roadmapToMarkdown(bare, EXAMPLE_PROFILE, catalog, {});
  expect(headings(empty)).toEqual(["# certpath roadmap", "## Steps"]);
  expect(empty).toContain("No steps: everything this profile points to is already held.");
});

test("the share link is an autolink for http(s), inert text otherwise, and absent when not given", () => {
  const url = "https://certpath.example/?role=sre&skills=python,cloud&start=2027-01-04";
  expect(markdown(undefined, url)).toContain(`\nShare link: <${url}>\n`);
  expect(markdown(undefined, "https://x.test/?a=<b> c")).toContain("Share link: <https://x.test/?a=%3Cb%3E%20c>");
  const js = markdown(undefined, "javascript:alert(1)");
  expect(js).toContain("Share link: javascript:alert(1)\n");
  expect(js).not.toContain("<javascript:");
  expect(markdown()).not.toContain("Share link");
  expect(markdown(undefined, "  ")).not.toContain("Share link");
});

test("the same inputs always give the same document, and the inputs are not changed", () => {
  const progress = { "mlops-advanced": { status: "done" as const, notes: "ok" } };
  const before = structuredClone({ roadmap, progress, profile: EXAMPLE_PROFILE });
  const first = markdown(progress, "https://x.test/");
  expect(markdown(progress, "https://x.test/")).toBe(first);
  expect(
    roadmapToMarkdown(structuredClone(roadmap), EXAMPLE_PROFILE, catalog, { progress, url: "https://x.test/" }),
  ).toBe(first);
  expect({ roadmap, progress, profile: EXAMPLE_PROFILE }).toEqual(before);
});

test("markdownFileName names the file after the role and start date", () => {
  expect(markdownFileName(EXAMPLE_PROFILE)).toBe("certpath-roadmap-sre-2027-01-04.md");
});
