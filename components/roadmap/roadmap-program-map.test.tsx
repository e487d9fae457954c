/** @vitest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { RoadmapProgramMap } from "@/components/roadmap/roadmap-program-map";

const plan = { held: ["mlops-foundation"], steps: [{ certificationId: "mlops-professional" }] };
const renderMap = () =>
  render(<RoadmapProgramMap catalog={catalog} plan={plan} fallback={<p role="status">Loading the map…</p>} />);
const disclosure = (container: HTMLElement) => container.querySelector("details") as HTMLDetailsElement;

test("closed, the map is not drawn; opening the disclosure draws it with this plan's states", async () => {
  const { container } = renderMap();
  expect(screen.queryByRole("figure", { name: "Program map" })).toBeNull();
  const details = disclosure(container);
  details.open = true;
  fireEvent(details, new Event("toggle"));
  const map = await screen.findByRole("figure", { name: "Program map" });
  expect(within(map).getAllByRole("link")).toHaveLength(catalog.certifications.length);
  expect(map).toHaveTextContent("You hold it");
  expect(map).toHaveTextContent("Step 1 of 1 on your plan");
});

test("printing draws the map before the page is laid out", async () => {
  renderMap();
  // The idle preload may not have run in jsdom; what matters is that beforeprint draws it (fallback or map).
  act(() => {
    window.dispatchEvent(new Event("beforeprint"));
  });
  expect(await screen.findByRole("figure", { name: "Program map" })).toBeInTheDocument();
});
