import type { Profile } from "@/lib/profile/schema";

/** The worked example used by the CLI's help, the README and the tests: an SRE heading for architecture. */
export const EXAMPLE_PROFILE: Profile = {
  role: "sre",
  years: 5,
  skills: ["python", "cloud"],
  held: ["mlops-foundation"],
  goal: "architect",
  interests: ["sre", "finops"],
  hours: 8,
  start: "2027-01-04",
};
