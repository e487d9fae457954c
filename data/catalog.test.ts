import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { catalogSources } from "@/lib/catalog/provenance";
import { CatalogSchema } from "@/lib/catalog/schema";

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

test("the program's levels, in order, with the guide's tracks, validity and pass mark", () => {
  const levels = catalog.certifications.flatMap((c) => (c.kind === "level" ? [c] : []));
  expect(levels.map((l) => [l.id, l.track, l.order])).toEqual([
    ["mlops-foundation", "core-mlops", 1],
    ["mlops-professional", "engineering", 2],
    ["mlops-advanced", "architecture", 3],
    ["mlops-expert", "specialized", 4],
  ]);
  for (const l of levels) {
    expect(l.validityYears).toEqual({ min: 2, max: 3 });
    expect(l.passMarkPercent).toBe(70);
    expect(l.prep.tiers.map((t) => [t.id, t.days.min, t.days.max])).toEqual([
      ["fast", 7, 14],
      ["standard", 30, 30],
      ["extended", 60, 60],
    ]);
  }
  expect(levels.map((l) => l.prerequisites.levels)).toEqual([
    [],
    ["mlops-foundation"],
    ["mlops-professional"],
    ["mlops-advanced"],
  ]);
});

test("every id the engine, URLs and the CLI rely on exists", () => {
  expect(ids(catalog.certifications)).toEqual(
    expect.arrayContaining([
      "dataops-foundation",
      "dataops-professional",
      "devsecops-professional",
      "finops-professional",
      "ai-strategy",
      "cloud-specific-mlops",
      "principal-mlops-architect",
      "cto-infrastructure-program",
    ]),
  );
  expect(ids(catalog.roles)).toEqual([
    "devops-engineer",
    "sre",
    "platform-engineer",
    "cloud-engineer",
    "security-engineer",
    "data-engineer",
    "finops-practitioner",
    "engineering-manager",
    "data-scientist",
    "ml-engineer",
  ]);
  expect(ids(catalog.paths).sort()).toEqual(["aiops", "dataops", "devops", "devsecops", "finops", "mlops", "sre"]);
  expect(ids(catalog.tracks)).toEqual(
    expect.arrayContaining(["core-mlops", "engineering", "architecture", "specialized"]),
  );
  expect(catalog.providers).toHaveLength(9);
});

test("derived roles record their reasoning; guide roles come from its table", () => {
  for (const role of catalog.roles) {
    const derived = role.id === "data-scientist" || role.id === "ml-engineer";
    expect(role.source.kind).toBe(derived ? "derived" : "guide");
    expect(role.rationale.length).toBeGreaterThan(40);
  }
});

test("no broken characters and nothing from the guide's closing advert reach the catalog", () => {
  const text = JSON.stringify(catalog);
  expect(text).not.toMatch(/โ|\uFFFD/);
  expect(text).not.toMatch(/hospital|cardiac|heart/i);
});

// ── provenance: every fact is the guide's (with its section) or visibly certpath's (with its basis) ─────────────

/** The parsed catalog is valid input too: each test below breaks one copy of it in one place. */
const RAW = catalog;

/** Where an entry's source sits, as a path into the raw catalog (the last key is the one deleted). */
const SOURCE_PATHS: (string | number)[][] = [
  ["program", "source"],
  ["program", "facts", "source"],
  ["program", "audiences", 0, "source"],
  ["tracks", 0, "source"],
  ["certifications", 0, "source"],
  ["certifications", 0, "prep", "source"],
  ["certifications", 0, "prerequisites", "statements", 0, "source"],
  ["certifications", 0, "next", "source"],
  ["certifications", 1, "equivalent", "source"],
  ["certifications", 5, "source"],
  ["roles", 0, "source"],
  ["roles", 0, "sources"],
  ["roles", 9, "source"],
  ["paths", 0, "source"],
  ["paths", 0, "sources"],
  ["skills", 0, "source"],
  ["providers", 0, "source"],
  ["providers", 0, "sources"],
  ["faq", 0, "source"],
];

function withoutKey(path: readonly (string | number)[]): unknown {
  const copy: unknown = structuredClone(RAW);
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  delete (node as Record<string | number, unknown>)[path.at(-1) ?? ""];
  return copy;
}

test("the catalog as written parses, and an entry without a source fails, wherever it is", () => {
  expect(CatalogSchema.safeParse(RAW).success).toBe(true);
  for (const path of SOURCE_PATHS) {
    const result = CatalogSchema.safeParse(withoutKey(path));
    expect(result.success, path.join(".")).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(path.join("."));
  }
});

