/**
 * Tracks, learning paths and the skills a profile can claim.
 * Facts come from the Certified MLOps Professional career guide; the wording is certpath's own.
 */
import type { CatalogInput } from "@/lib/catalog/schema";

export const TRACKS_INPUT = [
  { id: "core-mlops", name: "Core MLOps", summary: "The starting level: lifecycle basics and a shared vocabulary." },
  { id: "engineering", name: "Engineering", summary: "Hands-on work building and automating ML pipelines." },
  { id: "architecture", name: "Architecture", summary: "Designing, governing and scaling enterprise ML platforms." },
  { id: "specialized", name: "Specialized", summary: "Deep expertise in multi-cloud, edge and particular platforms." },
  {
    id: "cross-track",
    name: "Cross-track",
    summary: "Neighbouring disciplines such as DataOps, DevSecOps and FinOps.",
  },
  { id: "leadership", name: "Leadership", summary: "Moves towards strategy, architecture leadership and management." },
] satisfies CatalogInput["tracks"];

export const PATHS_INPUT = [
  {
    id: "devops",
    name: "DevOps path",
    summary: "Adapts CI/CD and software delivery practice to data and model artifacts.",
    certifications: ["mlops-foundation", "mlops-professional"],
  },
  {
    id: "devsecops",
    name: "DevSecOps path",
    summary: "Builds security into ML pipelines, the data supply chain and model endpoints.",
    certifications: ["devsecops-professional"],
  },
  {
    id: "sre",
    name: "SRE path",
    summary: "Keeps model serving fast and scalable, with SLOs and incident response.",
    certifications: ["mlops-professional", "mlops-advanced"],
  },
  {
    id: "aiops",
    name: "AIOps path",
    summary: "Applies AI to IT operations, such as spotting anomalies and predicting failures; the reverse of MLOps.",
    certifications: ["mlops-foundation"],
  },
  {
    id: "mlops",
    name: "MLOps path",
    summary: "The core route: the full model lifecycle, from data ingestion to retirement.",
    certifications: ["mlops-foundation", "mlops-professional", "mlops-advanced", "mlops-expert"],
  },
  {
    id: "dataops",
    name: "DataOps path",
    summary: "Delivers versioned, quality-checked data pipelines that models can rely on.",
    certifications: ["dataops-foundation", "dataops-professional"],
  },
  {
    id: "finops",
    name: "FinOps path",
    summary: "Makes the GPU and storage costs of ML visible and brings them down.",
    certifications: ["finops-professional"],
  },
] satisfies CatalogInput["paths"];

export const SKILLS_INPUT = [
  { id: "python", name: "Python", description: "Writing scripts and ML code in the field's main language." },
  { id: "cloud", name: "Cloud platforms", description: "Working with AWS, Azure, GCP or similar infrastructure." },
  {
    id: "containers",
    name: "Containers and Kubernetes",
    description: "Packaging and running workloads with Docker and Kubernetes.",
  },
  { id: "cicd", name: "CI/CD", description: "Automating build, test and deployment pipelines." },
  {
    id: "ml-basics",
    name: "ML fundamentals",
    description: "Knowing what a model does, how it is trained and how it behaves.",
  },
  {
    id: "data-pipelines",
    name: "Data pipelines",
    description: "Moving, versioning and checking data reliably at scale.",
  },
  {
    id: "monitoring",
    name: "Monitoring and observability",
    description: "Watching system health and model drift through metrics, dashboards and alerts.",
  },
  {
    id: "security",
    name: "Security and compliance",
    description: "Protecting data, models and pipelines, and meeting regulations.",
  },
] satisfies CatalogInput["skills"];
