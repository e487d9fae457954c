import { Link } from "@/components/ui/link";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import styles from "@/components/layout/site-header.module.css";

const LINKS = [
  { href: "/assess", label: "Questionnaire" },
  { href: "/roadmap", label: "Your roadmap" },
  { href: "/compare", label: "Compare" },
  { href: "/team", label: "Team" },
  { href: "/about", label: "About" },
] as const;

/** The header on every page: skip link, home link, main navigation and the theme switch. */
export function SiteHeader() {
  return (
    <header className={`${styles.header} no-print`}>
      <a href="#main" className={styles.skip}>
        Skip to main content
      </a>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          certpath
        </Link>
        <nav aria-label="Main">
          <ul className={styles.nav}>
            {LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
