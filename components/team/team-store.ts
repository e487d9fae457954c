import { createStore } from "zustand/vanilla";
import { persist } from "zustand/middleware";
import type { ProfileIds } from "@/lib/profile/fields";
import type { SavedTeam } from "@/lib/team/saved-team";
import { EMPTY_TEAM, SAVED_TEAM_VERSION, TEAM_STORAGE_KEY } from "@/lib/team/team-shape";
import type { TeamView } from "@/lib/team/team-job";
import type { TeamMember } from "@/lib/team/team-member";
import { browserArea, createValidatedStorage } from "@/components/state/safe-storage";

export type TeamState = SavedTeam & {
  /** False until the saved team has been read. */
  hydrated: boolean;
  /** What the manager should know about the saved team (what was dropped, storage unavailable). */
  notices: string[];
  /**
   * What the page shows of the team's plan, for the people it was made for (by identity); never saved: plans
   * are made again from the people. Null until made.
   */
  plan: TeamPlan | null;
  /** A new team, with its plan when one was made with it (the CSV import plans the people it reads). */
  setPeople: (people: TeamMember[], view?: TeamView) => void;
  /** The plan of these people; dropped if the team has changed since. */
  setPlan: (people: readonly TeamMember[], view: TeamView) => void;
  clear: () => void;
  dismissNotices: () => void;
};

export type TeamStore = ReturnType<typeof createTeamStore>;

/** A team's plan: the people it was made for, and what the page shows of it. */
export type TeamPlan = { people: readonly TeamMember[]; view: TeamView };

export const TEAM_UNAVAILABLE_NOTICE =
  "Your browser isn't letting certpath save anything, so this team lasts only until you close this tab. Keep your CSV file.";

export const TEAM_UNCHECKABLE_NOTICE =
  "The saved team couldn't be read just now: the connection may have dropped. It is still saved on this device; reload the page to see it. A team you import before then is not saved.";

/**
 * The team's own store, apart from the personal answers: the people as imported, persisted under its own key
 * with a version; whatever storage holds is read back through restoreTeam (junk dropped, with a message).
 * One per provider; call `store.persist.rehydrate()` after mounting.
 */
export function createTeamStore(known: ProfileIds, open: typeof browserArea = browserArea) {
  const notify = (notice: string): void => {
    store.setState((s: TeamState) => (s.notices.includes(notice) ? s : { notices: [...s.notices, notice] }));
  };
  // The saved team's checks load only when a team was saved: an empty page loads no validation library.
  const restore = (raw: unknown) => import("@/lib/team/saved-team").then(({ restoreTeam }) => restoreTeam(raw, known));
  const storage = createValidatedStorage<SavedTeam>(
    restore,
    {
      onReset: (reset) => notify(`Part of the saved team couldn't be used: ${reset.join("; ")}.`),
      onUnavailable: () => notify(TEAM_UNAVAILABLE_NOTICE),
      onUncheckable: () => notify(TEAM_UNCHECKABLE_NOTICE),
    },
    open,
  );
  const store = createStore<TeamState>()(
    persist(
      (set) => ({
        ...EMPTY_TEAM,
        hydrated: false,
        notices: [],
        plan: null,
        setPeople: (people, view) => set({ people, plan: view ? { people, view } : null }),
        setPlan: (people, view) => set((s) => (s.people === people ? { plan: { people, view } } : s)),
        clear: () => set({ ...EMPTY_TEAM, plan: null }),
        dismissNotices: () => set({ notices: [] }),
      }),
      {
        name: TEAM_STORAGE_KEY,
        version: SAVED_TEAM_VERSION,
        storage,
        skipHydration: true,
        partialize: (s): SavedTeam => ({ people: s.people }),
        migrate: (persisted) => restore(persisted).then(({ state }) => state),
        onRehydrateStorage: () => () => store.setState({ hydrated: true }),
      },
    ),
  );
  return store;
}
