/**
 * The certifications: the program's four levels and the neighbouring certifications the guide points to.
 * Facts come from the Certified MLOps Professional career guide; the wording is certpath's own.
 */
import type { CatalogInput } from "@/lib/catalog/schema";
import { derived, estimate, guide } from "@/lib/catalog/source";

const LEVEL_FIGURES_NOTE =
  "Validity (two to three years) and the 70% pass mark are the FAQ's general figures; the guide gives none per level.";
const NEIGHBOUR_BASIS =
  "the guide gives no plan for this certification; certpath uses the plan of the program level it sits beside.";
/** Each level's validity and pass mark are the FAQ's figures for the field and the program as a whole. */
const LEVEL_FIGURES = derived(
  "the FAQ gives two to three years of validity for most certifications in the field and a pass mark of generally 70% or more that varies by level; certpath applies both to each level.",
);
const HANDS_ON = {
  text: "Hands-on experience is essential to pass its practical assessment.",
  source: guide("FAQ: Do I need hands-on experience?"),
};
/** What every neighbouring certification takes from certpath rather than the guide, which only names them. */
const NEIGHBOUR_SOURCES = {
  summary: derived(
    "the guide only names this certification; certpath describes it from the guide's text on its discipline.",
  ),
  track: derived(
    "certpath groups the certifications around the program by how the guide offers them (cross-track or leadership option).",
  ),
  path: derived(
    "the guide's learning paths name no certifications; certpath files it under the path of its discipline.",
  ),
  skillsBuilt: derived("read from the guide's description of the learning path of its discipline."),
  placement: derived(
    "where the guide offers it: as the cross-track or leadership option after a level, or in its role table.",
  ),
};

