import { createSafeStorage } from "@/components/state/safe-storage";
import { restoreSavedState } from "@/lib/saved/saved-state";
import type { SafeStorageFactory } from "@/scripts/fuzz/parsers";

/**
 * The store's storage with its checks already loaded. In the app they load on first use, which makes reading
 * saved data asynchronous; components/state/safe-storage.test.ts checks that path gives the same values.
 */
export const createSafeStorageNow: SafeStorageFactory = (known, events, open) =>
  createSafeStorage(known, events, open, (raw) => restoreSavedState(raw, known));
