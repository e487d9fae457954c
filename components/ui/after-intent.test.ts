// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { afterIntent } from "@/components/ui/after-intent";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test("nothing runs until the person shows intent, then the task runs once", () => {
  const task = vi.fn();
  afterIntent(task);
  vi.advanceTimersByTime(60_000);
  expect(task).not.toHaveBeenCalled();

  window.dispatchEvent(new Event("pointermove"));
  vi.advanceTimersByTime(1_000);
  expect(task).toHaveBeenCalledTimes(1);

  window.dispatchEvent(new Event("keydown"));
  window.dispatchEvent(new Event("scroll"));
  vi.advanceTimersByTime(1_000);
  expect(task).toHaveBeenCalledTimes(1);
});

test.each(["pointerdown", "touchstart", "keydown", "wheel", "scroll", "focusin"])("%s counts as intent", (type) => {
  const task = vi.fn();
  afterIntent(task);
  window.dispatchEvent(new Event(type));
  vi.advanceTimersByTime(1_000);
  expect(task).toHaveBeenCalledTimes(1);
});

test("cancelling before or after the intent keeps the task from running", () => {
  const before = vi.fn();
  afterIntent(before)();
  const after = vi.fn();
  const cancel = afterIntent(after);
  window.dispatchEvent(new Event("pointerdown"));
  cancel();
  vi.advanceTimersByTime(1_000);
  expect(before).not.toHaveBeenCalled();
  expect(after).not.toHaveBeenCalled();
});
