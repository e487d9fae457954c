"use client";

import type { ProfileIds } from "@/lib/profile/schema";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { createAppStore, type AppState, type AppStore } from "@/components/state/app-store";

const StoreContext = createContext<AppStore | null>(null);

/** Gives its children one app store, read back from storage after the first render (no hydration mismatch). */
export function StoreProvider({ known, children }: { known: ProfileIds; children: ReactNode }) {
  const [store] = useState(() => createAppStore(known));
  useEffect(() => {
    void store.persist.rehydrate();
  }, [store]);
  return <StoreContext value={store}>{children}</StoreContext>;
}

/** Reads from the app store; re-renders only when the selected value changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useAppStore needs a StoreProvider above it");
  return useStore(store, selector);
}
