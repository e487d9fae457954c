import fc from "fast-check";
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { addDays } from "@/lib/dates/iso-date";
import { icsFileName, roadmapToIcs } from "@/lib/export/ics";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { parseProfile } from "@/lib/profile/parse-profile";
import type { ProfileInput } from "@/lib/profile/schema";
import { recommend } from "@/lib/recommender/recommend";
import type { Roadmap, Step } from "@/lib/recommender/roadmap-schema";

const STAMP = "2027-01-04T09:00:00Z";
const START = "2027-01-04";

// ── a small RFC 5545 reader, written independently of the code under test ─────────────────────────

type Property = { name: string; params: string[]; value: string };
type Component = { name: string; properties: Property[]; children: Component[] };

/** Physical lines: the file must end in CRLF and hold no bare CR or LF. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith("\r\n")).toBe(true);
  expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  return ics.slice(0, -2).split("\r\n");
}

/** Unfolds (CRLF + one space or tab is removed), then parses NAME;PARAM=…:VALUE into nested components. */
function parseIcs(ics: string): Component {
  physicalLines(ics);
  const lines = ics
    .replace(/\r\n[ \t]/g, "")
    .slice(0, -2)
    .split("\r\n");
  const root: Component = { name: "", properties: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:]*)*):(.*)$/s.exec(line);
    if (!match) throw new Error(`Not a content line: ${JSON.stringify(line)}`);
    const [, name = "", params = "", value = ""] = match;
    const top = stack.at(-1);
    if (!top) throw new Error("END without BEGIN");
    if (name === "BEGIN") {
      const child: Component = { name: value, properties: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (name === "END") {
      expect(top.name).toBe(value);
      stack.pop();
    } else {
      top.properties.push({ name, params: params.split(";").filter(Boolean), value });
    }
  }
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0] ?? root;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === "n" ? "\n" : char));
}

function prop(component: Component, name: string): Property | undefined {
  const found = component.properties.filter((p) => p.name === name);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
}
const value = (component: Component, name: string) => prop(component, name)?.value;
const text = (component: Component, name: string) => unescapeText(value(component, name) ?? "");
const events = (calendar: Component) => calendar.children.filter((c) => c.name === "VEVENT");

const octets = (line: string) => new TextEncoder().encode(line).length;

// ── fixtures ───────────────────────────────────────────────────────────────────────────────────────

function roadmapFor(input: Omit<ProfileInput, "start"> & { start?: string }): Roadmap {
  const parsed = parseProfile(input, catalog, { today: START });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return recommend(parsed.profile, catalog);
}

/** A step for a real certification with dates and reasons chosen by the test. */
function step(overrides: Partial<Step> & Pick<Step, "start" | "end">): Step {
  return {
    certificationId: "mlops-professional",
    tier: "standard",
    reasons: [{ ruleId: "test", text: "Because the test says so." }],
    prepDays: { min: 30, max: 30 },
    studyHours: { min: 43, max: 43 },
    ...overrides,
  };
}

function roadmapOf(steps: Step[]): Roadmap {
  return { steps, alternatives: [], warnings: [], assumptions: [] };
}

const SRE_NEWCOMER = roadmapFor({ role: "sre", hours: 8 });

// ── structure ──────────────────────────────────────────────────────────────────────────────────────

test("the calendar has the required header and one VEVENT per step, in roadmap order", () => {
  const calendar = parseIcs(roadmapToIcs(SRE_NEWCOMER, catalog, { stamp: STAMP }));
  expect(calendar.name).toBe("VCALENDAR");
  expect(value(calendar, "VERSION")).toBe("2.0");
  expect(value(calendar, "PRODID")).toBe("-//certpath//roadmap//EN");
  expect(value(calendar, "CALSCALE")).toBe("GREGORIAN");
  expect(value(calendar, "METHOD")).toBe("PUBLISH");
  expect(text(calendar, "X-WR-CALNAME")).toBe("certpath roadmap");

  const vevents = events(calendar);
  expect(calendar.children).toHaveLength(SRE_NEWCOMER.steps.length);
  expect(vevents).toHaveLength(3);
  expect(vevents.map((e) => text(e, "SUMMARY"))).toEqual([
    "Prepare for MLOps Foundation",
    "Prepare for MLOps Professional",
    "Prepare for MLOps Advanced",
  ]);
  for (const event of vevents) {
    expect(event.children).toEqual([]);
    // RFC 5545 §3.6.1: UID and DTSTAMP are required in a VEVENT published with METHOD.
    for (const name of ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"]) {
      expect(prop(event, name), name).toBeDefined();
    }
    expect(value(event, "DTSTAMP")).toBe("20270104T090000Z");
    expect(prop(event, "URL")).toBeUndefined();
  }
});

