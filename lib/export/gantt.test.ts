/** @vitest-environment jsdom */
// Mermaid's own parser (a devDependency) reads the chart: it runs under Node given a DOM for its sanitiser.
import fc from "fast-check";
import mermaid from "mermaid";
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { addDays } from "@/lib/dates/iso-date";
import type { Catalog } from "@/lib/catalog/schema";
import { ganttBlock, mermaidText } from "@/lib/export/gantt";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import type { Profile } from "@/lib/profile/schema";
import { recommend } from "@/lib/recommender/recommend";

type ParsedTask = { name: string; id: string; section: string; start: string; end: string };

/** Mermaid swaps "#58;" for private markers before parsing and back when drawing: read the text a reader sees. */
const decode = (text: string) =>
  text.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCharCode(Number(code))).trim();

/** A Date Mermaid built from "YYYY-MM-DD" (local midnight) as that ISO date again. */
const isoOf = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

/** The chart as Mermaid understands it: its title and the tasks of its gantt database. */
async function parseGantt(block: string[]): Promise<{ title: string; tasks: ParsedTask[] }> {
  expect(block[0]).toBe("```mermaid");
  expect(block.at(-1)).toBe("```");
  const text = block.slice(1, -1).join("\n");
  expect(await mermaid.parse(text)).toEqual({ diagramType: "gantt", config: {} });
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as {
    getDiagramTitle: () => string;
    getTasks: () => { task: string; id: string; section: string; startTime: Date; endTime: Date }[];
  };
  return {
    title: decode(db.getDiagramTitle()),
    tasks: db.getTasks().map((t) => ({
      name: decode(t.task),
      id: t.id,
      section: decode(t.section),
      start: isoOf(t.startTime),
      end: isoOf(t.endTime),
    })),
  };
}

/** The catalog with one certification's short name replaced. */
function renamed(id: string, shortName: string): Catalog {
  return {
    ...catalog,
    certifications: catalog.certifications.map((c) => (c.id === id ? { ...c, shortName } : c)),
  };
}

const roadmap = recommend(EXAMPLE_PROFILE, catalog);
const shortName = (id: string) => catalog.certifications.find((c) => c.id === id)?.shortName ?? id;

test("the block follows Mermaid's documented gantt syntax: header, dateFormat, one task line per step", () => {
  const block = ganttBlock(roadmap, catalog, "My plan");
  expect(block.slice(0, 5)).toEqual([
    "```mermaid",
    "gantt",
    "  title My plan",
    "  dateFormat YYYY-MM-DD",
    "  axisFormat %b %Y",
  ]);
  const taskLines = block.filter((line) => / :step\d+, /.test(line));
  expect(taskLines).toHaveLength(roadmap.steps.length);
  taskLines.forEach((line, i) => {
    const step = roadmap.steps[i];
    const match = /^ {2}(\d+)\. ([^:]+) :step(\d+), (\d{4}-\d{2}-\d{2}), (\d+)d$/.exec(line);
    expect(match?.slice(1)).toEqual([
      `${i + 1}`,
      shortName(step?.certificationId ?? ""),
      `${i + 1}`,
      step?.start,
      // The window is inclusive: 4 to 5 January is 2 days.
      `${(new Date(`${step?.end}T00:00Z`).getTime() - new Date(`${step?.start}T00:00Z`).getTime()) / 86_400_000 + 1}`,
    ]);
  });
});

test("Mermaid's parser reads one task per step, in order, with the step's dates, under its track's section", async () => {
  expect(roadmap.steps.length).toBe(4);
  const { title, tasks } = await parseGantt(ganttBlock(roadmap, catalog, "certpath roadmap for an SRE"));
  expect(title).toBe("certpath roadmap for an SRE");
  expect(tasks).toEqual(
    roadmap.steps.map((step, i) => ({
      name: `${i + 1}. ${shortName(step.certificationId)}`,
      id: `step${i + 1}`,
      section: expect.stringMatching(/track$/),
      start: step.start,
      // Mermaid's bar ends where the day after the step's last day begins.
      end: addDays(step.end, 1),
    })),
  );
  expect(tasks.map((t) => t.section)).toEqual([
    "Engineering track",
    "Architecture track",
    "Cross-track",
    "Specialized track",
  ]);
  const starts = tasks.map((t) => t.start);
  expect(starts).toEqual([...new Set(starts)].sort());
});

test("held certifications are not tasks", async () => {
  const profile: Profile = { ...EXAMPLE_PROFILE, held: ["mlops-foundation", "mlops-professional"] };
  const plan = recommend(profile, catalog);
  const { tasks } = await parseGantt(ganttBlock(plan, catalog, "plan"));
  expect(tasks).toHaveLength(plan.steps.length);
  expect(tasks.map((t) => t.name)).not.toContainEqual(expect.stringContaining("MLOps Professional"));
  expect(tasks.map((t) => t.name)).not.toContainEqual(expect.stringContaining("MLOps Foundation"));
});

test("a roadmap with no steps has no chart", () => {
  expect(ganttBlock({ steps: [], alternatives: [], warnings: [], assumptions: [] }, catalog, "plan")).toEqual([]);
});

test("a colon, '#', ';', '%%', a keyword or a fence in a name stays in the name and cannot break the chart", async () => {
  const hostile = "Evil: name #x; %% comment ```\nsection Injected :evil, 2020-01-01, 999d";
  const first = roadmap.steps[0]?.certificationId ?? "";
  const { title, tasks } = await parseGantt(ganttBlock(roadmap, renamed(first, hostile), "title: #1; %%"));
  expect(title).toBe("title: #1; %%");
  expect(tasks).toHaveLength(roadmap.steps.length);
  expect(tasks[0]?.name).toBe(`1. ${hostile.replace(/\s+/g, " ")}`);
  expect(tasks[0]?.start).toBe(roadmap.steps[0]?.start);
  expect(tasks.map((t) => t.section)).not.toContain("Injected");
  // Without the escaping, the colon would have ended the name (the parser is the judge of that).
  const raw = ganttBlock(roadmap, catalog, "plan").map((line, i) =>
    i === 6 ? line.replace(mermaidText(shortName(first)), "Evil: name") : line,
  );
  expect((await parseGantt(raw)).tasks[0]?.name).not.toBe("1. Evil: name");
});

test("property: whatever a certification's name, Mermaid reads it back whole and the dates do not move", async () => {
  const first = roadmap.steps[0]?.certificationId ?? "";
  const unit = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(":", "#", ";", "%%", "\n", "```", "section ", "title ", "&#58;", "é", "→"),
    },
  );
  await fc.assert(
    fc.asyncProperty(fc.string({ unit, minLength: 1, maxLength: 40 }), async (name) => {
      const { tasks } = await parseGantt(ganttBlock(roadmap, renamed(first, name), "plan"));
      expect(tasks).toHaveLength(roadmap.steps.length);
      expect(tasks[0]?.name).toBe(`1. ${name.replace(/\s+/g, " ").trim()}`.trim());
      expect(tasks.map((t) => t.start)).toEqual(roadmap.steps.map((s) => s.start));
    }),
    { numRuns: 60 },
  );
});
