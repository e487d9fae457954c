import type { APIResponse } from "@playwright/test";
import { pngSize } from "../lib/offline/png-size";
import { expect, test } from "./fixtures";

/**
 * Link previews: a share link pasted into a chat app shows a picture of that plan. The chat app's crawler reads
 * the page's og:image / twitter:image (an absolute URL) and fetches the picture: a 1200 × 630 PNG for any query.
 */

const SHARE =
  "/roadmap?role=sre&years=5&skills=python,cloud&held=mlops-foundation&goal=architect&interests=sre,finops&hours=8&start=2027-01-04";
/** Slack's link expander: Next.js sends bots like it the metadata in <head>, not streamed after it. */
const SLACKBOT = "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)";

/** The content of `<meta property|name="key" content="…">` in an HTML text (attributes in Next.js's order). */
function meta(html: string, key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
  return tag?.[1]?.replaceAll("&amp;", "&");
}

async function expectPicture(response: APIResponse, where: string) {
  expect(response.status(), where).toBe(200);
  expect(response.headers()["content-type"], where).toBe("image/png");
  expect(response.headers()["cache-control"], where).toBe("public, max-age=86400");
  expect(pngSize(await response.body()), where).toEqual({ width: 1200, height: 630 });
}

test("a share link's page names its picture in og:image and twitter:image, absolute, in <head> for a chat app", async ({
  request,
  baseURL,
}) => {
  const html = await (await request.get(SHARE, { headers: { "user-agent": SLACKBOT } })).text();
  const head = html.slice(0, html.indexOf("</head>"));
  const image = meta(head, "og:image") ?? "";
  expect(image).toBe(
    `${baseURL}/roadmap/image?role=sre&years=5&skills=python,cloud&held=mlops-foundation&goal=architect&interests=sre,finops&hours=8&start=2027-01-04`,
  );
  expect(meta(head, "og:image:width")).toBe("1200");
  expect(meta(head, "og:image:height")).toBe("630");
  expect(meta(head, "og:image:alt")).toMatch(/^Roadmap for a Site Reliability Engineer \(SRE\)\. 4 steps/);
  expect(meta(head, "twitter:card")).toBe("summary_large_image");
  expect(meta(head, "twitter:image")).toBe(image);
  await expectPicture(await request.get(image), "the share link's picture");
});

test("in a browser the roadmap carries the same tags, and a bad link points at the generic picture", async ({
  page,
  baseURL,
}) => {
  await page.goto(SHARE);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    new RegExp(`^${baseURL}/roadmap/image\\?role=sre&`),
  );
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await page.goto("/roadmap?role=astronaut");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", `${baseURL}/roadmap/image`);
});

test("the picture route answers any query with a 1200 × 630 PNG and the security headers, never a 500", async ({
  request,
}) => {
  const queries = {
    "a share link": "?role=sre&start=2027-01-04",
    "a long plan":
      "?role=sre&years=0&goal=leadership&interests=devops,devsecops,sre,aiops,mlops,dataops,finops&hours=4",
    "an unknown role": "?role=astronaut",
    junk: "?role=%3Cscript%3E&%zz&hours=-1e999&held=%00",
    "an oversized query": `?role=sre&skills=${"python,".repeat(700)}`,
    "no query": "",
  };
  const sizes: Record<string, number> = {};
  for (const [where, query] of Object.entries(queries)) {
    const response = await request.get(`/roadmap/image${query}`);
    await expectPicture(response, where);
    sizes[where] = (await response.body()).byteLength;
    const headers = response.headers();
    expect(headers["x-content-type-options"], where).toBe("nosniff");
    expect(headers["referrer-policy"], where).toBe("no-referrer");
    expect(headers["cross-origin-resource-policy"], where).toBe("same-origin");
    // Not a page: the fixed resource policy, which runs and loads nothing.
    expect(headers["content-security-policy"], where).toContain("default-src 'none'");
    expect(headers["content-security-policy"], where).toContain("script-src 'none'");
  }
  // The bad queries all get the one generic picture; the plans get their own.
  expect(new Set([sizes["an unknown role"], sizes.junk, sizes["an oversized query"], sizes["no query"]]).size).toBe(1);
  expect(sizes["a share link"]).not.toBe(sizes["no query"]);
});
