"use client";

import { Link } from "@/components/ui/link";
import { useSyncExternalStore } from "react";
import { STORAGE_KEY } from "@/lib/saved/storage-key";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Whether storage holds any answers. A peek, not a validation: the questionnaire validates properly. */
function hasSavedAnswers(): boolean {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = text ? JSON.parse(text) : null;
    const answers = isObject(parsed) && isObject(parsed.state) ? parsed.state.answers : undefined;
    return isObject(answers) && Object.keys(answers).length > 0;
  } catch {
    return false;
  }
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};

/**
 * "Continue where you left off", shown only when answers were saved. No store or zod here, so the home
 * page stays at the framework's weight.
 */
export function ContinueLink() {
  const saved = useSyncExternalStore(subscribe, hasSavedAnswers, () => false);
  if (!saved) return null;
  return (
    <Link href="/assess" className="button button-secondary">
      Continue where you left off
    </Link>
  );
}
