"use client";

import type { ProfileIds } from "@/lib/profile/schema";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { createAppStore, type AppState, type AppStore } from "@/components/state/app-store";
import { afterFrame } from "@/components/ui/after-frame";

const StoreContext = createContext<AppStore | null>(null);

/**
 * Gives its children one app store, read back from storage after the first render (no hydration mismatch), in a
 * task of its own after the first frame: what was read re-renders every reader synchronously (a zustand update is
 * never a transition), and inside the task that hydrated the page that made one long blocking task of both.
 */
export function StoreProvider({ known, children }: { known: ProfileIds; children: ReactNode }) {
  const [store] = useState(() => createAppStore(known));
  useEffect(() => afterFrame(() => void store.persist.rehydrate()), [store]);
  return <StoreContext value={store}>{children}</StoreContext>;
}

/** Reads from the app store; re-renders only when the selected value changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useAppStore needs a StoreProvider above it");
  return useStore(store, selector);
}
