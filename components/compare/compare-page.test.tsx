/** @vitest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { comparePageLoaded, ComparePage } from "@/components/compare/compare-page";
import { compareStateFromQuery } from "@/lib/compare/compare-state";

// The sections' script failing to arrive (a dropped connection, a worker without it cached).
vi.mock("@/components/compare/compare-sections", () => {
  throw new Error("chunk failed to load");
});

test("when the sections' script cannot be loaded, the page says so and how to go on, instead of a blank page", async () => {
  await comparePageLoaded();
  render(
    <ComparePage
      state={compareStateFromQuery(new URLSearchParams()).state}
      problems={[]}
      query=""
      view="certifications"
    />,
  );
  expect(screen.getByRole("alert")).toHaveTextContent(/could not be loaded.*Reload the page/);
});