/** The guide's headings a section may cite (each part of a "; "-separated citation starts with one). */
const GUIDE_SECTIONS = [
  "What is the Certified MLOps Professional?",
  "Who should pursue it",
  "Certification overview",
  "Tracks & levels",
  "Certification table",
  "Foundation",
  "Professional",
  "Advanced",
  "Choose your learning path: ",
  "Role table",
  "Next certifications to take after the program",
  "Training & certification support providers: ",
  "Frequently asked questions",
  "FAQ: ",
];

test("every source is the guide's, citing one of its sections, or certpath's with a basis", () => {
  const sources = catalogSources(catalog);
  // Entries, their parts with a source of their own, prerequisites sentences, plans and next steps.
  expect(sources.length).toBeGreaterThan(100);
  for (const { at, source } of sources) {
    if (source.kind === "guide") {
      for (const part of source.section.split("; ")) {
        expect(
          GUIDE_SECTIONS.some((s) => part.startsWith(s)),
          `${at}: "${part}"`,
        ).toBe(true);
      }
    } else {
      expect(source.basis.length, at).toBeGreaterThan(20);
    }
  }
  // FAQ citations name a question the catalog answers.
  const questions = new Set(catalog.faq.map((f) => `FAQ: ${f.question}`));
  for (const { at, source } of sources) {
    if (source.kind !== "guide") continue;
    for (const part of source.section.split("; ").filter((p) => p.startsWith("FAQ: "))) {
      expect(questions.has(part), `${at}: "${part}"`).toBe(true);
    }
  }
});

// ── §1: claims that were at odds with the guide ─────────────────────────────────────────────────────

