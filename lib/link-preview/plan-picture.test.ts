import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { formatShortRange } from "@/lib/dates/format-date";
import {
  genericPicture,
  MAX_PICTURE_ROWS,
  pictureText,
  planPicture,
  PREVIEW_PATH,
  previewImagePath,
  readPreviewQuery,
  type PlanPicture,
} from "@/lib/link-preview/plan-picture";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { profileToQuery } from "@/lib/profile/share-query";
import { recommend } from "@/lib/recommender/recommend";

const TODAY = "2026-11-30";
const SRE = profileToQuery(EXAMPLE_PROFILE);
/** The longest plan the catalog gives (8 steps): a newcomer SRE aiming at leadership with every interest. */
const LONG =
  "role=sre&years=0&goal=leadership&interests=devops,devsecops,sre,aiops,mlops,dataops,finops&hours=4&start=2027-01-04";

const pictureOf = (query: string) => planPicture(readPreviewQuery(new URLSearchParams(query), catalog, TODAY), catalog);

function plan(picture: PlanPicture) {
  if (picture.kind !== "plan") throw new Error(`expected a plan, got ${picture.kind}`);
  return picture;
}

/** Every piece of text the picture shows. */
function words(picture: PlanPicture): string[] {
  if (picture.kind === "generic") return [picture.heading, picture.summary, ...picture.levels];
  return [
    picture.heading,
    picture.summary,
    picture.moreText,
    ...picture.steps.flatMap((s) => [String(s.number), s.name, s.dates]),
    ...picture.ticks.flatMap((t) => [t.month, t.year ?? ""]),
  ];
}

test("a share link's picture names the role and lists the steps in order with their dates, one bar each", () => {
  const roadmap = recommend(EXAMPLE_PROFILE, catalog);
  const picture = plan(pictureOf(SRE));
  expect(picture.heading).toBe("Roadmap for a Site Reliability Engineer (SRE)");
  expect(picture.summary).toBe("4 steps · 4 Jan 2027 to 4 Jun 2027 · 8 h a week");
  expect(picture.steps.map((s) => [s.number, s.name, s.dates])).toEqual([
    [1, "MLOps Professional", "4 Jan – 10 Feb 2027"],
    [2, "MLOps Advanced", "11 Feb – 20 Mar 2027"],
    [3, "FinOps Professional", "21 Mar – 27 Apr 2027"],
    [4, "MLOps Expert", "28 Apr – 4 Jun 2027"],
  ]);
  expect(picture.steps.map((s) => s.dates)).toEqual(roadmap.steps.map((s) => formatShortRange(s.start, s.end)));
  // Honest geometry: later steps start further right, and each bar ends where the next begins.
  picture.steps.forEach((step, i) => {
    expect(step.width).toBeGreaterThan(0);
    const next = picture.steps[i + 1];
    if (next) expect(next.left).toBeCloseTo(step.left + step.width, 1);
  });
  expect(picture.more).toBe(0);
  expect(picture.ticks[0]).toEqual({ x: 0, month: "Jan", year: "2027" });
});

test("held certifications are not on the picture", () => {
  const picture = plan(
    pictureOf(`${SRE.replace("held=mlops-foundation", "held=mlops-foundation,mlops-professional")}`),
  );
  expect(picture.steps.map((s) => s.name)).not.toContain("MLOps Professional");
  expect(picture.steps.map((s) => s.name)).not.toContain("MLOps Foundation");
  expect(picture.steps[0]?.number).toBe(1);
});

test("a long plan shows its first steps and says how many more there are and when the last exam is", () => {
  const picture = plan(pictureOf(LONG));
  expect(picture.summary).toMatch(/^8 steps · 4 Jan 2027 to \d+ \w+ 20\d\d · 4 h a week$/);
  expect(picture.steps).toHaveLength(MAX_PICTURE_ROWS - 1);
  expect(picture.more).toBe(8 - (MAX_PICTURE_ROWS - 1));
  expect(picture.moreText).toBe(`last exam ${picture.summary.split(" to ")[1]?.split(" · ")[0]}`);
  // The axis covers the steps drawn, so the last bar drawn reaches its right end.
  const last = picture.steps.at(-1);
  expect((last?.left ?? 0) + (last?.width ?? 0)).toBeGreaterThan(90);
});

