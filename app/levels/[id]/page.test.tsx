/** @vitest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import LevelPage, { generateMetadata, generateStaticParams } from "./page";
import { catalog } from "@/data/catalog";

vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

const params = (id: string) => ({ params: Promise.resolve({ id }) });

test("every certification is generated ahead of time", () => {
  expect(generateStaticParams()).toEqual(catalog.certifications.map((c) => ({ id: c.id })));
});

test("each page has its own title and description", async () => {
  const meta = await generateMetadata(params("mlops-advanced"));
  expect(meta.title).toBe("Certified MLOps Professional – Advanced");
  expect(meta.description).toMatch(/^Certified MLOps Professional – Advanced: /);
  const other = await generateMetadata(params("ai-strategy"));
  expect(other.title).not.toBe(meta.title);
});

test("a known id renders its page", async () => {
  render(await LevelPage(params("mlops-foundation")));
  expect(
    screen.getByRole("heading", { level: 1, name: "Certified MLOps Professional – Foundation" }),
  ).toBeInTheDocument();
});

test("no id but the catalog's is ever rendered: an unknown one is the app's prerendered 404", async () => {
  const { dynamicParams } = await import("./page");
  expect(dynamicParams).toBe(false);
  await expect(LevelPage(params("no-such-level"))).rejects.toThrow("NEXT_NOT_FOUND");
  expect((await generateMetadata(params("no-such-level"))).title).toBe("Certification not found");
});
