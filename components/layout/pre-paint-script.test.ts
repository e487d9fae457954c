/** @vitest-environment jsdom */
import { afterEach, describe, expect, it, vi } from "vitest";
import { PRE_PAINT_SCRIPT, THEME_KEY } from "@/components/layout/pre-paint-script";
import { STORAGE_KEY } from "@/lib/saved/storage-key";

/** Runs the script as the browser would, inline, against this test's document and storage. */
const runScript = () => new Function(PRE_PAINT_SCRIPT)();
const root = () => document.documentElement;

afterEach(() => {
  delete root().dataset.theme;
  delete root().dataset.savedAnswers;
});

describe("the pre-paint script", () => {
  it("marks nothing in a browser that remembers nothing", () => {
    runScript();
    expect(root().dataset.theme).toBeUndefined();
    expect(root().dataset.savedAnswers).toBeUndefined();
  });

  it.each(["light", "dark"])("applies a remembered %s theme", (theme) => {
    localStorage.setItem(THEME_KEY, theme);
    runScript();
    expect(root().dataset.theme).toBe(theme);
  });

  it("ignores a theme it does not know", () => {
    localStorage.setItem(THEME_KEY, "<b>purple</b>");
    runScript();
    expect(root().dataset.theme).toBeUndefined();
  });

  it("marks saved answers, whatever they hold (the app reads and repairs them later)", () => {
    localStorage.setItem(STORAGE_KEY, "not even JSON");
    runScript();
    expect(root().dataset.savedAnswers).toBe("");
  });

  it("does nothing, and throws nothing, when storage refuses to be read", () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    expect(runScript).not.toThrow();
    expect(root().dataset.theme).toBeUndefined();
  });
});
