import type { ReactNode } from "react";
import { catalog } from "@/data/catalog";
import { StorageNotices } from "@/components/state/storage-notices";
import { StoreProvider } from "@/components/state/store-provider";
import { knownIdsOf } from "@/lib/saved/saved-state";

/** The questionnaire and the roadmap share one store, so moving between them keeps everything. */
export default function PlannerLayout({ children }: { children: ReactNode }) {
  return (
    <StoreProvider known={knownIdsOf(catalog)}>
      <StorageNotices />
      {children}
    </StoreProvider>
  );
}
