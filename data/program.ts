/**
 * The program itself and the frequently asked questions about it.
 * Facts come from the Certified MLOps Professional career guide; the wording is certpath's own.
 */
import type { CatalogInput } from "@/lib/catalog/schema";
import { guide } from "@/lib/catalog/source";

export const PROGRAM_INPUT = {
  name: "Certified MLOps Professional",
  host: "AIOps School",
  summary: "A staged certification in running machine learning reliably in production.",
  assessment: "Practical, scenario-based and vendor-neutral, testing real problem-solving rather than recall.",
  scope: "vendor-neutral principles that apply on AWS, Azure, GCP or on-premises.",
  audiences: [
    {
      text: "Engineering managers and technical architects who want to understand the ML lifecycle and share a language with their teams.",
      source: guide("Who should pursue it"),
    },
    {
      text: "Database administrators moving into DataOps.",
      source: guide("FAQ: Can it help me move from database administration to DataOps?"),
    },
    {
      text: "Freelance consultants who want credible proof of MLOps and AI infrastructure skills for clients.",
      source: guide("FAQ: Is it useful for freelance consultants?"),
    },
  ],
  source: guide("What is the Certified MLOps Professional?; Certification overview"),
  facts: {
    validityYears: { min: 2, max: 3 },
    passMarkPercent: 70,
    professionalPrepDays: { min: 30, max: 60 },
    examFormat: "Typically taken online with a remote proctor, from anywhere.",
    tools: ["MLflow", "Kubeflow", "Docker", "Kubernetes", "Cloud-native AI services"],
    source: guide("Frequently asked questions"),
  },
} satisfies CatalogInput["program"];

export const FAQ_INPUT = [
  {
    id: "exam-difficulty",
    question: "How hard is the exam?",
    answer:
      "Moderately hard: it needs both DevOps and ML grounding, and you must know how tools work together in production.",
    source: guide("FAQ: How hard is the exam?"),
  },
  {
    id: "preparation-time",
    question: "How long should I prepare?",
    answer: "Most engineers need 30 to 60 days of steady study and practice to pass the Professional level.",
    source: guide("FAQ: How long should I prepare?"),
  },
  {
    id: "foundation-prerequisites",
    question: "Does the Foundation level have prerequisites?",
    answer: "None formally, but basic cloud and software lifecycle knowledge is strongly advised.",
    source: guide("FAQ: Does the Foundation level have prerequisites?"),
  },
  {
    id: "global-recognition",
    question: "Is the certification recognised worldwide?",
    answer: "Yes; enterprises and startups around the world accept it as proof of MLOps skill.",
    source: guide("FAQ: Is the certification recognised worldwide?"),
  },
  {
    id: "expiry",
    question: "Does the certification expire?",
    answer:
      "Most certifications in this field stay valid for two to three years; then you recertify or step up a level.",
    source: guide("FAQ: Does the certification expire?"),
  },
  {
    id: "return-on-investment",
    question: "Is it worth the time and money?",
    answer:
      "Holders often earn notably more and reach in-demand roles at AI-first companies, so the investment tends to pay off.",
    source: guide("FAQ: Is it worth the time and money?"),
  },
  {
    id: "python-required",
    question: "Do I need to know Python?",
    answer: "Yes, at least the basics, since Python drives most ML work and many automation scripts.",
    source: guide("FAQ: Do I need to know Python?"),
  },
  {
    id: "online-exam",
    question: "Can I sit the exam online?",
    answer: "Yes; exams are typically proctored online, so you can take them from anywhere.",
    source: guide("FAQ: Can I sit the exam online?"),
  },
  {
    id: "hands-on-experience",
    question: "Do I need hands-on experience?",
    answer:
      "Not for Foundation, but the practical assessments at Professional and Advanced are hard to pass without it.",
    source: guide("FAQ: Do I need hands-on experience?"),
  },
  {
    id: "versus-devops-certification",
    question: "How does it differ from a regular DevOps certification?",
    answer:
      "It tackles ML-specific problems such as data drift, retraining and GPU hardware, which DevOps certifications leave out.",
    source: guide("FAQ: How does it differ from a regular DevOps certification?"),
  },
  {
    id: "community-groups",
    question: "Are there communities for learners?",
    answer:
      "Yes; AIOps School and Scmgalaxy run forums and groups where you can swap knowledge and ask questions while preparing.",
    source: guide("FAQ: Are there communities for learners?"),
  },
  {
    id: "tools-covered",
    question: "Which tools does the curriculum use?",
    answer:
      "It stays vendor-neutral but works with common tools: MLflow, Kubeflow, Docker, Kubernetes and cloud-native AI services.",
    source: guide("FAQ: Which tools does the curriculum use?"),
  },
  {
    id: "professional-grade",
    question: "What makes the certification professional grade?",
    answer:
      "It expects you to work through realistic deployment and monitoring scenarios on live systems, not recite definitions.",
    source: guide("FAQ: What makes the certification professional grade?"),
  },
  {
    id: "aiops-and-mlops",
    question: "Does it cover AIOps as well as MLOps?",
    answer: "Mostly MLOps, plus the basics of applying AI to operations, so you see both sides.",
    source: guide("FAQ: Does it cover AIOps as well as MLOps?"),
  },
  {
    id: "math-and-statistics",
    question: "Is there a lot of maths or statistics?",
    answer: "No; you need to understand a model's purpose and behaviour, not derive formulas.",
    source: guide("FAQ: Is there a lot of maths or statistics?"),
  },
  {
    id: "content-updates",
    question: "How often is the content updated?",
    answer: "It is reviewed regularly to keep up with new tools, security practices and architecture patterns.",
    source: guide("FAQ: How often is the content updated?"),
  },
  {
    id: "dba-to-dataops",
    question: "Can it help me move from database administration to DataOps?",
    answer: "Yes; it links traditional data management with the changing data needs of ML and modern analytics.",
    source: guide("FAQ: Can it help me move from database administration to DataOps?"),
  },
  {
    id: "lab-environments",
    question: "Does the training include lab environments?",
    answer:
      "Most authorised providers, AIOps School among them, offer sandboxed cloud environments for practising pipelines and monitoring.",
    source: guide("FAQ: Does the training include lab environments?"),
  },
  {
    id: "pass-mark",
    question: "What score do I need to pass?",
    answer: "It depends on the level, but you generally need 70% or more.",
    source: guide("FAQ: What score do I need to pass?"),
  },
  {
    id: "freelance-consultants",
    question: "Is it useful for freelance consultants?",
    answer: "Yes; it gives freelancers credible proof of MLOps and AI infrastructure skills to show clients.",
    source: guide("FAQ: Is it useful for freelance consultants?"),
  },
] satisfies CatalogInput["faq"];
