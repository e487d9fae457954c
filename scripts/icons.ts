/**
 * `npm run icons`: renders app/icon.svg to the PNG icons the web app manifest names (lib/offline/web-app-manifest.ts)
 * into public/icons/, in Debian's chromium. Run it after changing the icon and commit the PNGs; a unit test
 * checks that they exist at the sizes the manifest states.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../e2e/playwright.config";
import { maskableIconSvg } from "../lib/offline/icon-svg";
import { ICONS } from "../lib/offline/web-app-manifest";

const icon = readFileSync("app/icon.svg", "utf8");
mkdirSync(join("public", "icons"), { recursive: true });

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
for (const { src, size, purpose } of ICONS) {
  const svg = purpose === "maskable" ? maskableIconSvg(icon) : icon;
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="${data}" width="${size}" height="${size}">`,
  );
  await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
  await page.screenshot({ path: join("public", src), omitBackground: true });
  await page.close();
  console.log(`public${src} (${size}×${size}, ${purpose})`);
}
await browser.close();
