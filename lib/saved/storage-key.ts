/** The localStorage key of the saved state. Its own module so the home page can read it without zod. */
export const STORAGE_KEY = "certpath:v1";
