import { CatalogSchema, type Catalog } from "@/lib/catalog/schema";
import { CERTIFICATIONS_INPUT } from "@/data/certifications";
import { FAQ_INPUT, PROGRAM_INPUT } from "@/data/program";
import { PATHS_INPUT, SKILLS_INPUT, TRACKS_INPUT } from "@/data/paths";
import { PROVIDERS_INPUT } from "@/data/providers";
import { ROLES_INPUT } from "@/data/roles";

/** The catalog, parsed once at module load: bad data fails the build and the tests, never a user. */
export const catalog: Catalog = CatalogSchema.parse({
  program: PROGRAM_INPUT,
  tracks: TRACKS_INPUT,
  certifications: CERTIFICATIONS_INPUT,
  roles: ROLES_INPUT,
  paths: PATHS_INPUT,
  skills: SKILLS_INPUT,
  providers: PROVIDERS_INPUT,
  faq: FAQ_INPUT,
});
