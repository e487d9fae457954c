/** @vitest-environment jsdom */
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { createAppStore, UNAVAILABLE_NOTICE } from "@/components/state/app-store";
import { knownIdsOf } from "@/lib/saved/saved-state";
import { STORAGE_KEY } from "@/lib/saved/storage-key";

const known = knownIdsOf(catalog);

test("answers, step and progress survive a reload (a new store over the same storage)", async () => {
  const first = createAppStore(known);
  await first.persist.rehydrate();
  first.getState().saveAnswers({ role: "sre", years: 4 });
  first.getState().goTo("time");
  first.getState().setStatus("mlops-professional", "done", "2027-02-01");
  first.getState().setNote("mlops-professional", "Passed with 82%");

  const second = createAppStore(known);
  expect(second.getState().hydrated).toBe(false);
  await second.persist.rehydrate();
  const s = second.getState();
  expect(s.hydrated).toBe(true);
  expect(s.answers).toEqual({ role: "sre", years: 4 });
  expect(s.step).toBe("time");
  expect(s.progress["mlops-professional"]).toEqual({ status: "done", notes: "Passed with 82%", doneOn: "2027-02-01" });
  expect(s.notices).toEqual([]);
});

test("junk in storage never crashes: the valid part is kept and the reset is reported", async () => {
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({
      state: {
        answers: { role: "sre", years: -4, skills: ["python", "cobol"], hours: 8 },
        step: "nowhere",
        progress: { "mlops-foundation": { status: "done", notes: "" }, ghost: { status: "done" } },
      },
      version: 1,
    }),
  );
  const store = createAppStore(known);
  await store.persist.rehydrate();
  const s = store.getState();
  expect(s.answers).toEqual({ role: "sre", skills: ["python"], hours: 8 });
  expect(s.step).toBe("role");
  expect(Object.keys(s.progress)).toEqual(["mlops-foundation"]);
  expect(s.notices.join(" ")).toMatch(/years/);
  expect(s.notices.join(" ")).toMatch(/ghost/);
});

test("unparseable storage and a wrong version are handled", async () => {
  localStorage.setItem(STORAGE_KEY, "{not json");
  const broken = createAppStore(known);
  await broken.persist.rehydrate();
  expect(broken.getState().answers).toEqual({});
  expect(broken.getState().notices.join(" ")).toMatch(/unreadable/);

  localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { answers: { role: "sre" }, step: "held" }, version: 99 }));
  const future = createAppStore(known);
  await future.persist.rehydrate();
  expect(future.getState().answers).toEqual({ role: "sre" });
  expect(future.getState().step).toBe("held");
});

test("when storage is refused the app works in memory and says so once", async () => {
  const refused = () => ({
    area: {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    },
    available: true,
  });
  const store = createAppStore(known, refused);
  await store.persist.rehydrate();
  store.getState().saveAnswers({ role: "sre" });
  store.getState().saveAnswers({ years: 2 });
  expect(store.getState().answers).toEqual({ role: "sre", years: 2 });
  expect(store.getState().notices).toEqual([UNAVAILABLE_NOTICE]);
});
