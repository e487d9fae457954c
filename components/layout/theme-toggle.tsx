"use client";

import { useSyncExternalStore } from "react";
import { THEME_KEY } from "@/components/layout/pre-paint-script";
import styles from "@/components/layout/site-header.module.css";

type Theme = "light" | "dark";
const CHANGED = "certpath:theme-change";

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === "light" || chosen === "dark") return chosen;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function subscribe(onChange: () => void) {
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  media.addEventListener("change", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    media.removeEventListener("change", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** Switches between light and dark and remembers the choice; until then the system's setting applies. */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(subscribe, currentTheme, () => null);

  const toggle = () => {
    const next: Theme = currentTheme() === "dark" ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage refused: the choice lasts for this page only, which is fine for a theme.
    }
    window.dispatchEvent(new Event(CHANGED));
  };

  return (
    <button type="button" className={styles.toggle} aria-pressed={theme === "dark"} onClick={toggle}>
      Dark mode
    </button>
  );
}
