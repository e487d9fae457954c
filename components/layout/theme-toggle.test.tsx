/** @vitest-environment jsdom */
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { THEME_KEY } from "@/components/layout/pre-paint-script";

let systemDark = false;
const listeners = new Set<() => void>();

beforeEach(() => {
  systemDark = false;
  listeners.clear();
  // jsdom has no matchMedia: a stand-in whose answer the tests set.
  vi.stubGlobal("matchMedia", (query: string) => ({
    media: query,
    get matches() {
      return systemDark;
    },
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  }));
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.theme;
});

const toggle = () => screen.getByRole("button", { name: "Dark mode" });

test("shows the theme chosen before paint as pressed once the page has drawn", async () => {
  document.documentElement.dataset.theme = "dark";
  render(<ThemeToggle />);
  await vi.waitFor(() => expect(toggle()).toHaveAttribute("aria-pressed", "true"));
});

test("follows the system setting until a choice is made, and when the system changes", async () => {
  systemDark = true;
  render(<ThemeToggle />);
  await vi.waitFor(() => expect(toggle()).toHaveAttribute("aria-pressed", "true"));
  systemDark = false;
  listeners.forEach((f) => f());
  expect(toggle()).toHaveAttribute("aria-pressed", "false");
});

test("pressing it switches the theme, remembers it, and says so", async () => {
  render(<ThemeToggle />);
  await vi.waitFor(() => expect(toggle()).toHaveAttribute("aria-pressed", "false"));
  await userEvent.click(toggle());
  expect(document.documentElement.dataset.theme).toBe("dark");
  expect(localStorage.getItem(THEME_KEY)).toBe("dark");
  expect(toggle()).toHaveAttribute("aria-pressed", "true");
  await userEvent.click(toggle());
  expect(document.documentElement.dataset.theme).toBe("light");
  expect(toggle()).toHaveAttribute("aria-pressed", "false");
});