const byId = (id: string) => {
  const c = catalog.certifications.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id}`);
  return c;
};
const level = (id: string) => {
  const c = byId(id);
  if (c.kind !== "level") throw new Error(`${id} is not a level`);
  return c;
};
const statements = (id: string) => byId(id).prerequisites.statements;

test("Expert's next steps are the guide's advice for after the whole program (lines 131–137)", () => {
  const expert = level("mlops-expert");
  // Same track: toolchains and cloud AI platforms that are not catalog entries, so in words.
  expect(expert.next.sameTrack).toEqual([]);
  expect(expert.next.crossTrack).toEqual(["devsecops-professional", "dataops-professional"]);
  expect(expert.next.leadership).toEqual(["ai-strategy", "finops-professional"]);
  for (const words of ["Kubernetes", "SageMaker", "Vertex AI", "engineering leadership", "product management"]) {
    expect(expert.next.beyond).toContain(words);
  }
  expect(expert.next.beyond).toMatch(/VP of Engineering or Head of AI/);
  expect(expert.next.source).toEqual({ kind: "guide", section: "Next certifications to take after the program" });
  expect(expert.notes.join(" ")).not.toMatch(/names no next steps/);
});

test("DevSecOps and FinOps Professional: the option after a level, and the role table's pairing with Foundation", () => {
  const devsecops = statements("devsecops-professional");
  expect(devsecops[0]).toMatchObject({ source: { section: "Professional: Best next certification" } });
  expect(devsecops[0]?.text).toMatch(/after MLOps Professional/);
  expect(devsecops[1]).toMatchObject({ source: { section: "Role table (Security Engineer row)" } });
  expect(devsecops[1]?.text).toMatch(/with MLOps Foundation, for security engineers/);

  const finops = statements("finops-professional");
  expect(finops[0]?.source).toMatchObject({ kind: "guide" });
  expect(finops[0]?.text).toMatch(/after MLOps Advanced/);
  expect(finops[1]).toMatchObject({ source: { section: "Role table (FinOps Practitioner row)" } });
  expect(finops[1]?.text).toMatch(/with MLOps Foundation, for FinOps practitioners/);
  for (const s of [...devsecops, ...finops]) expect(s.text).not.toMatch(/Best taken after/);
});

test("Foundation's prerequisites: basic Python necessary, cloud and the software lifecycle highly recommended", () => {
  const foundation = statements("mlops-foundation");
  const text = foundation.map((s) => s.text).join(" ");
  expect(text).not.toMatch(/is enough/);
  expect(text).toMatch(/basic Python is necessary/);
  expect(text).toMatch(/software development lifecycle is highly recommended/);
  expect(foundation.map((s) => s.source.kind)).toEqual(["guide", "guide", "guide"]);
  expect(byId("mlops-foundation").prerequisites.recommendedSkills).toEqual(expect.arrayContaining(["python", "cloud"]));
});

test("the ML engineer's reasoning rests on true premises: DataOps Professional follows Foundation, not Professional", () => {
  const ml = catalog.roles.find((r) => r.id === "ml-engineer");
  expect(ml?.rationale).not.toMatch(/cross-track complement/);
  expect(ml?.rationale).toMatch(/cross-track step after Foundation/);
  expect(level("mlops-professional").next.crossTrack).toEqual(["devsecops-professional"]);
  expect(level("mlops-foundation").next.crossTrack).toEqual(["dataops-professional"]);
});

// ── §2: what the guide does not say is marked as certpath's, or gone ────────────────────────────────

test("learning paths' certifications and roles' paths are marked as certpath's; AIOps lists none", () => {
  for (const path of catalog.paths) expect(path.sources.certifications.kind).not.toBe("guide");
  expect(catalog.paths.find((p) => p.id === "aiops")?.certifications).toEqual([]);
  for (const role of catalog.roles) {
    expect(role.sources.paths.kind).not.toBe("guide");
    expect(role.sources.rationale.kind).not.toBe("guide");
    expect(role.rationale).not.toMatch(/^From the guide/);
  }
});

test("prerequisite skills the guide never states are marked as certpath's estimates", () => {
  for (const id of ["mlops-advanced", "mlops-expert"]) {
    const helps = statements(id).find((s) => /helps/.test(s.text));
    expect(helps?.source.kind, id).toBe("estimate");
  }
  // Containers are what Professional's 30-day plan studies, not what it asks for.
  expect(byId("mlops-professional").prerequisites.recommendedSkills).not.toContain("containers");
  for (const c of catalog.certifications.filter((x) => x.kind === "neighbour")) {
    expect(
      c.prerequisites.statements.filter((s) => s.source.kind === "guide").every((s) => !/helps?\b/.test(s.text)),
      c.id,
    ).toBe(true);
  }
  expect(statements("dataops-foundation").map((s) => s.source.kind)).toEqual(["estimate"]);
});

test("providers' labs and community are unknown where the guide is silent, never false", () => {
  for (const p of catalog.providers) {
    expect(p.labs, p.id).not.toBe(false);
    expect(p.community, p.id).not.toBe(false);
  }
  expect(catalog.providers.find((p) => p.id === "cotocus")).toMatchObject({ labs: null, community: null });
  expect(catalog.providers.find((p) => p.id === "aiopsschool")).toMatchObject({ labs: true, community: true });
});

test("smaller readings: names, tracks, figures and wording as the guide has them, or marked", () => {
  expect(byId("dataops-foundation").name).toBe("DataOps Foundation");
  expect(byId("cloud-specific-mlops").sources?.track?.kind).toBe("derived");
  expect(catalog.faq.find((f) => f.id === "expiry")?.answer).toMatch(/^Most certifications in this field/);
  expect(catalog.program.facts.examFormat).toMatch(/^Typically/);
  const professional = level("mlops-professional");
  expect(professional.prerequisites.statements[0]?.source.kind).toBe("derived");
  expect(professional.equivalent?.source.kind).toBe("derived");
  for (const l of catalog.certifications.filter((x) => x.kind === "level")) {
    expect(l.sources?.figures?.kind, l.id).toBe("derived");
  }
});

// ── §3: what the guide says that the app used to leave out ──────────────────────────────────────────

test("added from the guide: Professional's CI/CD/CT and value, scope, hands-on, audiences, path and provider specifics", () => {
  const about = level("mlops-professional").about.join(" ");
  expect(about).toMatch(/CI\/CD\/CT/);
  expect(about).toMatch(/highest immediate value/);
  expect(catalog.program.scope).toMatch(/vendor-neutral.*on-premises/i);
  for (const id of ["mlops-professional", "mlops-advanced"]) {
    expect(statements(id).some((s) => /Hands-on experience is essential/.test(s.text))).toBe(true);
  }
  const audiences = catalog.program.audiences.map((a) => a.text).join(" ");
  for (const who of ["technical architects", "Database administrators", "consultants"]) {
    expect(audiences).toContain(who);
  }
  for (const p of catalog.paths) expect(p.specifics.length, p.id).toBeGreaterThanOrEqual(2);
  for (const p of catalog.providers) expect(p.specifics.length, p.id).toBeGreaterThanOrEqual(2);
});
