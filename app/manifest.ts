import type { MetadataRoute } from "next";
import { WEB_APP_MANIFEST } from "@/lib/offline/web-app-manifest";

/** /manifest.webmanifest, which Next.js links from every page's <head> (`<link rel="manifest">`). */
export default function manifest(): MetadataRoute.Manifest {
  return WEB_APP_MANIFEST;
}
