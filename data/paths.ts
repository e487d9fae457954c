/**
 * Tracks, learning paths and the skills a profile can claim.
 * Facts come from the Certified MLOps Professional career guide; the wording is certpath's own.
 */
import type { CatalogInput } from "@/lib/catalog/schema";
import { derived, guide } from "@/lib/catalog/source";

const TABLE = guide("Certification table");
const NEXT_OPTIONS = derived(
  'the guide offers these certifications as the "cross-track" and "leadership" options after each level; certpath uses its words as two more tracks.',
);

export const TRACKS_INPUT = [
  {
    id: "core-mlops",
    name: "Core MLOps",
    summary: "The starting level: lifecycle basics and a shared vocabulary.",
    source: TABLE,
  },
  {
    id: "engineering",
    name: "Engineering",
    summary: "Hands-on work building and automating ML pipelines.",
    source: TABLE,
  },
  {
    id: "architecture",
    name: "Architecture",
    summary: "Designing, governing and scaling enterprise ML platforms.",
    source: TABLE,
  },
  {
    id: "specialized",
    name: "Specialized",
    summary: "Deep expertise in multi-cloud and edge MLOps.",
    source: TABLE,
  },
  {
    id: "cross-track",
    name: "Cross-track",
    summary: "Neighbouring disciplines such as DataOps, DevSecOps and FinOps.",
    source: NEXT_OPTIONS,
  },
  {
    id: "leadership",
    name: "Leadership",
    summary: "Moves towards strategy, architecture leadership and management.",
    source: NEXT_OPTIONS,
  },
] satisfies CatalogInput["tracks"];

/** Why a path lists the certifications it does: the guide's path descriptions name none. */
const listed = (basis: string) => ({ certifications: derived(`the guide's paths name no certifications; ${basis}`) });

export const PATHS_INPUT = [
  {
    id: "devops",
    name: "DevOps path",
    summary: "Adapts CI/CD and software delivery practice to data and model artifacts.",
    specifics: [
      "Applies software delivery principles to machine learning.",
      "Adapts CI/CD tools to carry data artifacts and model weights.",
      "Aims for a smooth flow from the data science team to production, cutting the friction of deploying models.",
    ],
    source: guide("Choose your learning path: DevOps path"),
    certifications: ["mlops-foundation", "mlops-professional"],
    sources: listed("certpath follows the role table's DevOps Engineer row."),
  },
  {
    id: "devsecops",
    name: "DevSecOps path",
    summary: "Builds security into ML pipelines, the data supply chain and model endpoints.",
    specifics: [
      "Secures the data supply chain and protects model endpoints from adversarial attacks.",
      "Keeps training environments compliant with industry regulations.",
      "Builds security in by design across the ML lifecycle.",
    ],
    source: guide("Choose your learning path: DevSecOps path"),
    certifications: ["devsecops-professional"],
    sources: listed("certpath files DevSecOps Professional under it by its name."),
  },
  {
    id: "sre",
    name: "SRE path",
    summary: "Keeps model serving fast and scalable, with SLOs and incident response.",
    specifics: [
      "Keeps model inference low-latency and the infrastructure able to scale with demand.",
      "Sets service level objectives (SLOs) for ML systems.",
      "Runs incident response when models fail or drift.",
    ],
    source: guide("Choose your learning path: SRE path"),
    certifications: ["mlops-professional", "mlops-advanced"],
    sources: listed("certpath follows the role table's SRE row."),
  },
  {
    id: "aiops",
    name: "AIOps path",
    summary: "Applies AI to IT operations, such as spotting anomalies and predicting failures; the reverse of MLOps.",
    specifics: [
      "Uses ML models to detect anomalies in logs, predict system failures and automate incident resolution.",
      "AI for operations, rather than operations for AI.",
      "Suits people who run large, complex cloud environments.",
    ],
    source: guide("Choose your learning path: AIOps path"),
    certifications: [],
    sources: listed(
      "none of the certifications certpath lists is about AI for operations, so the path lists none (the MLOps levels are operations for AI).",
    ),
  },
  {
    id: "mlops",
    name: "MLOps path",
    summary: "The core route: the full model lifecycle, from data ingestion to retirement.",
    specifics: [
      "The main route for operationalising machine learning, from data ingestion to decommissioning a model.",
      "Goes deep into tools such as MLflow, Kubeflow and specialised cloud services.",
      "The most direct path to an MLOps Engineer title.",
    ],
    source: guide("Choose your learning path: MLOps path"),
    certifications: ["mlops-foundation", "mlops-professional", "mlops-advanced", "mlops-expert"],
    sources: listed("certpath puts the program's four levels on its main path."),
  },
  {
    id: "dataops",
    name: "DataOps path",
    summary: "Delivers versioned, quality-checked data pipelines that models can rely on.",
    specifics: [
      "Covers data versioning, automated data quality checks and scalable data pipelines.",
      "Makes the input of ML pipelines consistent and trustworthy, which every AI initiative needs.",
    ],
    source: guide("Choose your learning path: DataOps path"),
    certifications: ["dataops-foundation", "dataops-professional"],
    sources: listed("certpath files the two DataOps certifications under it by their names."),
  },
  {
    id: "finops",
    name: "FinOps path",
    summary: "Makes the GPU and storage costs of ML visible and brings them down.",
    specifics: [
      "Gives visibility into the cloud cost of GPUs and large-scale storage, and brings it down.",
      "Attributes costs to particular models or teams.",
      "Changes architectures to cut waste as AI use grows.",
    ],
    source: guide("Choose your learning path: FinOps path"),
    certifications: ["finops-professional"],
    sources: listed("certpath files FinOps Professional under it by its name."),
  },
] satisfies CatalogInput["paths"];

/** certpath's own vocabulary for the questionnaire. */
const SKILL_VOCABULARY = derived(
  "certpath's list of skills a person can claim, named after the skills the guide's levels cover and ask for.",
);

export const SKILLS_INPUT = [
  {
    id: "python",
    name: "Python",
    description: "Writing scripts and ML code in the field's main language.",
    source: SKILL_VOCABULARY,
  },
  {
    id: "cloud",
    name: "Cloud platforms",
    description: "Working with AWS, Azure, GCP or similar infrastructure.",
    source: SKILL_VOCABULARY,
  },
  {
    id: "containers",
    name: "Containers and Kubernetes",
    description: "Packaging and running workloads with Docker and Kubernetes.",
    source: SKILL_VOCABULARY,
  },
  {
    id: "cicd",
    name: "CI/CD",
    description: "Automating build, test and deployment pipelines.",
    source: SKILL_VOCABULARY,
  },
  {
    id: "ml-basics",
    name: "ML fundamentals",
    description: "Knowing what a model does, how it is trained and how it behaves.",
    source: SKILL_VOCABULARY,
  },
  {
    id: "data-pipelines",
    name: "Data pipelines",
    description: "Moving, versioning and checking data reliably at scale.",
    source: SKILL_VOCABULARY,
  },
  {
    id: "monitoring",
    name: "Monitoring and observability",
    description: "Watching system health and model drift through metrics, dashboards and alerts.",
    source: SKILL_VOCABULARY,
  },
  {
    id: "security",
    name: "Security and compliance",
    description: "Protecting data, models and pipelines, and meeting regulations.",
    source: SKILL_VOCABULARY,
  },
] satisfies CatalogInput["skills"];
