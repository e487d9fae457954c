/**
 * Job roles and the certifications certpath recommends for each.
 * Facts come from the Certified MLOps Professional career guide; the wording is certpath's own.
 */
import type { CatalogInput } from "@/lib/catalog/schema";

export const ROLES_INPUT = [
  {
    id: "devops-engineer",
    name: "DevOps Engineer",
    recommended: ["mlops-foundation", "mlops-professional"],
    source: "guide-table",
    rationale:
      "From the guide's role table: Foundation gives DevOps engineers the ML vocabulary, then Professional puts their pipeline skills to work on models.",
    paths: ["devops", "mlops"],
  },
  {
    id: "sre",
    name: "Site Reliability Engineer (SRE)",
    recommended: ["mlops-professional", "mlops-advanced"],
    source: "guide-table",
    rationale:
      "From the guide's role table: SREs already run production systems, so they start at Professional and go on to Advanced for scale and governance.",
    paths: ["sre", "mlops"],
  },
  {
    id: "platform-engineer",
    name: "Platform Engineer",
    recommended: ["mlops-professional", "mlops-advanced"],
    source: "guide-table",
    rationale:
      "From the guide's role table: platform engineers build shared infrastructure, which Professional and Advanced cover from pipelines up to multi-tenant platforms.",
    paths: ["devops", "mlops"],
  },
  {
    id: "cloud-engineer",
    name: "Cloud Engineer",
    recommended: ["mlops-foundation", "cloud-specific-mlops"],
    source: "guide-table",
    rationale:
      "From the guide's role table: Foundation teaches the ML lifecycle, then the cloud-specific step applies it to the managed ML services cloud engineers already run.",
    paths: ["mlops"],
  },
  {
    id: "security-engineer",
    name: "Security Engineer",
    recommended: ["mlops-foundation", "devsecops-professional"],
    source: "guide-table",
    rationale:
      "From the guide's role table: Foundation explains how ML systems work, then DevSecOps Professional shows how to secure them.",
    paths: ["devsecops"],
  },
  {
    id: "data-engineer",
    name: "Data Engineer",
    recommended: ["dataops-foundation", "mlops-professional"],
    source: "guide-table",
    rationale:
      "From the guide's role table: DataOps Foundation builds on existing data work, then MLOps Professional adds the model pipelines that data feeds.",
    paths: ["dataops", "mlops"],
  },
  {
    id: "finops-practitioner",
    name: "FinOps Practitioner",
    recommended: ["mlops-foundation", "finops-professional"],
    source: "guide-table",
    rationale:
      "From the guide's role table: Foundation explains what ML workloads consume, then FinOps Professional covers keeping their cost in check.",
    paths: ["finops"],
  },
  {
    id: "engineering-manager",
    name: "Engineering Manager",
    recommended: ["mlops-foundation", "ai-strategy"],
    source: "guide-table",
    rationale:
      "From the guide's role table: Foundation gives managers the shared vocabulary of their teams, then AI Strategy covers the business decisions.",
    paths: ["mlops"],
  },
  {
    id: "data-scientist",
    name: "Data Scientist",
    recommended: ["mlops-foundation", "mlops-professional"],
    source: "derived",
    rationale:
      "The guide names data scientists who want to own their models beyond the notebook; they bring ML knowledge but seldom the operations side, so Foundation (no ML prerequisite, the lifecycle and ops vocabulary) comes first, then Professional for pipelines and monitoring, with DataOps as a second path because their work starts from data.",
    paths: ["mlops", "dataops"],
  },
  {
    id: "ml-engineer",
    name: "Machine Learning Engineer",
    recommended: ["mlops-professional", "dataops-professional"],
    source: "derived",
    rationale:
      "The guide's level table names ML engineers as the audience of Professional (Engineering track), and that level's common mistakes warn against neglecting the data side, so DataOps Professional is the cross-track complement.",
    paths: ["mlops", "dataops"],
  },
] satisfies CatalogInput["roles"];
