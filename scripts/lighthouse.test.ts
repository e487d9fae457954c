import { expect, test } from "vitest";
import { CHROME_FLAGS } from "./lighthouse";

test("Lighthouse's chromium runs without the omnibox's WebUI, and keeps chrome-launcher's disabled features", () => {
  // Chromium honours only the last --disable-features: there must be one, holding both lists.
  const disabled = CHROME_FLAGS.filter((flag) => flag.startsWith("--disable-features="));
  expect(disabled).toHaveLength(1);
  const features = disabled[0]?.slice("--disable-features=".length).split(",");
  expect(features).toEqual(expect.arrayContaining(["RenderDocument", "Translate", "WebUIOmniboxPopup"]));
  expect(CHROME_FLAGS).toContain("--headless=new");
});
