/** @vitest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { StoreProvider } from "@/components/state/store-provider";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { profileToQuery } from "@/lib/profile/share-query";
import { knownIdsOf } from "@/lib/saved/saved-state";
import RoadmapPage, { metadata } from "./page";

async function renderPage(query: Record<string, string | string[]>) {
  const page = await RoadmapPage({ searchParams: Promise.resolve(query) });
  return render(<StoreProvider known={knownIdsOf(catalog)}>{page}</StoreProvider>);
}

test("the page is titled Your roadmap", () => {
  expect(metadata.title).toBe("Your roadmap");
});

test("with no query and no saved answers, the page links to the questions", async () => {
  await renderPage({});
  expect(await screen.findByText("You haven't answered the questions yet.")).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Answer the questions" })).toHaveAttribute("href", "/assess");
});

test("a share link's profile is planned straight from the query", async () => {
  window.history.replaceState(null, "", `/roadmap?${profileToQuery(EXAMPLE_PROFILE)}`);
  await renderPage(Object.fromEntries(new URLSearchParams(profileToQuery(EXAMPLE_PROFILE))));
  expect(document.getElementById("step-mlops-advanced")).toBeInTheDocument();
  expect(screen.getByRole("radio", { name: "Become an architect" })).toBeChecked();
});

test("a share link with bad values shows what is wrong instead of a roadmap", async () => {
  await renderPage({ role: "sre", hours: ["8", "9"], goal: "astronaut" });
  const alert = screen.getByRole("alert");
  expect(
    within(alert)
      .getAllByRole("listitem")
      .map((li) => li.textContent?.split(":")[0]),
  ).toEqual(["goal", "hours"]);
  expect(screen.queryByRole("heading", { name: "Your roadmap" })).toBeNull();
});
