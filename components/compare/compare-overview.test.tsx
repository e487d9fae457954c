/** @vitest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { COMPARE_DATA } from "@/components/compare/compare-data.generated";
import { CompareOverview } from "@/components/compare/compare-overview";
import { COMPARE_SECTION_IDS } from "@/lib/compare/compare-pages";
import { DEFAULT_COMPARE_STATE } from "@/lib/compare/compare-state";

const sectionIds = () => Array.from(document.querySelectorAll("section[id]"), (s) => s.id).sort();

test("each compare page draws the sections its anchors name (lib/compare/compare-pages.ts), and only those", () => {
  for (const view of ["certifications", "roles"] as const) {
    window.history.replaceState(null, "", view === "roles" ? "/compare/roles" : "/compare");
    const { unmount } = render(
      <CompareOverview data={COMPARE_DATA} state={DEFAULT_COMPARE_STATE} problems={[]} view={view} />,
    );
    expect(sectionIds()).toEqual([...COMPARE_SECTION_IDS[view]].sort());
    unmount();
  }
});

test("drawn for no query at an address that also sorts the other page's tables (offline), it names them", async () => {
  window.history.replaceState(null, "", "/compare?sort=level.desc&role-sort=role.desc");
  render(<CompareOverview data={COMPARE_DATA} state={DEFAULT_COMPARE_STATE} problems={[]} view="certifications" />);
  const link = await screen.findByRole("link", { name: "open them there" });
  expect(link).toHaveAttribute("href", "/compare/roles?role-sort=role.desc");
  expect(link.closest("p")).toHaveTextContent(/also sorts the role, path or provider tables/);
});
