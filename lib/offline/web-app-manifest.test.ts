import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { maskableIconSvg } from "@/lib/offline/icon-svg";
import { pngSize } from "@/lib/offline/png-size";
import { ICONS, WEB_APP_MANIFEST } from "@/lib/offline/web-app-manifest";

describe("the web app manifest", () => {
  it("has what installing needs: names, start URL, standalone display, colours", () => {
    expect(WEB_APP_MANIFEST).toMatchObject({ short_name: "certpath", start_url: "/", display: "standalone" });
    expect(WEB_APP_MANIFEST.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(WEB_APP_MANIFEST.background_color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it.each(ICONS)("names $src, committed under public/ at $size px (npm run icons)", ({ src, size }) => {
    const bytes = readFileSync(join("public", src));
    expect(pngSize(bytes)).toEqual({ width: size, height: size });
  });

  it("has a 192 px and a 512 px icon, and a maskable one", () => {
    const icons = WEB_APP_MANIFEST.icons.map((i) => `${i.sizes} ${i.purpose}`);
    expect(icons).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
  });
});

describe("maskableIconSvg", () => {
  const icon = readFileSync("app/icon.svg", "utf8");

  it("fills the square with the icon's background and shrinks the mark into the safe circle", () => {
    const svg = maskableIconSvg(icon);
    expect(svg).toContain('<rect width="32" height="32" fill="#00703c"/>');
    expect(svg).not.toContain("rx=");
    expect(svg).toContain("scale(0.7)");
    expect(svg).toContain("<path");
  });

  it("refuses an icon it cannot read", () => {
    expect(() => maskableIconSvg("<svg></svg>")).toThrow(/background/);
  });
});

describe("pngSize", () => {
  it("is undefined for bytes that are not a PNG", () => {
    expect(pngSize(new TextEncoder().encode("GIF89a, not a png at all"))).toBeUndefined();
  });
});
