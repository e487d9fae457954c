/** @vitest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { CertificationDetailView } from "@/components/compare/certification-detail-view";
import { catalog } from "@/data/catalog";
import { certificationDetail } from "@/lib/compare/certification-detail";

function renderDetail(id: string) {
  const detail = certificationDetail(catalog, id);
  if (!detail) throw new Error(`no ${id}`);
  return render(<CertificationDetailView detail={detail} />);
}

const section = (name: string) => screen.getByRole("region", { name });

test("a level's page shows everything the catalog knows about it", () => {
  renderDetail("mlops-professional");
  expect(
    screen.getByRole("heading", { level: 1, name: "Certified MLOps Professional – Professional" }),
  ).toBeInTheDocument();
  for (const name of [
    "Who it is for",
    "Prerequisites",
    "Skills covered",
    "Projects",
    "Preparation plans",
    "Common mistakes",
    "Next steps",
    "Where certpath estimated",
    "Training providers",
  ]) {
    expect(section(name)).toBeInTheDocument();
  }
  expect(within(section("Prerequisites")).getByRole("link", { name: /Foundation/ })).toHaveAttribute(
    "href",
    "/levels/mlops-foundation",
  );
  const plans = within(section("Preparation plans")).getByRole("table", { name: "Three ways to prepare" });
  expect(
    within(plans)
      .getAllByRole("rowheader")
      .map((th) => th.textContent),
  ).toEqual(["Fast", "Standard", "Extended"]);
  expect(within(section("Next steps")).getByRole("link", { name: "MLOps Advanced" })).toHaveAttribute(
    "href",
    "/levels/mlops-advanced",
  );
  expect(screen.getByText("70%")).toBeInTheDocument();
  expect(screen.getByText("2–3 years")).toBeInTheDocument();
  expect(within(section("Training providers")).getByText("SRESchool")).toBeInTheDocument();
  expect(screen.getByRole("link", { name: /^Compare with/ })).toHaveAttribute(
    "href",
    "/compare?ids=mlops-professional,mlops-advanced",
  );
});

test("an estimated plan says so", () => {
  renderDetail("mlops-expert");
  expect(within(section("Preparation plans")).getByText(/certpath's estimate/)).toBeInTheDocument();
});

test("a neighbour's page: placement, the level it follows, no projects, no figures", () => {
  renderDetail("finops-professional");
  expect(screen.queryByRole("region", { name: "Projects" })).toBeNull();
  expect(screen.getAllByText("Not stated by the guide")).toHaveLength(2);
  expect(screen.getAllByRole("link", { name: "MLOps Advanced" })[0]).toHaveAttribute("href", "/levels/mlops-advanced");
  expect(section("Skills it builds")).toBeInTheDocument();
  expect(within(section("Next steps")).getByText(/names no step after this certification/)).toBeInTheDocument();
});
