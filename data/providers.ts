/**
 * Training and certification support providers.
 * Facts come from the Certified MLOps Professional career guide; the wording is certpath's own.
 */
import type { CatalogInput } from "@/lib/catalog/schema";

export const PROVIDERS_INPUT = [
  {
    id: "devopsschool",
    name: "DevOpsSchool",
    focus: "Broad DevOps training with MLOps modules, hands-on labs and a large alumni network.",
    paths: ["devops", "mlops"],
    hostsProgram: false,
    labs: true,
    community: true,
  },
  {
    id: "cotocus",
    name: "Cotocus",
    focus: "Consultancy-led enterprise training grounded in real client projects.",
    paths: ["mlops"],
    hostsProgram: false,
    labs: false,
    community: false,
  },
  {
    id: "scmgalaxy",
    name: "Scmgalaxy",
    focus: "A community hub turned trainer, strong on tools, CI/CD and tutorials.",
    paths: ["devops", "mlops"],
    hostsProgram: false,
    labs: false,
    community: true,
  },
  {
    id: "bestdevops",
    name: "BestDevOps",
    focus: "Quick, practical courses, self-paced or instructor-led.",
    paths: ["devops", "mlops"],
    hostsProgram: false,
    labs: false,
    community: false,
  },
  {
    id: "devsecopsschool",
    name: "DevSecOpsSchool",
    focus: "Security-first MLOps training with labs that simulate breaches.",
    paths: ["devsecops"],
    hostsProgram: false,
    labs: true,
    community: false,
  },
  {
    id: "sreschool",
    name: "SRESchool",
    focus: "Reliability training on observability, error budgets and SLIs for ML platforms.",
    paths: ["sre"],
    hostsProgram: false,
    labs: false,
    community: false,
  },
  {
    id: "aiopsschool",
    name: "AIOpsSchool",
    focus: "Host of the certification, with vendor-neutral courses and sandboxed labs.",
    paths: ["aiops", "mlops"],
    hostsProgram: true,
    labs: true,
    community: true,
  },
  {
    id: "dataopsschool",
    name: "DataOpsSchool",
    focus: "Training on reproducible, tested and orchestrated data pipelines.",
    paths: ["dataops"],
    hostsProgram: false,
    labs: false,
    community: false,
  },
  {
    id: "finopsschool",
    name: "FinOpsSchool",
    focus: "Training on the cloud cost of ML, from GPU usage to cost allocation tags.",
    paths: ["finops"],
    hostsProgram: false,
    labs: false,
    community: false,
  },
] satisfies CatalogInput["providers"];
