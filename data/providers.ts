/**
 * Training and certification support providers.
 * Facts come from the Certified MLOps Professional career guide; the wording is certpath's own.
 * `labs` and `community` are null where the guide does not say (shown as "Not stated", never as "No").
 */
import type { CatalogInput } from "@/lib/catalog/schema";
import { derived, guide } from "@/lib/catalog/source";

const at = (name: string) => guide(`Training & certification support providers: ${name}`);
/** The guide names each provider's subject, not the learning paths it trains for. */
const PATHS = {
  paths: derived("the guide describes each provider's subject; certpath matches it to the learning paths."),
};

export const PROVIDERS_INPUT = [
  {
    id: "devopsschool",
    name: "DevOpsSchool",
    focus: "Broad DevOps training with MLOps modules, hands-on labs and a large alumni network.",
    specifics: [
      "A wide range of programs on modern engineering practice, including extensive MLOps modules.",
      "A comprehensive, hands-on curriculum with access to real-world lab environments.",
      "Trains individuals and corporate teams; a large alumni community and expert instructors.",
    ],
    paths: ["devops", "mlops"],
    hostsProgram: false,
    labs: true,
    community: true,
    source: at("DevOpsSchool"),
    sources: PATHS,
  },
  {
    id: "cotocus",
    name: "Cotocus",
    focus: "Consultancy-led enterprise training grounded in real client projects.",
    specifics: [
      "Training shaped by the consulting projects it runs for clients around the world.",
      "Focuses on high-end niche technologies, with training tailored to enterprises.",
      "Its MLOps training stresses joining cloud-native tools into one working operation.",
    ],
    paths: ["mlops"],
    hostsProgram: false,
    labs: null,
    community: null,
    source: at("Cotocus"),
    sources: PATHS,
  },
  {
    id: "scmgalaxy",
    name: "Scmgalaxy",
    focus: "A community hub turned trainer, strong on tools, CI/CD and tutorials.",
    specifics: [
      "A long-standing community hub for configuration management and DevOps, now a training provider.",
      "Teaching rooted in mastering tools and best practice, with a large library of tutorials and certification guides.",
      "Its MLOps training centres on automation tools and CI/CD frameworks; it runs forums for learners.",
    ],
    paths: ["devops", "mlops"],
    hostsProgram: false,
    labs: null,
    community: true,
    source: guide("Training & certification support providers: Scmgalaxy; FAQ: Are there communities for learners?"),
    sources: PATHS,
  },
  {
    id: "bestdevops",
    name: "BestDevOps",
    focus: "Quick, practical courses, self-paced or instructor-led.",
    specifics: [
      "Streamlined training for busy professionals, quick without losing depth.",
      "Self-paced and instructor-led formats.",
      "A curriculum updated often to keep up with AI and ML toolchains.",
    ],
    paths: ["devops", "mlops"],
    hostsProgram: false,
    labs: null,
    community: null,
    source: at("BestDevOps"),
    sources: PATHS,
  },
  {
    id: "devsecopsschool",
    name: "DevSecOpsSchool",
    focus: "Security-first MLOps training with labs that simulate breaches.",
    specifics: [
      "Focuses only on building security into the software lifecycle, and teaches MLOps through that lens.",
      "Teaches securing data pipelines, protecting models from attacks and staying compliant.",
      "Detailed labs and scenarios that simulate security breaches in ML environments.",
    ],
    paths: ["devsecops"],
    hostsProgram: false,
    labs: true,
    community: null,
    source: at("devsecopsschool.com"),
    sources: PATHS,
  },
  {
    id: "sreschool",
    name: "SRESchool",
    focus: "Reliability training on observability, error budgets and SLIs for ML platforms.",
    specifics: [
      "Applies site reliability engineering to distributed systems, ML platforms among them.",
      "Stresses observability, reliability and scalability, with error budgets and SLIs for ML models.",
      "Known for technical rigour and a focus on production stability.",
    ],
    paths: ["sre"],
    hostsProgram: false,
    labs: null,
    community: null,
    source: at("sreschool.com"),
    sources: PATHS,
  },
  {
    id: "aiopsschool",
    name: "AIOpsSchool",
    focus: "Host of the certification, with vendor-neutral courses and sandboxed labs.",
    specifics: [
      "The main hosting platform of the Certified MLOps Professional credential.",
      "Courses designed by practitioners who scale AI in production, covering MLOps and AIOps, technical and strategic.",
      "Labs, sandboxed cloud environments and a vendor-neutral approach; forums and community groups for learners.",
    ],
    paths: ["aiops", "mlops"],
    hostsProgram: true,
    labs: true,
    community: true,
    source: guide(
      "Training & certification support providers: aiopsschool.com; FAQ: Are there communities for learners?; FAQ: Does the training include lab environments?",
    ),
    sources: PATHS,
  },
  {
    id: "dataopsschool",
    name: "DataOpsSchool",
    focus: "Training on reproducible, tested and orchestrated data pipelines.",
    specifics: [
      "Training on automated, reproducible, high-quality data pipelines for ML and analytics.",
      "Teaches data versioning, automated testing of data and orchestrating complex data flows.",
    ],
    paths: ["dataops"],
    hostsProgram: false,
    labs: null,
    community: null,
    source: at("dataopsschool.com"),
    sources: PATHS,
  },
  {
    id: "finopsschool",
    name: "FinOpsSchool",
    focus: "Training on the cloud cost of ML, from GPU usage to cost allocation tags.",
    specifics: [
      "Specialises in the financial management of cloud environments.",
      "Its MLOps training covers GPU management, storage efficiency, cost allocation tags and real-time spend monitoring.",
      "Aimed in particular at senior engineers and managers who must justify the return on AI spending.",
    ],
    paths: ["finops"],
    hostsProgram: false,
    labs: null,
    community: null,
    source: at("finopsschool.com"),
    sources: PATHS,
  },
] satisfies CatalogInput["providers"];