test("DTSTART and DTEND are exact all-day dates for the SRE newcomer's roadmap, DTEND the day after the last", () => {
  expect(SRE_NEWCOMER.steps.map((s) => [s.certificationId, s.start, s.end])).toEqual([
    ["mlops-foundation", "2027-01-04", "2027-03-19"],
    ["mlops-professional", "2027-03-20", "2027-06-02"],
    ["mlops-advanced", "2027-06-03", "2027-08-16"],
  ]);
  const vevents = events(parseIcs(roadmapToIcs(SRE_NEWCOMER, catalog, { stamp: STAMP })));
  expect(vevents.map((e) => prop(e, "DTSTART"))).toEqual([
    { name: "DTSTART", params: ["VALUE=DATE"], value: "20270104" },
    { name: "DTSTART", params: ["VALUE=DATE"], value: "20270320" },
    { name: "DTSTART", params: ["VALUE=DATE"], value: "20270603" },
  ]);
  expect(vevents.map((e) => prop(e, "DTEND"))).toEqual([
    { name: "DTEND", params: ["VALUE=DATE"], value: "20270320" },
    { name: "DTEND", params: ["VALUE=DATE"], value: "20270603" },
    { name: "DTEND", params: ["VALUE=DATE"], value: "20270817" },
  ]);
});

test("DTEND is the day after the step's end across month, year and leap-day boundaries", () => {
  const cases: [start: string, end: string, dtend: string][] = [
    ["2027-01-10", "2027-01-31", "20270201"],
    ["2027-12-01", "2027-12-31", "20280101"],
    ["2028-02-01", "2028-02-28", "20280229"],
    ["2028-02-10", "2028-02-29", "20280301"],
    ["2027-02-10", "2027-02-28", "20270301"],
    ["2027-05-05", "2027-05-05", "20270506"],
  ];
  const roadmap = roadmapOf(cases.map(([start, end], i) => step({ certificationId: `cert-${i}`, start, end })));
  const vevents = events(parseIcs(roadmapToIcs(roadmap, catalog, { stamp: STAMP })));
  expect(vevents.map((e) => [value(e, "DTSTART"), value(e, "DTEND")])).toEqual(
    cases.map(([start, , dtend]) => [start.replaceAll("-", ""), dtend]),
  );
});

test("UIDs are unique within a calendar and stable from one export to the next", () => {
  for (const roadmap of [
    SRE_NEWCOMER,
    recommend(EXAMPLE_PROFILE, catalog),
    roadmapFor({ role: "engineering-manager", goal: "leadership", interests: ["finops", "dataops"] }),
  ]) {
    const first = events(parseIcs(roadmapToIcs(roadmap, catalog, { stamp: STAMP }))).map((e) => text(e, "UID"));
    const later = events(parseIcs(roadmapToIcs(roadmap, catalog, { stamp: "2027-06-01T12:30:00Z" }))).map((e) =>
      text(e, "UID"),
    );
    expect(first.length).toBeGreaterThan(0);
    expect(new Set(first).size).toBe(first.length);
    expect(later).toEqual(first);
    expect(first).toEqual(roadmap.steps.map((s) => `${s.certificationId}-${s.start}@certpath`));
  }
});

test("the description gives the preparation time and each reason on its own line", () => {
  const [event] = events(parseIcs(roadmapToIcs(SRE_NEWCOMER, catalog, { stamp: STAMP })));
  const [first] = SRE_NEWCOMER.steps;
  if (!event || !first) throw new Error("expected a step");
  const lines = text(event, "DESCRIPTION").split("\n");
  expect(lines[0]).toBe("Prep: 75 days, about 86 study hours (the guide's extended 60-day plan).");
  expect(lines.slice(1)).toEqual(["Why:", ...first.reasons.map((r) => `- ${r.text}`)]);
});

// ── line format ────────────────────────────────────────────────────────────────────────────────────

const ACCENTED = "Préparez-vous à l'évaluation: révisez les étapes clés, déployez, surveillez. "
  .repeat(4)
  .slice(0, 300);

