import { STORAGE_KEY } from "@/lib/saved/storage-key";

/**
 * Runs before first paint (inline in <head>) and marks <html> with what this browser remembers:
 * - `data-theme`: the chosen theme, so a remembered theme never flashes the other one;
 * - `data-saved-answers`: that answers are saved, so /assess waits for the saved step instead of showing
 *   its first question, which the server renders for everyone else (components/questionnaire/questionnaire.tsx).
 * It is a constant string: a CSP can allow it by hash.
 */
export const THEME_KEY = "certpath:theme";

export const PRE_PAINT_SCRIPT = `try{var d=document.documentElement,t=localStorage.getItem("${THEME_KEY}");if(t==="light"||t==="dark")d.dataset.theme=t;if(localStorage.getItem("${STORAGE_KEY}")!==null)d.dataset.savedAnswers=""}catch(e){}`;