export const CERTIFICATIONS_INPUT = [
  {
    kind: "level",
    id: "mlops-foundation",
    name: "Certified MLOps Professional – Foundation",
    shortName: "MLOps Foundation",
    summary: "Entry level on why MLOps matters and how the ML lifecycle fits together.",
    track: "core-mlops",
    path: "mlops",
    order: 1,
    forWhom: "beginners and managers",
    audience: [
      "Newcomers to MLOps, such as junior engineers.",
      "Project and engineering managers.",
      "DevOps practitioners taking their first steps into AI infrastructure.",
    ],
    about: [
      "Checks that you understand the basic principles of running machine learning in operations.",
      "The way into the field: why a modern organisation needs MLOps at all.",
      "Introduces the vocabulary and the basic parts of an ML pipeline; no prior ML experience is needed.",
    ],
    prerequisites: {
      levels: [],
      skills: [],
      recommendedSkills: ["python", "cloud"],
      statements: [
        {
          text: "No formal prerequisites and no prior machine learning experience; the level table asks for basic IT or cloud knowledge.",
          source: guide("Certification table; FAQ: Does the Foundation level have prerequisites?"),
        },
        {
          text: "At least basic Python is necessary: it is the main language of machine learning and of many automation scripts.",
          source: guide("FAQ: Do I need to know Python?"),
        },
        {
          text: "A basic understanding of cloud computing and of the software development lifecycle is highly recommended.",
          source: guide("FAQ: Does the Foundation level have prerequisites?"),
        },
      ],
    },
    skillsCovered: [
      "How the ML lifecycle (CRISP-DM) compares with the DevOps loop.",
      "The basics of versioning data and tracking models.",
      "Core MLOps vocabulary and the main families of tools.",
      "What sets ML systems apart from ordinary software.",
    ],
    skillsBuilt: ["ml-basics"],
    projects: [
      "Write down how a small team's MLOps process runs.",
      "Find the slow points in a manual ML process.",
      "Put simple version control on a small dataset.",
    ],
    prep: {
      source: guide("Foundation: Preparation plan"),
      tiers: [
        { id: "fast", days: { min: 7, max: 14 }, focus: "Go through the official docs and key definitions." },
        {
          id: "standard",
          days: { min: 30, max: 30 },
          focus: "Finish an introductory course and pass practice quizzes.",
        },
        {
          id: "extended",
          days: { min: 60, max: 60 },
          focus: "Only worth it if you start with no technical background.",
        },
      ],
    },
    mistakes: [
      "Making the technical side harder than it is.",
      "Overlooking the change in culture that MLOps needs.",
      "Learning particular tools instead of the principles behind them.",
    ],
    next: {
      sameTrack: ["mlops-professional"],
      crossTrack: ["dataops-professional"],
      leadership: ["ai-strategy"],
      source: guide("Foundation: Best next certification"),
    },
    validityYears: { min: 2, max: 3 },
    passMarkPercent: 70,
    source: guide("Certification table; Foundation"),
    sources: { figures: LEVEL_FIGURES },
    notes: [
      "The FAQ calls basic Python necessary, yet the level has no formal prerequisite and keeps its 60-day plan for people with no technical background; certpath treats Python as strongly advised for Foundation rather than required.",
      LEVEL_FIGURES_NOTE,
    ],
  },
  {
    kind: "level",
    id: "mlops-professional",
    name: "Certified MLOps Professional – Professional",
    shortName: "MLOps Professional",
    summary: "Hands-on level for automating, deploying and monitoring ML pipelines.",
    track: "engineering",
    path: "mlops",
    order: 2,
    forWhom: "DevOps and ML engineers",
    audience: [
      "Practising DevOps engineers.",
      "Machine learning engineers.",
      "Data engineers.",
      "In each case with at least a year of experience in cloud or data environments.",
    ],
    about: [
      "Checks that you can implement and automate machine learning pipelines.",
      "Centres on CI/CD/CT (continuous testing) and on joining separate ML tools into one working system.",
      "The level where most active practitioners find the highest immediate value.",
    ],
    prerequisites: {
      levels: ["mlops-foundation"],
      skills: ["python"],
      recommendedSkills: ["cloud"],
      statements: [
        {
          text: "Hold Foundation and know Python.",
          source: derived(
            'the level table gives the prerequisite as "Foundation / Python"; certpath reads it as Foundation and Python, with the experience below able to stand in for Foundation.',
          ),
        },
        {
          text: "It is meant for people with at least a year of experience in cloud or data environments.",
          source: guide("Professional: Who should take it"),
        },
        HANDS_ON,
      ],
    },
    equivalent: {
      replaces: "mlops-foundation",
      minYears: 1,
      allSkills: ["python"],
      anySkills: ["cloud", "data-pipelines"],
      text: "At least a year of cloud or data work, together with Python, can take the place of Foundation.",
      source: derived(
        'the level table gives the prerequisite as "Foundation / Python" and the level is for people with a year of cloud or data experience; certpath reads that year plus Python as a substitute for Foundation.',
      ),
    },
    skillsCovered: [
      "Automated CI/CD pipelines built for ML.",
      "Monitoring and alerting on models in production.",
      "Operating feature stores and large-scale data pipelines.",
      "Automated retraining and canary or blue/green rollouts.",
    ],
    skillsBuilt: ["cicd", "containers", "data-pipelines", "monitoring"],
    projects: [
      "Automate a model end to end in GitHub Actions or Jenkins.",
      "Serve a model on Kubernetes with Seldon Core or BentoML.",
      "Set up Prometheus and Grafana dashboards that catch model drift.",
    ],
    prep: {
      source: guide("Professional: Preparation plan"),
      tiers: [
        { id: "fast", days: { min: 7, max: 14 }, focus: "Intensive labs on automating pipelines." },
        {
          id: "standard",
          days: { min: 30, max: 30 },
          focus: "Dig into Docker, Kubernetes and ML tracking tools such as MLflow.",
        },
        {
          id: "extended",
          days: { min: 60, max: 60 },
          focus: "Build a portfolio project that spans the whole lifecycle.",
        },
      ],
    },
    mistakes: [
      "Overlooking the data engineering part of the pipeline.",
      "Leaving model drift out of the monitoring plan.",
      "Handling ML code as if it were ordinary application code.",
    ],
    next: {
      sameTrack: ["mlops-advanced"],
      crossTrack: ["devsecops-professional"],
      leadership: ["principal-mlops-architect"],
      source: guide("Professional: Best next certification"),
    },
    validityYears: { min: 2, max: 3 },
    passMarkPercent: 70,
    source: guide("Tracks & levels; Certification table; Professional"),
    sources: { figures: LEVEL_FIGURES },
    notes: [
      "The guide's table gives the prerequisite as \"Foundation / Python\" and the level's audience as people with a year of cloud or data work; reading that year plus Python as a substitute for Foundation is certpath's, not the guide's.",
      LEVEL_FIGURES_NOTE,
    ],
  },
  {
    kind: "level",
    id: "mlops-advanced",
    name: "Certified MLOps Professional – Advanced",
    shortName: "MLOps Advanced",
    summary: "Architecture level for designing, securing and governing enterprise ML platforms.",
    track: "architecture",
    path: "mlops",
    order: 3,
    forWhom: "senior engineers and SREs",
    audience: [
      "Senior engineers and SREs.",
      "Technical leads.",
      "Solutions architects who shape an organisation's AI infrastructure.",
    ],
    about: [
      "A high-level credential for people who design enterprise machine learning platforms.",
      "Centres on architecture, governance and optimising large ML deployments.",
      "Where you specialise: large distributed systems, security in ML (MLSecOps) or cost optimisation.",
    ],
    prerequisites: {
      levels: ["mlops-professional"],
      skills: [],
      recommendedSkills: ["cloud", "monitoring"],
      statements: [
        { text: "Hold Professional.", source: guide("Certification table") },
        HANDS_ON,
        {
          text: "Cloud and monitoring experience helps.",
          source: estimate(
            "the guide names no skills to bring to Advanced; certpath reads them from its topics, running and governing ML platforms at scale in the cloud.",
          ),
        },
      ],
    },
    skillsCovered: [
      "Multi-tenant ML platform design for big organisations.",
      "Security and compliance for sensitive data (MLSecOps).",
      "Cost control and FinOps for ML workloads.",
      "Running distributed training and high-volume inference.",
    ],
    skillsBuilt: ["security", "cloud"],
    projects: [
      "Plan an ML deployment that spans several regions worldwide.",
      "Set up central governance and an audit trail for every model.",
      "Cut the cloud bill of GPU training clusters.",
    ],
    prep: {
      source: guide("Advanced: Preparation plan"),
      tiers: [
        { id: "fast", days: { min: 7, max: 14 }, focus: "Study high-level architecture patterns and case studies." },
        {
          id: "standard",
          days: { min: 30, max: 30 },
          focus: "Research compliance frameworks such as GDPR and the AI Act as they apply to ML.",
        },
        {
          id: "extended",
          days: { min: 60, max: 60 },
          focus: "Review enterprise toolchains and cost management in depth.",
        },
      ],
    },
    mistakes: [
      "Putting engineering ahead of compliance and what the business gains.",
      "Underestimating what data egress and GPU compute cost.",
      "Building platforms so elaborate that teams struggle to use them.",
    ],
    next: {
      sameTrack: ["mlops-expert"],
      crossTrack: ["finops-professional"],
      leadership: ["cto-infrastructure-program"],
      source: guide("Advanced: Best next certification"),
    },
    validityYears: { min: 2, max: 3 },
    passMarkPercent: 70,
    source: guide("Tracks & levels; Certification table; Advanced"),
    sources: { figures: LEVEL_FIGURES },
    notes: [LEVEL_FIGURES_NOTE],
  },
  {
    kind: "level",
    id: "mlops-expert",
    name: "Certified MLOps Professional – Expert",
    shortName: "MLOps Expert",
    summary: "Specialist level for multi-cloud, edge and deep platform expertise.",
    track: "specialized",
    path: "mlops",
    order: 4,
    forWhom: "architects and technical leads",
    audience: ["Architects.", "Technical leads."],
    about: [
      "The fourth step of the guide's certification table, on its Specialized track.",
      "Covers machine learning across several clouds and MLOps on edge devices.",
    ],
    prerequisites: {
      levels: ["mlops-advanced"],
      skills: [],
      recommendedSkills: ["cloud", "security"],
      statements: [
        { text: "Hold Advanced.", source: guide("Certification table") },
        {
          text: "Broad cloud and security experience helps.",
          source: estimate(
            "the guide names no skills to bring to Expert; certpath reads them from its topics, ML across several clouds and on edge devices.",
          ),
        },
      ],
    },
    skillsCovered: [
      "Running ML across more than one cloud provider.",
      "MLOps on edge devices.",
      "Deep expertise in one toolchain, such as Kubernetes.",
      "Managed cloud ML platforms such as SageMaker or Vertex AI.",
    ],
    skillsBuilt: ["cloud", "containers"],
    projects: [
      "Design an ML platform that runs on two or more clouds.",
      "Roll out and monitor models on edge devices.",
      "Lead a move onto a managed ML platform or a Kubernetes-based stack.",
    ],
    prep: {
      source: estimate(
        "the guide has no plan for Expert; certpath adapts the Advanced plan to the Expert topics in the certification table.",
      ),
      tiers: [
        { id: "fast", days: { min: 7, max: 14 }, focus: "Review multi-cloud and edge architecture patterns." },
        {
          id: "standard",
          days: { min: 30, max: 30 },
          focus: "Go deep on one toolchain, such as Kubernetes or a managed ML platform.",
        },
        {
          id: "extended",
          days: { min: 60, max: 60 },
          focus: "Build a multi-cloud or edge reference project end to end.",
        },
      ],
    },
    mistakes: [
      "Spreading effort over many platforms instead of mastering one.",
      "Ignoring the bandwidth, hardware and update limits of edge devices.",
      "Underestimating the cost and complexity of running several clouds.",
    ],
    next: {
      sameTrack: [],
      crossTrack: ["devsecops-professional", "dataops-professional"],
      leadership: ["ai-strategy", "finops-professional"],
      beyond:
        "Same track: specialise in a toolchain such as Kubernetes or a cloud AI platform such as SageMaker or Vertex AI (certifications certpath does not list). Leadership: AI strategy, engineering leadership or FinOps certifications, or a move into technical leadership or product management, towards roles such as VP of Engineering or Head of AI.",
      source: guide("Next certifications to take after the program"),
    },
    validityYears: { min: 2, max: 3 },
    passMarkPercent: 70,
    source: guide("Certification table (Expert row)"),
    sources: {
      skillsCovered: derived(
        "the table names multi-cloud ML and edge MLOps; the toolchain and managed-platform items come from the guide's advice for after the program, which the Advanced level points to as expert specialisations.",
      ),
      projects: estimate("the guide lists no projects for Expert; certpath drew these from its topics."),
      mistakes: estimate("the guide lists no common mistakes for Expert; certpath drew these from its topics."),
      figures: LEVEL_FIGURES,
    },
    notes: [
      "The guide describes Expert only in its certification table; projects, preparation plan and common mistakes are certpath's estimates from that row and from the Advanced level.",
      "The guide's prose speaks of three levels, but its table adds Expert as a fourth; certpath follows the table.",
      "Its next steps are the guide's advice for after the whole program.",
      LEVEL_FIGURES_NOTE,
    ],
  },
  {
    kind: "neighbour",
    id: "dataops-foundation",
    name: "DataOps Foundation",
    shortName: "DataOps Foundation",
    summary: "Entry point for versioned, tested and automated data pipelines.",
    track: "cross-track",
    path: "dataops",
    follows: null,
    placement: "entry",
    prerequisites: {
      levels: [],
      skills: [],
      recommendedSkills: ["python"],
      statements: [
        {
          text: "No earlier certification is needed; some Python helps.",
          source: estimate(
            "the guide states no prerequisites for it; certpath takes it as an entry point, like MLOps Foundation, whose FAQ asks for basic Python.",
          ),
        },
      ],
    },
    skillsBuilt: ["data-pipelines"],
    prep: {
      source: estimate(NEIGHBOUR_BASIS),
      tiers: [
        { id: "fast", days: { min: 7, max: 14 }, focus: "Read up on data versioning and data quality basics." },
        {
          id: "standard",
          days: { min: 30, max: 30 },
          focus: "Take an introductory DataOps course and practise simple pipelines.",
        },
        {
          id: "extended",
          days: { min: 60, max: 60 },
          focus: "Only worth it if you start with no technical background.",
        },
      ],
    },
    source: guide("Role table (Data Engineer row)"),
    sources: NEIGHBOUR_SOURCES,
    notes: [
      "The guide names this certification only in its role table, for data engineers; certpath treats it as the entry point of the DataOps path, beside MLOps Foundation.",
    ],
  },
  {
    kind: "neighbour",
    id: "dataops-professional",
    name: "Certified DataOps Professional",
    shortName: "DataOps Professional",
    summary: "Cross-track step into building reliable, tested data pipelines for ML.",
    track: "cross-track",
    path: "dataops",
    follows: "mlops-foundation",
    placement: "cross-track",
    prerequisites: {
      levels: [],
      skills: [],
      recommendedSkills: ["python", "data-pipelines"],
      statements: [
        {
          text: "The guide offers it as the cross-track option after MLOps Foundation, and DataOps as a cross-track move after the whole program.",
          source: guide("Foundation: Best next certification; Next certifications to take after the program"),
        },
        {
          text: "Python and pipeline experience help.",
          source: estimate("the guide states no prerequisites for it; certpath reads them from the DataOps path."),
        },
      ],
    },
    skillsBuilt: ["data-pipelines", "monitoring"],
    prep: {
      source: estimate(NEIGHBOUR_BASIS),
      tiers: [
        { id: "fast", days: { min: 7, max: 14 }, focus: "Labs on automated data quality checks and versioning." },
        { id: "standard", days: { min: 30, max: 30 }, focus: "Build and orchestrate a data pipeline with tests." },
        { id: "extended", days: { min: 60, max: 60 }, focus: "Build a portfolio pipeline that feeds an ML workflow." },
      ],
    },
    source: guide("Foundation: Best next certification"),
    sources: NEIGHBOUR_SOURCES,
    notes: [
      "The guide offers it as the cross-track step after Foundation; certpath files it under the DataOps path.",
      "The skills it builds are read from the guide's DataOps path: versioning, quality checks and scalable pipelines.",
    ],
  },
  {
    kind: "neighbour",
    id: "devsecops-professional",
    name: "Certified DevSecOps Professional",
    shortName: "DevSecOps Professional",
    summary: "Cross-track step into securing ML pipelines, data and model endpoints.",
    track: "cross-track",
    path: "devsecops",
    follows: "mlops-professional",
    placement: "cross-track",
    prerequisites: {
      levels: [],
      skills: [],
      recommendedSkills: ["cicd", "security"],
      statements: [
        {
          text: "The guide offers it as the cross-track option after MLOps Professional.",
          source: guide("Professional: Best next certification"),
        },
        {
          text: "Its role table also pairs it directly with MLOps Foundation, for security engineers.",
          source: guide("Role table (Security Engineer row)"),
        },
        {
          text: "CI/CD and security basics help.",
          source: estimate("the guide states no prerequisites for it; certpath reads them from the DevSecOps path."),
        },
      ],
    },
    skillsBuilt: ["security", "cicd"],
    prep: {
      source: estimate(NEIGHBOUR_BASIS),
      tiers: [
        { id: "fast", days: { min: 7, max: 14 }, focus: "Labs on securing pipelines and the data supply chain." },
        {
          id: "standard",
          days: { min: 30, max: 30 },
          focus: "Study adversarial attacks on models and how to protect endpoints.",
        },
        {
          id: "extended",
          days: { min: 60, max: 60 },
          focus: "Harden an ML pipeline end to end and check it against regulations.",
        },
      ],
    },
    source: guide("Professional: Best next certification; Role table (Security Engineer row)"),
    sources: NEIGHBOUR_SOURCES,
    notes: [
      "The guide offers it as the cross-track step after Professional and pairs it with Foundation for security engineers; certpath places it after Professional and on the DevSecOps path.",
    ],
  },
  {
    kind: "neighbour",
    id: "finops-professional",
    name: "Certified FinOps Professional",
    shortName: "FinOps Professional",
    summary: "Cross-track step into tracking and cutting the cloud cost of ML.",
    track: "cross-track",
    path: "finops",
    follows: "mlops-advanced",
    placement: "cross-track",
    prerequisites: {
      levels: [],
      skills: [],
      recommendedSkills: ["cloud"],
      statements: [
        {
          text: "The guide offers it as the cross-track option after MLOps Advanced, and FinOps as a leadership option after the whole program.",
          source: guide("Advanced: Best next certification; Next certifications to take after the program"),
        },
        {
          text: "Its role table also pairs it directly with MLOps Foundation, for FinOps practitioners.",
          source: guide("Role table (FinOps Practitioner row)"),
        },
        {
          text: "Cloud billing experience helps.",
          source: estimate("the guide states no prerequisites for it; certpath reads them from the FinOps path."),
        },
      ],
    },
    skillsBuilt: ["cloud", "monitoring"],
    prep: {
      source: estimate(NEIGHBOUR_BASIS),
      tiers: [
        { id: "fast", days: { min: 7, max: 14 }, focus: "Learn cost allocation tags and spend dashboards." },
        {
          id: "standard",
          days: { min: 30, max: 30 },
          focus: "Practise attributing GPU and storage costs to models and teams.",
        },
        { id: "extended", days: { min: 60, max: 60 }, focus: "Run a cost-reduction project on a real ML workload." },
      ],
    },
    source: guide("Advanced: Best next certification; Role table (FinOps Practitioner row)"),
    sources: NEIGHBOUR_SOURCES,
    notes: [
      "The guide offers it as the cross-track step after Advanced and pairs it with Foundation for FinOps practitioners; certpath places it after Advanced and on the FinOps path.",
    ],
  },
  {
    kind: "neighbour",
    id: "ai-strategy",
    name: "AI Strategy for Managers",
    shortName: "AI Strategy",
    summary: "Leadership step for managers who steer AI initiatives.",
    track: "leadership",
    path: "mlops",
    follows: "mlops-foundation",
    placement: "leadership",
    prerequisites: {
      levels: [],
      skills: [],
      recommendedSkills: ["ml-basics"],
      statements: [
        {
          text: "The guide offers it as the leadership option after MLOps Foundation, and its role table pairs it with Foundation for engineering managers.",
          source: guide("Foundation: Best next certification; Role table (Engineering Manager row)"),
        },
        {
          text: "A grasp of ML basics helps.",
          source: estimate("the guide states no prerequisites for it; certpath assumes what Foundation teaches."),
        },
      ],
    },
    skillsBuilt: ["ml-basics"],
    prep: {
      source: estimate(NEIGHBOUR_BASIS),
      tiers: [
        { id: "fast", days: { min: 7, max: 14 }, focus: "Review the ML lifecycle from a business angle." },
        { id: "standard", days: { min: 30, max: 30 }, focus: "Study AI strategy, cost and risk through case studies." },
        { id: "extended", days: { min: 60, max: 60 }, focus: "Draft an AI roadmap for your own team." },
      ],
    },
    source: guide("Foundation: Best next certification; Role table (Engineering Manager row)"),
    sources: NEIGHBOUR_SOURCES,
    notes: [
      "The guide names no learning path for it; certpath files it under MLOps because it is the leadership step after MLOps Foundation.",
    ],
  },
  {
    kind: "neighbour",
    id: "cloud-specific-mlops",
    name: "Cloud-Specific MLOps",
    shortName: "Cloud MLOps",
    summary: "Specialisation in running ML on one cloud's managed services.",
    track: "specialized",
    path: "mlops",
    follows: "mlops-foundation",
    placement: "specialisation",
    prerequisites: {
      levels: [],
      skills: [],
      recommendedSkills: ["cloud", "containers"],
      statements: [
        {
          text: "The guide's role table pairs it with MLOps Foundation, for cloud engineers.",
          source: guide("Role table (Cloud Engineer row)"),
        },
        {
          text: "Cloud and container experience help.",
          source: estimate("the guide states no prerequisites for it; certpath reads them from its subject."),
        },
      ],
    },
    skillsBuilt: ["cloud", "containers"],
    prep: {
      source: estimate(NEIGHBOUR_BASIS),
      tiers: [
        { id: "fast", days: { min: 7, max: 14 }, focus: "Tour the managed ML services of your chosen cloud." },
        {
          id: "standard",
          days: { min: 30, max: 30 },
          focus: "Train, deploy and monitor a model on SageMaker, Vertex AI or similar.",
        },
        { id: "extended", days: { min: 60, max: 60 }, focus: "Move a whole pipeline onto the managed platform." },
      ],
    },
    source: guide("Role table (Cloud Engineer row)"),
    sources: {
      ...NEIGHBOUR_SOURCES,
      summary: derived(
        "the guide only names it; certpath describes it from the managed cloud AI platforms (SageMaker, Vertex AI) that the guide suggests after the program.",
      ),
      track: derived(
        'the guide uses "Specialized" for the Expert level; certpath files this specialisation beside it.',
      ),
    },
    notes: [
      "The guide's role table pairs it with Foundation for cloud engineers; its advice for after the program names managed platforms such as SageMaker or Vertex AI.",
      "The guide's \"Specialized\" track is Expert's; putting Cloud-Specific MLOps on it is certpath's grouping.",
    ],
  },
  {
    kind: "neighbour",
    id: "principal-mlops-architect",
    name: "Principal MLOps Architect Path",
    shortName: "Principal Architect",
    summary: "Leadership path for engineers who set the architecture of ML platforms.",
    track: "leadership",
    path: "mlops",
    follows: "mlops-professional",
    placement: "leadership",
    prerequisites: {
      levels: [],
      skills: [],
      recommendedSkills: ["cloud", "security"],
      statements: [
        {
          text: "The guide offers it as the leadership option after MLOps Professional.",
          source: guide("Professional: Best next certification"),
        },
        {
          text: "Depth in cloud and security helps.",
          source: estimate(
            "the guide states no prerequisites for it; certpath reads them from the Advanced topics it leads to.",
          ),
        },
      ],
    },
    skillsBuilt: ["cloud"],
    prep: {
      source: estimate(NEIGHBOUR_BASIS),
      tiers: [
        { id: "fast", days: { min: 7, max: 14 }, focus: "Study reference architectures for ML platforms." },
        {
          id: "standard",
          days: { min: 30, max: 30 },
          focus: "Practise design reviews and written trade-off analyses.",
        },
        {
          id: "extended",
          days: { min: 60, max: 60 },
          focus: "Produce a platform architecture proposal for a real organisation.",
        },
      ],
    },
    source: guide("Professional: Best next certification"),
    sources: NEIGHBOUR_SOURCES,
    notes: [
      "The guide names it only as the leadership step after Professional; certpath files it under the MLOps path.",
    ],
  },
  {
    kind: "neighbour",
    id: "cto-infrastructure-program",
    name: "CTO or Head of Infrastructure Program",
    shortName: "CTO / Head of Infra",
    summary: "Leadership program for those who will run infrastructure and AI strategy.",
    track: "leadership",
    path: "mlops",
    follows: "mlops-advanced",
    placement: "leadership",
    prerequisites: {
      levels: [],
      skills: [],
      recommendedSkills: ["cloud"],
      statements: [
        {
          text: "The guide offers it as the leadership option after MLOps Advanced.",
          source: guide("Advanced: Best next certification"),
        },
        {
          text: "Broad cloud experience helps.",
          source: estimate(
            "the guide states no prerequisites for it; certpath reads them from the infrastructure it is about.",
          ),
        },
      ],
    },
    skillsBuilt: ["cloud"],
    prep: {
      source: estimate(NEIGHBOUR_BASIS),
      tiers: [
        { id: "fast", days: { min: 7, max: 14 }, focus: "Review how infrastructure choices drive business results." },
        { id: "standard", days: { min: 30, max: 30 }, focus: "Study budgeting, team design and platform strategy." },
        { id: "extended", days: { min: 60, max: 60 }, focus: "Write a multi-year infrastructure and AI plan." },
      ],
    },
    source: guide("Advanced: Best next certification"),
    sources: NEIGHBOUR_SOURCES,
    notes: ["The guide names it only as the leadership step after Advanced; certpath files it under the MLOps path."],
  },
] satisfies CatalogInput["certifications"];
