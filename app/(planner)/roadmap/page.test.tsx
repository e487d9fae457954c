/** @vitest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { catalog } from "@/data/catalog";
import { ownViewLoaded } from "@/components/roadmap/own-roadmap-page";
import { sharedPlanLoaded } from "@/components/roadmap/shared-roadmap-page";
import { StoreProvider } from "@/components/state/store-provider";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { profileToQuery } from "@/lib/profile/share-query";
import { knownIdsOf } from "@/lib/saved/saved-state";
import RoadmapPage, { generateMetadata } from "./page";

// generateMetadata reads the request's host for absolute image URLs; here every request comes to one host.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "certpath.test:4530" }) }));

async function renderPage(query: Record<string, string | string[]>) {
  // A share link's plan comes as a script of its own; the server has it before it renders.
  await sharedPlanLoaded();
  await ownViewLoaded();
  const page = await RoadmapPage({ searchParams: Promise.resolve(query) });
  return render(<StoreProvider known={knownIdsOf(catalog)}>{page}</StoreProvider>);
}

const titleFor = async (query: Record<string, string>) =>
  (await generateMetadata({ searchParams: Promise.resolve(query) })).title;

test("the page is titled Your roadmap, and starts with Error: while a link's problem blocks the plan", async () => {
  expect(await titleFor({})).toBe("Your roadmap");
  expect(await titleFor({ role: "sre", hours: "0" })).toBe("Your roadmap");
  expect(await titleFor({ role: "astronaut" })).toBe("Error: This link has a problem");
  expect(await titleFor({ hours: "8" })).toBe("Error: This link has a problem");
});

test("a share link's preview: og:image and twitter:image point at the picture of its plan, absolute", async () => {
  const metadata = await generateMetadata({
    searchParams: Promise.resolve({ hours: "8", start: "2027-01-04", role: "sre", utm_source: "chat" }),
  });
  expect(String(metadata.metadataBase)).toBe("http://certpath.test:4530/");
  const image = {
    url: "/roadmap/image?role=sre&years=0&goal=hands-on&hours=8&start=2027-01-04",
    width: 1200,
    height: 630,
    type: "image/png",
    alt: expect.stringMatching(/^Roadmap for a Site Reliability Engineer \(SRE\)\. \d+ steps? · 4 Jan 2027 to /),
  };
  expect(metadata.openGraph?.images).toEqual([image]);
  expect(metadata.twitter).toMatchObject({ card: "summary_large_image", images: [image] });
  expect(metadata.openGraph?.title).toBe("certpath: Roadmap for a Site Reliability Engineer (SRE)");
  // No link, or a link that cannot be planned: the generic picture.
  for (const query of [{}, { role: "astronaut" }]) {
    const other = await generateMetadata({ searchParams: Promise.resolve(query) });
    expect(other.openGraph?.images).toEqual([expect.objectContaining({ url: "/roadmap/image" })]);
    expect(other.twitter).toMatchObject({ card: "summary_large_image" });
  }
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
  // The goal from the query, as "Your answers" says it (the what-if fields are drawn only when opened).
  expect(screen.getByText("Become an architect")).toBeInTheDocument();
});

test("a share link with bad values for defaulted fields shows the plan with the defaults, and says so", async () => {
  await renderPage({ role: "sre", hours: ["8", "9"], goal: "astronaut" });
  expect(screen.getByRole("heading", { level: 1, name: "A roadmap from a shared link" })).toBeInTheDocument();
  const notices = screen.getByRole("region", { name: "Some of the link couldn't be used" });
  expect(
    within(notices)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual([
    "The link asks for the goal “astronaut”, which certpath doesn't know, so this plan assumes “Stay hands-on”.",
    "The link asks for “8,9” hours a week; plans need 1 to 60, so this plan uses 5.",
  ]);
  const answers = screen.getByRole("region", { name: "Your answers" });
  expect(within(answers).getByText("Hours a week").nextElementSibling).toHaveTextContent("5 hours (assumed)");
  expect(within(answers).getByText("Role").nextElementSibling).toHaveTextContent(/^Site Reliability Engineer \(SRE\)$/);
  expect(screen.getByRole("link", { name: "Start your own roadmap" })).toHaveAttribute("href", "/assess");
});

test("a share link with an unknown role shows what is wrong instead of a roadmap", async () => {
  await renderPage({ role: "astronaut", hours: "0" });
  expect(within(screen.getByRole("alert")).getByRole("listitem")).toHaveTextContent(
    /^The link asks for the role “astronaut”, which certpath doesn't know\./,
  );
  expect(screen.queryByRole("heading", { name: /roadmap/ })).toBeNull();
});
