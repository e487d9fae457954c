import { COMPARE_DATA } from "@/components/compare/compare-data.generated";
import { CompareOverview, type CompareOverviewProps } from "@/components/compare/compare-overview";

/** The compare page's sections with their data: the module components/compare/compare-page.tsx loads apart. */
export function CompareSections(props: Omit<CompareOverviewProps, "data">) {
  return <CompareOverview data={COMPARE_DATA} {...props} />;
}
