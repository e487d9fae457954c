import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Imports point one way: app → components → lib ← data (STYLE.md). `scripts/` are entry points
 * (CLI, benchmarks) and may use lib and data. A violation is a lint error, so `npm test` fails.
 */
const layers = [
  {
    target: "./lib",
    from: ["./app", "./components", "./scripts", "./worker"],
    message: "lib is pure: it takes the catalog as an argument and imports nothing above it.",
  },
  { target: "./data", from: ["./app", "./components", "./scripts"], message: "data imports only lib's schemas." },
  { target: "./components", from: ["./app", "./scripts"], message: "components never import routes." },
  { target: "./scripts", from: ["./app", "./components"], message: "scripts use lib and data only." },
  {
    target: "./worker",
    from: ["./app", "./components", "./scripts", "./data"],
    message: "the service worker uses lib only (its catalog-free routing rules).",
  },
  { target: ["./app", "./components"], from: "./worker", message: "the service worker is bundled on its own." },
];

/**
 * The fuzzers drive every parser of outside input, and one of them, the storage adapter, lives in components
 * (it is zustand's persist storage). scripts/fuzz/parsers.ts takes it as an argument and stays pure; only the two
 * entry points that run the fuzzers and the wrapper they share (storage-now.ts) may import it, and nothing else
 * from components.
 */
const FUZZ_ENTRY_POINTS = ["scripts/fuzz/parsers.fuzz.test.ts", "scripts/fuzz.ts", "scripts/fuzz/storage-now.ts"];
const fuzzLayers = layers.flatMap((zone) =>
  zone.from.includes("./components")
    ? [
        { ...zone, from: zone.from.filter((from) => from !== "./components") },
        { ...zone, from: "./components", except: ["./state/safe-storage.ts"] },
      ]
    : [zone],
);

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "next-env.d.ts",
      "coverage/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    settings: {
      "import/resolver": { typescript: { project: "./tsconfig.json" }, node: true },
      // import/no-cycle reads every module an import reaches; packages cannot import our code back, so reading
      // them (react's, next's and mermaid's type files) finds no cycle and was 80% of the lint's time.
      "import/ignore": ["node_modules"],
    },
    rules: {
      "import/no-restricted-paths": ["error", { zones: layers }],
      "import/no-cycle": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      // `import { type X }` keeps the import (verbatimModuleSyntax), loading the module for nothing: it put the
      // catalog's schema in the browser. Only `import type { X }` disappears.
      "@typescript-eslint/no-import-type-side-effects": "error",
    },
  },
  {
    files: FUZZ_ENTRY_POINTS,
    rules: { "import/no-restricted-paths": ["error", { zones: fuzzLayers }] },
  },
  {
    // Playwright fixtures take a `use` callback: not React's `use`.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Only data/catalog.ts may read the raw data files: everything else gets the parsed catalog. Links go through
    // components/ui/link.tsx.
    files: ["app/**", "components/**", "lib/**", "scripts/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^@/data/(?!catalog$)", message: "Import the parsed catalog from @/data/catalog." },
            { regex: "^@/app/", message: "Nothing imports app." },
            {
              regex: "^next/link$",
              message:
                "Use { Link } from @/components/ui/link: it prefetches a page only when the person shows intent.",
            },
          ],
        },
      ],
    },
  },
  {
    // lib → data is checked here rather than in `layers` so that tests beside lib code may use the real catalog.
    files: ["lib/**"],
    ignores: ["lib/**/*.test.ts", "lib/**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(react|react-dom|next|zustand)(/|$)",
              message: "lib is plain TypeScript: no React, Next.js or zustand.",
            },
            {
              regex: "^@/(app|components|data|scripts)(/|$)",
              message: "lib imports nothing above it; pass the catalog in.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "localStorage", "sessionStorage", "navigator"],
    },
  },
];

export default config;
