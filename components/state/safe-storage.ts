import type { ProfileIds } from "@/lib/profile/fields";
import type { PersistStorage, StorageValue } from "zustand/middleware";
import type { Restored, SavedState } from "@/lib/saved/saved-state";

/** Where the store keeps its data: a key-value area that may be missing, full or broken. */
export type KeyValueArea = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export type StorageEvents = {
  /** Saved data was found but part of it had to be reset; the messages say what. */
  onReset: (reset: string[]) => void;
  /** The browser refused storage (private mode, quota, disabled): data lives in memory for this visit. */
  onUnavailable: () => void;
  /**
   * The code that checks saved data could not be loaded (the connection dropped before it arrived): saved data
   * is left exactly as it is and this visit works in memory, so nothing saved is overwritten.
   */
  onUncheckable?: () => void;
};

function memoryArea(): KeyValueArea {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** localStorage when it works, else memory; probing can itself throw (a SecurityError, say). */
export function browserArea(): { area: KeyValueArea; available: boolean } {
  try {
    const area = window.localStorage;
    const probe = "certpath:probe";
    area.setItem(probe, "1");
    area.removeItem(probe);
    return { area, available: true };
  } catch {
    return { area: memoryArea(), available: false };
  }
}

/**
 * A zustand persist storage that validates on the way in: whatever JSON (or junk) it finds goes through
 * `restore`, which keeps the valid part and says in words what it reset. Writes that fail (quota full) switch
 * to memory and report once instead of throwing into React. Each store brings its own `restore`; one that
 * returns a promise (its checking code loaded on first use) makes reading asynchronous, and only when
 * something was saved: with nothing stored, reading answers at once.
 */
export function createValidatedStorage<T>(
  restore: (raw: unknown) => { state: T; reset: string[] } | Promise<{ state: T; reset: string[] }>,
  events: StorageEvents,
  open: () => { area: KeyValueArea; available: boolean } = browserArea,
): PersistStorage<T> {
  // Opened on first use, in the browser: never while rendering on the server.
  let opened: { area: KeyValueArea; available: boolean } | undefined;
  let told = false;
  const unavailable = () => {
    if (told) return;
    told = true;
    events.onUnavailable();
  };
  const areaNow = (): KeyValueArea => {
    if (!opened) {
      opened = open();
      if (!opened.available) unavailable();
    }
    return opened.area;
  };

  return {
    getItem(name): StorageValue<T> | null | Promise<StorageValue<T> | null> {
      let text: string | null;
      try {
        text = areaNow().getItem(name);
      } catch {
        unavailable();
        return null;
      }
      if (text === null) return null;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        raw = "unreadable";
      }
      const envelope = typeof raw === "object" && raw !== null && "state" in raw ? raw : { state: raw };
      const version = "version" in envelope && typeof envelope.version === "number" ? envelope.version : undefined;
      const finish = ({ state, reset }: { state: T; reset: string[] }): StorageValue<T> => {
        if (reset.length > 0) events.onReset(reset);
        return version === undefined ? { state } : { state, version };
      };
      const restored = restore(envelope.state);
      if (!(restored instanceof Promise)) return finish(restored);
      return restored.then(finish, () => {
        // Leave what is saved untouched: this visit keeps its changes in memory only.
        opened = { area: memoryArea(), available: false };
        events.onUncheckable?.();
        return null;
      });
    },
    setItem(name, value) {
      const text = JSON.stringify(value);
      try {
        areaNow().setItem(name, text);
      } catch {
        opened = { area: memoryArea(), available: false };
        opened.area.setItem(name, text);
        unavailable();
      }
    },
    removeItem(name) {
      try {
        areaNow().removeItem(name);
      } catch {
        unavailable();
      }
    },
  };
}

/**
 * The personal store's storage: saved answers and progress, restored field by field (restoreSavedState). The
 * schemas that check them load only when something was saved, so a first visit never loads the validation
 * library (docs/performance.md).
 */
export function createSafeStorage(
  known: ProfileIds,
  events: StorageEvents,
  open: () => { area: KeyValueArea; available: boolean } = browserArea,
  restore: (raw: unknown) => Restored | Promise<Restored> = restoreLater(known),
): PersistStorage<SavedState> {
  return createValidatedStorage(restore, events, open);
}

/** `restoreSavedState`, loaded on first use. */
export function restoreLater(known: ProfileIds): (raw: unknown) => Promise<Restored> {
  return (raw) => import("@/lib/saved/saved-state").then(({ restoreSavedState }) => restoreSavedState(raw, known));
}