test("no line is longer than 75 octets, even for long accented text, and folding never splits a character", () => {
  expect(ACCENTED).toHaveLength(300);
  const roadmap = roadmapOf([
    step({
      start: START,
      end: "2027-02-10",
      reasons: [
        { ruleId: "long", text: ACCENTED },
        { ruleId: "long", text: `é${ACCENTED}` }, // shifts every fold point by one octet
      ],
    }),
  ]);
  const url = `https://certpath.example/roadmap?role=sre&skills=${"python,cloud,".repeat(12)}é`;
  const ics = roadmapToIcs(roadmap, catalog, { stamp: STAMP, url });
  const lines = physicalLines(ics);
  expect(lines.some((line) => octets(line) === 75)).toBe(true); // long lines really were folded to the limit
  for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  // Each physical line on its own is valid UTF-8: no multi-byte sequence was cut at a fold.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (const line of lines) expect(decoder.decode(new TextEncoder().encode(line))).toBe(line);

  const [event] = events(parseIcs(ics));
  if (!event) throw new Error("expected an event");
  expect(text(event, "DESCRIPTION")).toContain(`\n- ${ACCENTED}\n- é${ACCENTED}\n`);
  expect(value(event, "URL")).toBe(url.replace("é", "%C3%A9"));
});

test("every line ends with CRLF, including the last, and continuation lines start with one space", () => {
  const ics = roadmapToIcs(recommend(EXAMPLE_PROFILE, catalog), catalog, { stamp: STAMP, url: "https://x.test/" });
  const lines = physicalLines(ics);
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  expect(lines.at(-1)).toBe("END:VCALENDAR");
  // A continuation's first octet is the fold's space; what follows may be a space of the value itself.
  for (const line of lines) expect(line).toMatch(/^([A-Z-]+[;:]| .)/);
  expect(lines.some((line) => line.startsWith(" "))).toBe(true);
});

// ── escaping ───────────────────────────────────────────────────────────────────────────────────────

test("TEXT values escape backslash, semicolon, comma and newlines, and unescape to the original", () => {
  const tricky = "Commas, semicolons; a back\\slash \\n (not a newline)\nline two\r\nline three\rline four";
  const renamed = {
    ...catalog,
    certifications: catalog.certifications.map((c) =>
      c.id === "mlops-professional" ? { ...c, shortName: "Pro; the, \\one" } : c,
    ),
  };
  const ics = roadmapToIcs(
    roadmapOf([step({ start: START, end: "2027-02-10", reasons: [{ ruleId: "t", text: tricky }] })]),
    renamed,
    { stamp: STAMP },
  );
  expect(ics).toContain("SUMMARY:Prepare for Pro\\; the\\, \\\\one\r\n");
  const [event] = events(parseIcs(ics));
  if (!event) throw new Error("expected an event");
  expect(text(event, "SUMMARY")).toBe("Prepare for Pro; the, \\one");
  expect(text(event, "DESCRIPTION")).toMatch(
    /\n- Commas, semicolons; a back\\slash \\n \(not a newline\)\nline two\nline three\nline four$/,
  );
});

test("control characters are dropped and a line break in the URL cannot start a new property", () => {
  const url = "https://x.test/?role=sre,x\r\nATTACH:https://evil.test/ \u0007";
  const roadmap = roadmapOf([
    step({ start: START, end: START, reasons: [{ ruleId: "t", text: "bell\u0007 null\u0000 esc\u001b tab\tok" }] }),
  ]);
  const ics = roadmapToIcs(roadmap, catalog, { stamp: STAMP, url });
  const [event] = events(parseIcs(ics));
  if (!event) throw new Error("expected an event");
  expect(prop(event, "ATTACH")).toBeUndefined();
  // A URI is not TEXT: its comma stays a comma, and what a URI cannot hold is percent-encoded.
  expect(value(event, "URL")).toBe("https://x.test/?role=sre,x%0AATTACH:https://evil.test/");
  expect(text(event, "DESCRIPTION")).toContain("\n- bell null esc tab\tok\n");
  expect(text(event, "DESCRIPTION")).toMatch(
    /\nYour roadmap: https:\/\/x\.test\/\?role=sre,x%0AATTACH:https:\/\/evil\.test\/$/,
  );
});

