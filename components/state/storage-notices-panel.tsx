"use client";

import { useAppStore } from "@/components/state/store-provider";
import styles from "@/components/state/storage-notices.module.css";

/** What the person should know about their saved data, with a button that hides it. */
export function StorageNoticesPanel({ notices }: { notices: readonly string[] }) {
  const dismiss = useAppStore((s) => s.dismissNotices);
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
