/**
 * The web app manifest: what a browser needs to install certpath as an app. Plain data, so a test can check it
 * against the icons committed under public/icons (made from app/icon.svg by `npm run icons`).
 *
 * Colours: the manifest has one theme colour and one background colour, not one per colour scheme, so both
 * are the icon's green (white on it is 6.4:1): the title bar and the launch screen look the same, and suit
 * both, whichever scheme the system uses; the page itself follows the scheme as before.
 */
export const BRAND_GREEN = "#00703c";

/** Where `npm run icons` writes the PNGs (under public/) and their sizes. */
export const ICONS = [
  { src: "/icons/icon-192.png", size: 192, purpose: "any" },
  { src: "/icons/icon-512.png", size: 512, purpose: "any" },
  { src: "/icons/icon-maskable-512.png", size: 512, purpose: "maskable" },
] as const;

export const WEB_APP_MANIFEST = {
  id: "/",
  name: "certpath: your MLOps certification roadmap",
  short_name: "certpath",
  description:
    "An ordered, explained roadmap through the Certified MLOps Professional program and the certifications around it. Works offline.",
  start_url: "/",
  scope: "/",
  display: "standalone",
  theme_color: BRAND_GREEN,
  background_color: BRAND_GREEN,
  icons: ICONS.map(({ src, size, purpose }) => ({ src, sizes: `${size}x${size}`, type: "image/png", purpose })),
} satisfies {
  // The fields installing needs (MetadataRoute.Manifest is next/*, which lib does not import).
  id: string;
  description: string;
  scope: string;
  name: string;
  short_name: string;
  start_url: string;
  display: "standalone";
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose: "any" | "maskable" }[];
};
