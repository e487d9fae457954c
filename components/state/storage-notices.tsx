"use client";

import { useAppStore } from "@/components/state/store-provider";
import { preloadable } from "@/components/ui/preloadable";

// Needed only when saved data was reset or cannot be saved, so its code stays out of every planner page's
// first load and is fetched then.
const Panel = preloadable(() => import("@/components/state/storage-notices-panel").then((m) => m.StorageNoticesPanel));

/** Tells the person, once, when saved data was reset or cannot be saved. */
export function StorageNotices() {
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return <Panel.Component notices={notices} fallback={null} />;
}
