import styles from "@/components/ui/back-link.module.css";

/** GOV.UK's back link, as a button: going back is an action in the page, not a new address. */
export function BackLink({ onClick, children = "Back" }: { onClick: () => void; children?: string }) {
  return (
    <button type="button" className={styles.back} onClick={onClick}>
      {children}
    </button>
  );
}
