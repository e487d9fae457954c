"use client";

import { useAppStore } from "@/components/state/store-provider";
import styles from "@/components/state/storage-notices.module.css";

/** Tells the person, once, when saved data was reset or cannot be saved. */
export function StorageNotices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className={`${styles.notice} no-print`} role="status">
      <h2 className={styles.title}>About your saved answers</h2>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="button button-secondary" onClick={dismiss}>
        OK, hide this
      </button>
    </div>
  );
}
