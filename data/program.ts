/**
 * The program itself and the frequently asked questions about it.
 * Facts come from the Certified MLOps Professional career guide; the wording is certpath's own.
 */
import type { CatalogInput } from "@/lib/catalog/schema";

export const PROGRAM_INPUT = {
  name: "Certified MLOps Professional",
  host: "AIOps School",
  summary: "A staged certification in running machine learning reliably in production.",
  assessment: "Practical, scenario-based and vendor-neutral, testing real problem-solving rather than recall.",
  facts: {
    validityYears: { min: 2, max: 3 },
    passMarkPercent: 70,
    professionalPrepDays: { min: 30, max: 60 },
    examFormat: "Taken online with a remote proctor, from anywhere.",
    tools: ["MLflow", "Kubeflow", "Docker", "Kubernetes", "Cloud-native AI services"],
  },
} satisfies CatalogInput["program"];

export const FAQ_INPUT = [
  {
    id: "exam-difficulty",
    question: "How hard is the exam?",
    answer:
      "Moderately hard: it needs both DevOps and ML grounding, and you must know how tools work together in production.",
  },
  {
    id: "preparation-time",
    question: "How long should I prepare?",
    answer: "Most engineers need 30 to 60 days of steady study and practice to pass the Professional level.",
  },
  {
    id: "foundation-prerequisites",
    question: "Does the Foundation level have prerequisites?",
    answer: "None formally, but basic cloud and software lifecycle knowledge is strongly advised.",
  },
  {
    id: "global-recognition",
    question: "Is the certification recognised worldwide?",
    answer: "Yes; enterprises and startups around the world accept it as proof of MLOps skill.",
  },
  {
    id: "expiry",
    question: "Does the certification expire?",
    answer: "It usually lasts two to three years, then you recertify or step up a level.",
  },
  {
    id: "return-on-investment",
    question: "Is it worth the time and money?",
    answer:
      "Holders often earn notably more and reach in-demand roles at AI-first companies, so the investment tends to pay off.",
  },
  {
    id: "python-required",
    question: "Do I need to know Python?",
    answer: "Yes, at least the basics, since Python drives most ML work and many automation scripts.",
  },
  {
    id: "online-exam",
    question: "Can I sit the exam online?",
    answer: "Yes; exams are usually proctored online, so you can take them from anywhere.",
  },
  {
    id: "hands-on-experience",
    question: "Do I need hands-on experience?",
    answer:
      "Not for Foundation, but the practical assessments at Professional and Advanced are hard to pass without it.",
  },
  {
    id: "versus-devops-certification",
    question: "How does it differ from a regular DevOps certification?",
    answer:
      "It tackles ML-specific problems such as data drift, retraining and GPU hardware, which DevOps certifications leave out.",
  },
  {
    id: "community-groups",
    question: "Are there communities for learners?",
    answer:
      "Yes; AIOps School and Scmgalaxy run forums and groups where you can swap knowledge and ask questions while preparing.",
  },
  {
    id: "tools-covered",
    question: "Which tools does the curriculum use?",
    answer:
      "It stays vendor-neutral but works with common tools: MLflow, Kubeflow, Docker, Kubernetes and cloud-native AI services.",
  },
  {
    id: "professional-grade",
    question: "What makes the certification professional grade?",
    answer:
      "It expects you to work through realistic deployment and monitoring scenarios on live systems, not recite definitions.",
  },
  {
    id: "aiops-and-mlops",
    question: "Does it cover AIOps as well as MLOps?",
    answer: "Mostly MLOps, plus the basics of applying AI to operations, so you see both sides.",
  },
  {
    id: "math-and-statistics",
    question: "Is there a lot of maths or statistics?",
    answer: "No; you need to understand a model's purpose and behaviour, not derive formulas.",
  },
  {
    id: "content-updates",
    question: "How often is the content updated?",
    answer: "It is reviewed regularly to keep up with new tools, security practices and architecture patterns.",
  },
  {
    id: "dba-to-dataops",
    question: "Can it help me move from database administration to DataOps?",
    answer: "Yes; it links traditional data management with the changing data needs of ML and modern analytics.",
  },
  {
    id: "lab-environments",
    question: "Does the training include lab environments?",
    answer:
      "Most authorised providers, AIOps School among them, offer sandboxed cloud environments for practising pipelines and monitoring.",
  },
  {
    id: "pass-mark",
    question: "What score do I need to pass?",
    answer: "It depends on the level, but you generally need 70% or more.",
  },
  {
    id: "freelance-consultants",
    question: "Is it useful for freelance consultants?",
    answer: "Yes; it gives freelancers credible proof of MLOps and AI infrastructure skills to show clients.",
  },
] satisfies CatalogInput["faq"];
