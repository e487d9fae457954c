import { useEffect, type RefObject } from "react";

const DETAILS = "details[data-step-details]";

function stepDetails(root: ParentNode | null | undefined): HTMLDetailsElement[] {
  return root ? [...root.querySelectorAll<HTMLDetailsElement>(DETAILS)] : [];
}

/** Opens the disclosure of the step a "#step-<id>" fragment names, and returns that step (null if none). */
function openStep(hash: string): HTMLElement | null {
  if (!hash.startsWith("#step-")) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null; // A fragment with broken percent-encoding names no step.
  }
  const target = document.getElementById(id);
  const details = target?.querySelector<HTMLDetailsElement>(DETAILS);
  if (!target || !details) return null;
  details.open = true;
  return target;
}

/**
 * The steps' disclosures, driven from outside a step: a deep link (/roadmap?…#step-<id>) or a timeline bar opens
 * and shows that step; printing opens every step (and closes again afterwards those it opened); and the returned
 * functions open or close all of them. Native <details> keep their own state otherwise, which React leaves alone
 * (it never sets `open`), so a what-if redraw keeps what the person opened.
 */
export function useStepDisclosure(list: RefObject<HTMLElement | null>) {
  useEffect(() => {
    // On load the browser jumped to the fragment before the steps could open (or, for saved answers, existed).
    openStep(window.location.hash)?.scrollIntoView();
    const onHashChange = () => openStep(window.location.hash)?.scrollIntoView();
    // Following a link to the fragment already in the address fires no hashchange: open on the click itself.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#step-"]') : null;
      const href = link?.getAttribute("href");
      if (href) openStep(href);
    };
    let openedForPrint: HTMLDetailsElement[] = [];
    const onBeforePrint = () => {
      openedForPrint = stepDetails(list.current).filter((details) => !details.open);
      for (const details of openedForPrint) details.open = true;
    };
    const onAfterPrint = () => {
      for (const details of openedForPrint) details.open = false;
      openedForPrint = [];
    };
    window.addEventListener("hashchange", onHashChange);
    document.addEventListener("click", onClick);
    window.addEventListener("beforeprint", onBeforePrint);
    window.addEventListener("afterprint", onAfterPrint);
    return () => {
      window.removeEventListener("hashchange", onHashChange);
      document.removeEventListener("click", onClick);
      window.removeEventListener("beforeprint", onBeforePrint);
      window.removeEventListener("afterprint", onAfterPrint);
    };
  }, [list]);

  // For event handlers only (it reads the DOM), so it needs no memo.
  return (open: boolean) => {
    for (const details of stepDetails(list.current)) details.open = open;
  };
}
