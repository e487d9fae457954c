/**
 * Marks a control that is disabled until the saved answers and progress have been read (a click before then
 * would be overwritten by what is read). Spread onto the control: `<fieldset {...WAITS_FOR_SAVED} disabled=…>`.
 * A part of a page kept as the server's HTML (HydrateOnUse) has no React to enable these: the part enables them
 * itself with `enableWaitingForSaved` once the store has read what is saved, as its drawn controls would be.
 */
export const WAITS_FOR_SAVED = { "data-waits-for-saved": "" } as const;

/** Enables, inside `root`, the controls marked with WAITS_FOR_SAVED. */
export function enableWaitingForSaved(root: ParentNode): void {
  for (const control of root.querySelectorAll<HTMLFieldSetElement | HTMLButtonElement | HTMLInputElement>(
    "[data-waits-for-saved]",
  ))
    control.disabled = false;
}