test("a link the roadmap page reads leniently gets its plan, with the page's defaults", () => {
  const picture = plan(pictureOf("role=sre&hours=0&goal=astronaut&start=2027-01-04&utm_source=chat"));
  expect(picture.heading).toBe("Roadmap for a Site Reliability Engineer (SRE)");
  expect(picture.summary).toMatch(/ · 5 h a week$/);
});

test.each([
  ["no query", ""],
  ["an unknown role", "role=astronaut&start=2027-01-04"],
  ["no role", "hours=8"],
  ["junk", "role=%3Cscript%3E&%zz=1&held=\u0000"],
  ["only keys certpath does not know", "utm_source=chat"],
  // Read leniently, this would be the SRE's plan: only its length makes it generic.
  ["an oversized query", `role=sre&skills=${"python,".repeat(400)}`],
])("%s gets the generic picture", (_, query) => {
  const picture = pictureOf(query);
  expect(picture).toEqual(genericPicture(catalog));
  if (picture.kind === "generic") {
    expect(picture.levels).toEqual(["MLOps Foundation", "MLOps Professional", "MLOps Advanced", "MLOps Expert"]);
  }
});

test("the picture shows only the catalog's and certpath's own words: nothing from the query", () => {
  const picture = pictureOf(`${SRE}&note=${encodeURIComponent("HELLO FROM THE LINK")}`);
  expect(words(picture).join(" ")).not.toContain("HELLO");
});

test("every character is one the bundled font draws, and no f-ligature that Satori would space wrongly", () => {
  const pictures = [pictureOf(SRE), pictureOf(LONG), pictureOf(""), pictureOf("role=engineering-manager&years=12")];
  for (const role of catalog.roles) pictures.push(pictureOf(`role=${role.id}&start=2027-01-04`));
  for (const picture of pictures) {
    for (const text of words(picture)) {
      expect(text).toMatch(/^[\x20-\x7e–·→]*$/);
      expect(text).not.toMatch(/f[fil]/);
    }
  }
});

test("the image address carries the link's canonical query (start date fixed), or none for a bad link", () => {
  const read = (query: string) => readPreviewQuery(new URLSearchParams(query), catalog, TODAY);
  expect(previewImagePath(read("role=sre&hours=8"))).toBe(
    `${PREVIEW_PATH}?role=sre&years=0&goal=hands-on&hours=8&start=${TODAY}`,
  );
  expect(previewImagePath(read(SRE))).toBe(`${PREVIEW_PATH}?${SRE}`);
  expect(previewImagePath(read("role=astronaut"))).toBe(PREVIEW_PATH);
  expect(previewImagePath(null)).toBe(PREVIEW_PATH);
});

test("the preview's words: title, description and the image's alt text say the plan", () => {
  expect(pictureText(pictureOf(SRE))).toEqual({
    title: "certpath: Roadmap for a Site Reliability Engineer (SRE)",
    description:
      "4 steps · 4 Jan 2027 to 4 Jun 2027 · 8 h a week: MLOps Professional, then MLOps Advanced, then FinOps Professional, then MLOps Expert.",
    alt: "Roadmap for a Site Reliability Engineer (SRE). 4 steps · 4 Jan 2027 to 4 Jun 2027 · 8 h a week: MLOps Professional, then MLOps Advanced, then FinOps Professional, then MLOps Expert.",
  });
  expect(pictureText(pictureOf(LONG)).description).toMatch(/, and 4 more\.$/);
  expect(pictureText(pictureOf("")).title).toBe("certpath: Plan your MLOps exams in order");
});
