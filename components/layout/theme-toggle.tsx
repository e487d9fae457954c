"use client";

import { useEffect, useRef } from "react";
import { THEME_KEY } from "@/components/layout/pre-paint-script";
import styles from "@/components/layout/site-header.module.css";
import { afterFrame } from "@/components/ui/after-frame";

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

/**
 * Switches between light and dark and remembers the choice; until then the system's setting applies.
 *
 * The theme lives outside React (`<html data-theme>`, set before paint by the pre-paint script, and the system
 * setting), so the button's pressed state is written straight onto it rather than kept as React state. As state
 * (useSyncExternalStore) it differed from the server's render on every load, which made React re-render the
 * whole page synchronously right after hydrating, and reading the system setting in that commit forced a style
 * pass over the page: a blocking task on every page (docs/performance.md). It is read after the first frame.
 */
export function ThemeToggle() {
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const show = () => button.current?.setAttribute("aria-pressed", String(currentTheme() === "dark"));
    const cancel = afterFrame(show);
    const unsubscribe = subscribe(show);
    return () => {
      cancel();
      unsubscribe();
    };
  }, []);

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
    <button ref={button} type="button" className={styles.toggle} aria-pressed="false" onClick={toggle}>
      Dark mode
    </button>
  );
}
