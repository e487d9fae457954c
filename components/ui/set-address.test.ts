/** @vitest-environment jsdom */
import { expect, test } from "vitest";
import { setAddress } from "@/components/ui/set-address";

test("the address changes at once: replace keeps the history entry, push adds one", () => {
  window.history.replaceState(null, "", "/assess");
  const entries = window.history.length;
  setAddress("/assess?step=role");
  expect(`${window.location.pathname}${window.location.search}`).toBe("/assess?step=role");
  expect(window.history.length).toBe(entries);
  setAddress("/assess?step=experience", "push");
  expect(window.location.search).toBe("?step=experience");
  expect(window.history.length).toBe(entries + 1);
});

test("soon: the address is written after the next frame, unless another change comes first", async () => {
  window.history.replaceState(null, "", "/assess");
  setAddress("/assess?step=role", "replace", { soon: true });
  expect(window.location.search).toBe("");
  await new Promise((done) => setTimeout(done, 100));
  expect(window.location.search).toBe("?step=role");

  setAddress("/assess?step=time", "replace", { soon: true });
  setAddress("/assess?step=experience", "push");
  expect(window.location.search).toBe("?step=experience");
  await new Promise((done) => setTimeout(done, 100));
  expect(window.location.search).toBe("?step=experience");
});
