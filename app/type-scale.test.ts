import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The type scale of app/globals.css holds: components size their text with its tokens (or relative to their
 * parent, `1em`), never with sizes of their own. Every size a page shows costs Chromium on Linux a round trip to
 * the browser process in the first layout (docs/performance.md, "Font sizes and the first layout").
 */
const ROOT = join(__dirname, "..");

function cssFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".css"))
    .map((e) => join(e.parentPath, e.name));
}

/** Every `font-size` value and `font` shorthand in a stylesheet, with its line number. */
function fontSizesIn(css: string): { line: number; value: string }[] {
  const found: { line: number; value: string }[] = [];
  css.split("\n").forEach((text, i) => {
    const m = /^\s*font(-size)?\s*:\s*([^;]+);/.exec(text);
    const value = m?.[2]?.trim();
    if (value !== undefined && (m?.[1] !== undefined || value !== "inherit")) found.push({ line: i + 1, value });
  });
  return found;
}

const ALLOWED = /^(var\(--text-(small|body|large|xlarge)\)|1em)$/;

describe("the type scale", () => {
  it("finds sizes, and the shorthand unless it only inherits", () => {
    expect(
      fontSizesIn(".a {\n  font-size: 0.8rem;\n  font: inherit;\n}\n.b { x: 1 }\n  font: 700 1rem serif;"),
    ).toEqual([
      { line: 2, value: "0.8rem" },
      { line: 6, value: "700 1rem serif" },
    ]);
  });

  it("is the only source of font sizes in the components' stylesheets", () => {
    const files = cssFiles("components");
    expect(files.length).toBeGreaterThan(10);
    const strays = files.flatMap((file) =>
      fontSizesIn(readFileSync(file, "utf8"))
        .filter(({ value }) => !ALLOWED.test(value))
        .map(({ line, value }) => `${file.slice(ROOT.length + 1)}:${line}: ${value}`),
    );
    expect(strays).toEqual([]);
  });

  it("defines every token it allows", () => {
    const globals = readFileSync(join(ROOT, "app/globals.css"), "utf8");
    for (const token of ["small", "body", "large", "xlarge"]) expect(globals).toMatch(`--text-${token}: `);
  });
});
