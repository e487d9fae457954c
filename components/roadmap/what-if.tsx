"use client";

import type { Profile } from "@/lib/profile/schema";
import { Disclosure } from "@/components/ui/disclosure";
import { preloadable } from "@/components/ui/preloadable";
import { useDrawnWhenOpened } from "@/components/ui/use-drawn-when-opened";
import styles from "@/components/roadmap/roadmap-view.module.css";

export type WhatIfChanges = Partial<Pick<Profile, "hours" | "goal">>;

export type WhatIfProps = {
  /** The profile the plan on screen uses (the answers with any changes made here). */
  profile: Profile;
  /** True when the plan differs from the answers it started from. */
  changed: boolean;
  onChange: (changes: WhatIfChanges) => void;
  onReset: () => void;
};

// The fields load apart from the page's first load (npm run perf): fetched once the person starts using the page,
// drawn when the disclosure first opens. Not printed.
const Form = preloadable(() => import("@/components/roadmap/what-if-form").then((m) => m.WhatIfForm));

/** Try another pace or goal: the plan below follows at once, and the answers stay as they were. */
export function WhatIf(props: WhatIfProps) {
  const { shown, onToggle, ref } = useDrawnWhenOpened(Form.preload);
  return (
    <section aria-labelledby="what-if-heading" className={`${styles.section} no-print`}>
      <h2 id="what-if-heading">Try a different pace or goal</h2>
      {/* Closed by default so the steps come sooner; it stays open while the person tries things. */}
      <Disclosure summary="Change the hours or the goal" hint=" and see the plan redrawn" ref={ref} onToggle={onToggle}>
        {shown ? <Form.Component {...props} fallback={<p role="status">Loading…</p>} /> : null}
      </Disclosure>
    </section>
  );
}