test("the share link, when given, is each event's URL and is repeated in its description", () => {
  const url = "https://certpath.example/roadmap?role=sre&skills=python,cloud&hours=8&start=2027-01-04";
  const vevents = events(parseIcs(roadmapToIcs(SRE_NEWCOMER, catalog, { stamp: STAMP, url })));
  for (const event of vevents) {
    expect(value(event, "URL")).toBe(url);
    expect(text(event, "DESCRIPTION").endsWith(`\nYour roadmap: ${url}`)).toBe(true);
  }
});

// ── edges ──────────────────────────────────────────────────────────────────────────────────────────

test("an empty roadmap is still a valid calendar, with no VEVENT", () => {
  const ics = roadmapToIcs(roadmapOf([]), catalog, { stamp: STAMP });
  const calendar = parseIcs(ics);
  expect(calendar.name).toBe("VCALENDAR");
  expect(calendar.children).toEqual([]);
  expect(value(calendar, "PRODID")).toBe("-//certpath//roadmap//EN");
  expect(ics).not.toContain("VEVENT");
});

test("the stamp is written in basic UTC format; fractions of a second are dropped; a bad stamp throws", () => {
  const dtstamp = (stamp: string) =>
    events(parseIcs(roadmapToIcs(SRE_NEWCOMER, catalog, { stamp }))).map((e) => value(e, "DTSTAMP"))[0];
  expect(dtstamp("2027-01-04T09:00:00Z")).toBe("20270104T090000Z");
  expect(dtstamp("2027-12-31T23:59:59.999Z")).toBe("20271231T235959Z");
  for (const bad of ["2027-01-04", "2027-01-04T09:00:00", "2027-01-04T09:00:00+01:00", "2027-02-30T00:00:00Z"]) {
    expect(() => roadmapToIcs(SRE_NEWCOMER, catalog, { stamp: bad }), bad).toThrow(RangeError);
  }
});

test("the same roadmap and options always give the same file", () => {
  const roadmap = recommend(EXAMPLE_PROFILE, catalog);
  const options = { stamp: STAMP, url: "https://x.test/?a=1" };
  expect(roadmapToIcs(roadmap, catalog, options)).toBe(roadmapToIcs(structuredClone(roadmap), catalog, options));
});

test("icsFileName names the file after the role and start date", () => {
  expect(icsFileName({ ...EXAMPLE_PROFILE, role: "sre", start: "2027-01-04" })).toBe(
    "certpath-roadmap-sre-2027-01-04.ics",
  );
  expect(icsFileName({ role: "data-engineer", start: "2028-02-29" })).toBe(
    "certpath-roadmap-data-engineer-2028-02-29.ics",
  );
});

// ── properties ─────────────────────────────────────────────────────────────────────────────────────

/** The one reason of a one-step roadmap, read back from the exported calendar. */
function roundTripReason(reason: string): { lines: string[]; description: string } {
  const ics = roadmapToIcs(
    roadmapOf([step({ start: START, end: addDays(START, 29), reasons: [{ ruleId: "p", text: reason }] })]),
    catalog,
    {
      stamp: STAMP,
    },
  );
  const [event] = events(parseIcs(ics));
  if (!event) throw new Error("expected an event");
  return { lines: physicalLines(ics), description: text(event, "DESCRIPTION") };
}
const HEAD = "Prep: 30 days, about 43 study hours (the guide's standard 30-day plan).\nWhy:\n- ";

test("property: printable unicode with , ; \\ and line breaks round-trips through escape, fold, unfold and unescape", () => {
  const unit = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.constantFrom(",", ";", "\\", "\\n", "\n", "\r\n", ":", '"', "\t") },
  );
  fc.assert(
    fc.property(fc.string({ unit, minLength: 1, maxLength: 200 }), (reason) => {
      const { lines, description } = roundTripReason(reason);
      for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
      expect(description).toBe(`${HEAD}${reason.replaceAll("\r\n", "\n")}`);
    }),
  );
});

test("property: any code points at all give lines of at most 75 octets and lose only control characters", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 200 }), (reason) => {
      const { lines, description } = roundTripReason(reason);
      for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
      const kept = [...reason.replace(/\r\n?/g, "\n")]
        .filter((char) => {
          const code = char.codePointAt(0) ?? 0;
          return code === 9 || code === 10 || (code >= 0x20 && code < 0x7f) || code > 0x9f;
        })
        .join("");
      expect(description).toBe(`${HEAD}${kept}`);
    }),
  );
});
