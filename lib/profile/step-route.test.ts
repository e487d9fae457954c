import { expect, test } from "vitest";
import { isStepAnswered, reachableStep, readStepRoute, stepHref } from "@/lib/profile/step-route";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";

test("the address names the step, and a change from the check page", () => {
  expect(readStepRoute("?step=time")).toEqual({ step: "time", changing: false });
  expect(readStepRoute("?step=held&change=1")).toEqual({ step: "held", changing: true });
  expect(readStepRoute("?step=nonsense&change=1")).toEqual({ changing: false });
  expect(readStepRoute("")).toEqual({ changing: false });
  expect(stepHref({ step: "experience", changing: false })).toBe("/assess?step=experience");
  expect(stepHref({ step: "goals", changing: true })).toBe("/assess?step=goals&change=1");
  expect(stepHref({ step: "review", changing: true })).toBe("/assess?step=review");
});

test("a step is answered when its every question has a valid answer; an empty list is an answer", () => {
  expect(isStepAnswered("role", {})).toBe(false);
  expect(isStepAnswered("role", { role: "sre" })).toBe(true);
  expect(isStepAnswered("experience", { years: 3 })).toBe(false);
  expect(isStepAnswered("experience", { years: 3, skills: [] })).toBe(true);
  expect(isStepAnswered("review", {})).toBe(true);
});

test("a requested step opens only when the earlier ones are answered, else the first missing one", () => {
  expect(reachableStep("time", {})).toBe("role");
  expect(reachableStep("time", { role: "sre", years: 2, skills: [] })).toBe("held");
  expect(reachableStep("time", { ...EXAMPLE_PROFILE, goal: undefined })).toBe("goals");
  expect(reachableStep("time", EXAMPLE_PROFILE)).toBe("time");
  expect(reachableStep("review", EXAMPLE_PROFILE)).toBe("review");
  expect(reachableStep("role", {})).toBe("role");
  // Later answers missing do not matter: a step needs only the ones before it.
  expect(reachableStep("experience", { role: "sre" })).toBe("experience");
});
