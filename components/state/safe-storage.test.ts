import { expect, test, vi } from "vitest";
import { catalog } from "@/data/catalog";
import { createSafeStorage, type KeyValueArea } from "@/components/state/safe-storage";
import { STORAGE_KEY } from "@/lib/saved/storage-key";
import { knownIdsOf, restoreSavedState } from "@/lib/saved/saved-state";

const known = knownIdsOf(catalog);

function areaWith(text: string | null): KeyValueArea & { writes: string[] } {
  const map = new Map<string, string>(text === null ? [] : [[STORAGE_KEY, text]]);
  const writes: string[] = [];
  return {
    writes,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      writes.push(value);
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
}

const events = () => ({ onReset: vi.fn(), onUnavailable: vi.fn(), onUncheckable: vi.fn() });
const SAVED = {
  state: { answers: { role: "sre", years: 4, goals: "x" }, step: "time", progress: { nope: { status: "done" } } },
  version: 1,
};

test("nothing saved reads as null at once: a first visit loads no checking code", () => {
  const storage = createSafeStorage(known, events(), () => ({ area: areaWith(null), available: true }));
  expect(storage.getItem(STORAGE_KEY)).toBeNull();
});

test("saved data is checked by code loaded on first use, with the same result as checking it at once", async () => {
  const text = JSON.stringify(SAVED);
  const lazyEvents = events();
  const lazy = createSafeStorage(known, lazyEvents, () => ({ area: areaWith(text), available: true }));
  const nowEvents = events();
  const now = createSafeStorage(
    known,
    nowEvents,
    () => ({ area: areaWith(text), available: true }),
    (raw) => restoreSavedState(raw, known),
  );
  const later = lazy.getItem(STORAGE_KEY);
  expect(later).toBeInstanceOf(Promise);
  const expected = now.getItem(STORAGE_KEY);
  expect(expected).not.toBeInstanceOf(Promise);
  expect(await later).toEqual(expected);
  expect(expected).toEqual({ state: { answers: { role: "sre", years: 4 }, step: "time", progress: {} }, version: 1 });
  expect(lazyEvents.onReset).toHaveBeenCalledTimes(1);
  expect(lazyEvents.onReset.mock.calls[0]).toEqual(nowEvents.onReset.mock.calls[0]);
});

test("when the checking code cannot load, saved data is left untouched and the visit works in memory", async () => {
  const text = JSON.stringify(SAVED);
  const area = areaWith(text);
  const told = events();
  const storage = createSafeStorage(
    known,
    told,
    () => ({ area, available: true }),
    () => Promise.reject(new TypeError("Failed to fetch dynamically imported module")),
  );
  expect(await storage.getItem(STORAGE_KEY)).toBeNull();
  expect(told.onUncheckable).toHaveBeenCalledTimes(1);
  await storage.setItem(STORAGE_KEY, { state: { answers: {}, step: "role", progress: {} }, version: 1 });
  expect(area.writes).toEqual([]);
  expect(area.getItem(STORAGE_KEY)).toBe(text);
});
