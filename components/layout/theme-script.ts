/**
 * Runs before first paint (inline in <head>) so a remembered theme never flashes the other one.
 * It is a constant string: a CSP can allow it by hash.
 */
export const THEME_KEY = "certpath:theme";

export const THEME_SCRIPT = `try{var t=localStorage.getItem("${THEME_KEY}");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
