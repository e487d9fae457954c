/**
 * Job roles and the certifications certpath recommends for each.
 * Facts come from the Certified MLOps Professional career guide; the wording is certpath's own.
 */
import type { CatalogInput } from "@/lib/catalog/schema";
import { derived, guide } from "@/lib/catalog/source";

const ROLE_TABLE = guide("Role table");
/** The role table gives certifications only: the why is certpath's reading of the levels' descriptions. */
const TABLE_RATIONALE = derived(
  "the role table lists certifications without reasons; certpath explains each row from the guide's descriptions of the levels.",
);
/** The role table has no path column. */
const PATH_LINKS = derived(
  "the role table has no learning-path column; certpath links each role to the paths whose descriptions match its work.",
);

export const ROLES_INPUT = [
  {
    id: "devops-engineer",
    name: "DevOps Engineer",
    recommended: ["mlops-foundation", "mlops-professional"],
    source: ROLE_TABLE,
    rationale:
      "Foundation is for DevOps practitioners taking their first steps into AI infrastructure, and Professional is built for practising DevOps engineers.",
    paths: ["devops", "mlops"],
    sources: { rationale: TABLE_RATIONALE, paths: PATH_LINKS },
  },
  {
    id: "sre",
    name: "Site Reliability Engineer (SRE)",
    recommended: ["mlops-professional", "mlops-advanced"],
    source: ROLE_TABLE,
    rationale:
      "The guide names SREs among those the program suits and lists senior engineers and SREs as Advanced's audience; starting at Professional, without Foundation, is the role table's choice.",
    paths: ["sre", "mlops"],
    sources: { rationale: TABLE_RATIONALE, paths: PATH_LINKS },
  },
  {
    id: "platform-engineer",
    name: "Platform Engineer",
    recommended: ["mlops-professional", "mlops-advanced"],
    source: ROLE_TABLE,
    rationale:
      "The guide names platform engineers among those the program suits; Professional and Advanced cover pipelines and then multi-tenant ML platforms.",
    paths: ["devops", "mlops"],
    sources: { rationale: TABLE_RATIONALE, paths: PATH_LINKS },
  },
  {
    id: "cloud-engineer",
    name: "Cloud Engineer",
    recommended: ["mlops-foundation", "cloud-specific-mlops"],
    source: ROLE_TABLE,
    rationale:
      "Foundation teaches the ML lifecycle; the guide gives no reason for the cloud-specific step, which certpath reads as applying it to one cloud's managed ML services.",
    paths: ["mlops"],
    sources: { rationale: TABLE_RATIONALE, paths: PATH_LINKS },
  },
  {
    id: "security-engineer",
    name: "Security Engineer",
    recommended: ["mlops-foundation", "devsecops-professional"],
    source: ROLE_TABLE,
    rationale:
      "Foundation explains how ML systems work, and the guide's DevSecOps path is about securing the ML pipeline, its data and its model endpoints.",
    paths: ["devsecops"],
    sources: { rationale: TABLE_RATIONALE, paths: PATH_LINKS },
  },
  {
    id: "data-engineer",
    name: "Data Engineer",
    recommended: ["dataops-foundation", "mlops-professional"],
    source: ROLE_TABLE,
    rationale:
      "Professional lists data engineers with a year of cloud or data work as its audience; the guide gives no reason for DataOps Foundation, which certpath reads as the DataOps path's way in.",
    paths: ["dataops", "mlops"],
    sources: { rationale: TABLE_RATIONALE, paths: PATH_LINKS },
  },
  {
    id: "finops-practitioner",
    name: "FinOps Practitioner",
    recommended: ["mlops-foundation", "finops-professional"],
    source: ROLE_TABLE,
    rationale:
      "Foundation explains what ML workloads are, and the guide's FinOps path is about seeing and cutting their GPU and storage costs.",
    paths: ["finops"],
    sources: { rationale: TABLE_RATIONALE, paths: PATH_LINKS },
  },
  {
    id: "engineering-manager",
    name: "Engineering Manager",
    recommended: ["mlops-foundation", "ai-strategy"],
    source: ROLE_TABLE,
    rationale:
      "Foundation is for managers, and the guide says engineering managers use the program to understand the ML lifecycle; AI Strategy is Foundation's leadership option.",
    paths: ["mlops"],
    sources: { rationale: TABLE_RATIONALE, paths: PATH_LINKS },
  },
  {
    id: "data-scientist",
    name: "Data Scientist",
    recommended: ["mlops-foundation", "mlops-professional"],
    source: derived(
      "the role table has no data scientist row; the guide names data scientists who want to own their models beyond the notebook as an audience of the program.",
    ),
    rationale:
      "The guide names data scientists who want to own their models beyond the notebook; they bring ML knowledge but seldom the operations side, so Foundation (no ML prerequisite, the lifecycle and ops vocabulary) comes first, then Professional for pipelines and monitoring, with DataOps as a second path because their work starts from data.",
    paths: ["mlops", "dataops"],
    sources: {
      rationale: derived("certpath's reasoning from the guide's description of the audience and the levels."),
      paths: PATH_LINKS,
    },
  },
  {
    id: "ml-engineer",
    name: "Machine Learning Engineer",
    recommended: ["mlops-professional", "dataops-professional"],
    source: derived(
      "the role table has no ML engineer row; the guide's certification table names ML engineers as an audience of Professional.",
    ),
    rationale:
      "The guide's level table names ML engineers as the audience of Professional (Engineering track). Professional's common mistakes warn against neglecting the data engineering part of the pipeline, and the guide's DataOps path supplies the consistent, trustworthy data ML pipelines need, so certpath adds DataOps Professional, which the guide offers as the cross-track step after Foundation.",
    paths: ["mlops", "dataops"],
    sources: {
      rationale: derived("certpath's reasoning from the guide's description of the audience and the levels."),
      paths: PATH_LINKS,
    },
  },
] satisfies CatalogInput["roles"];
