import type { ProfileIds } from "@/lib/profile/fields";
import { createStore } from "zustand/vanilla";
import { persist } from "zustand/middleware";
import { EMPTY_STATE, SAVED_STATE_VERSION, type QuestionStep, type StepStatus } from "@/lib/saved/saved-shape";
import type { Answers, Progress, SavedState } from "@/lib/saved/saved-state";
import { browserArea, createSafeStorage, restoreLater } from "@/components/state/safe-storage";
import { STORAGE_KEY } from "@/lib/saved/storage-key";

export type AppState = SavedState & {
  /** False until saved data has been read: forms mount after this, so their defaults are current. */
  hydrated: boolean;
  /** What the person should know about their saved data (what was reset, storage unavailable). */
  notices: string[];
  /**
   * True while a questionnaire step is open to change one answer from "Check your answers": Continue then
   * returns there. Not saved: the address carries it (`&change=1`, see lib/profile/step-route.ts).
   */
  changing: boolean;
  saveAnswers: (patch: Answers) => void;
  goTo: (step: QuestionStep, changing?: boolean) => void;
  setStatus: (certificationId: string, status: StepStatus, today: string) => void;
  setNote: (certificationId: string, notes: string) => void;
  mergeProgress: (progress: Progress) => void;
  dismissNotices: () => void;
  startOver: () => void;
};

export type AppStore = ReturnType<typeof createAppStore>;

export const UNAVAILABLE_NOTICE =
  "Your browser isn't letting certpath save anything, so your answers and progress last only until you close this tab. Use “Export progress” to keep a copy.";

export const UNCHECKABLE_NOTICE =
  "Your saved answers and progress couldn't be read just now: the connection may have dropped. They are still saved on this device; reload the page to see them. Changes you make before then are not saved.";

/**
 * The app's store: answers, questionnaire step and progress, persisted with a version. Create one per
 * provider (never a module singleton, so server requests never share one); call
 * `store.persist.rehydrate()` after mounting, which keeps the server and first client render identical.
 */
export function createAppStore(known: ProfileIds, open: typeof browserArea = browserArea) {
  const notify = (notice: string) =>
    store.setState((s) => (s.notices.includes(notice) ? s : { notices: [...s.notices, notice] }));
  // One restorer for reading and for migrating: its code loads once, when something was saved.
  const restore = restoreLater(known);
  const storage = createSafeStorage(
    known,
    {
      onReset: (reset) => notify(`Some saved data couldn't be used and was reset: ${reset.join("; ")}.`),
      onUnavailable: () => notify(UNAVAILABLE_NOTICE),
      onUncheckable: () => notify(UNCHECKABLE_NOTICE),
    },
    open,
    restore,
  );

  const store = createStore<AppState>()(
    persist(
      (set) => ({
        ...EMPTY_STATE,
        hydrated: false,
        notices: [],
        changing: false,
        saveAnswers: (patch) => set((s) => ({ answers: { ...s.answers, ...patch } })),
        goTo: (step, changing = false) => set({ step, changing: changing && step !== "review" }),
        setStatus: (id, status, today) =>
          set((s) => {
            const { doneOn, ...rest } = s.progress[id] ?? { status: "not-started", notes: "" };
            const done = status === "done" ? { doneOn: doneOn ?? today } : {};
            return { progress: { ...s.progress, [id]: { ...rest, status, ...done } } };
          }),
        setNote: (id, notes) =>
          set((s) => ({ progress: { ...s.progress, [id]: { status: "not-started", ...s.progress[id], notes } } })),
        mergeProgress: (progress) => set((s) => ({ progress: { ...s.progress, ...progress } })),
        dismissNotices: () => set({ notices: [] }),
        startOver: () => set({ ...EMPTY_STATE, changing: false }),
      }),
      {
        name: STORAGE_KEY,
        version: SAVED_STATE_VERSION,
        storage,
        skipHydration: true,
        partialize: (s): SavedState => ({ answers: s.answers, step: s.step, progress: s.progress }),
        // Data from another version is read field by field, like the current one (see restoreSavedState).
        migrate: (persisted) => restore(persisted).then(({ state }) => state),
        onRehydrateStorage: () => () => store.setState({ hydrated: true }),
      },
    ),
  );
  return store;
}
