import type { Profile } from "@/lib/profile/schema";

/** "certpath-roadmap-sre-2027-01-04.<extension>": the role and start date tell two downloads apart. */
export function roadmapFileName(profile: Pick<Profile, "role" | "start">, extension: string): string {
  // Both parts are already file-name safe: the role is a slug and the start an ISO date (see ProfileSchema).
  return `certpath-roadmap-${profile.role}-${profile.start}.${extension}`;
}
