import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { articleFor, withArticle } from "@/lib/text/article";

test("vowel sounds take 'an', consonant sounds 'a'", () => {
  expect(withArticle("Engineering Manager")).toBe("an Engineering Manager");
  expect(withArticle("DevOps Engineer")).toBe("a DevOps Engineer");
  expect(withArticle("Site Reliability Engineer (SRE)")).toBe("a Site Reliability Engineer (SRE)");
  expect(withArticle("Architect")).toBe("an Architect");
  expect(withArticle("hour")).toBe("an hour");
  expect(withArticle("user")).toBe("a user");
  expect(withArticle("unit")).toBe("a unit");
  expect(withArticle("umbrella")).toBe("an umbrella");
});

test("initialisms follow the sound of their first letter's name", () => {
  expect(withArticle("SRE")).toBe("an SRE");
  expect(withArticle("ML engineer")).toBe("an ML engineer");
  expect(withArticle("AI strategist")).toBe("an AI strategist");
  expect(withArticle("CTO")).toBe("a CTO");
  expect(withArticle("FinOps Practitioner")).toBe("a FinOps Practitioner");
});

test("numbers: eight and eighteen take 'an'", () => {
  expect(articleFor("8-week plan")).toBe("an");
  expect(articleFor("18 month plan")).toBe("an");
  expect(articleFor("5-day plan")).toBe("a");
});

test("every catalog role reads right after its article", () => {
  const said = Object.fromEntries(catalog.roles.map((r) => [r.id, articleFor(r.name)]));
  expect(said["engineering-manager"]).toBe("an");
  expect(said["devops-engineer"]).toBe("a");
  expect(said["ml-engineer"]).toBe("a");
});
