/** @vitest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { PageNotFound } from "@/components/layout/page-not-found";

test("the 404 page, which unknown certification ids get too, links to every certification", () => {
  render(<PageNotFound catalog={catalog} />);
  expect(screen.getByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
  for (const c of catalog.certifications) {
    expect(screen.getByRole("link", { name: c.name })).toHaveAttribute("href", `/levels/${c.id}`);
  }
  expect(screen.getByRole("link", { name: "Compare the certifications" })).toHaveAttribute("href", "/compare");
});
