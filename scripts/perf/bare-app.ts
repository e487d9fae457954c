import { posix } from "node:path";

export type Header = { readonly key: string; readonly value: string };

/**
 * The framework's floor: the smallest Next.js App Router app (a root layout and a page with one heading),
 * built with this repo's node_modules so it has the same Next.js and React. Its first-load JavaScript and
 * Lighthouse scores are what every route is compared with. Pure: returns file paths and their text.
 * `headers`, when given, are sent with every response (`npm run perf`'s second reference: the floor of a page
 * that must send certpath's security headers; see docs/performance.md on Cross-Origin-Opener-Policy).
 */
export function bareAppFiles(turbopackRoot: string, headers: readonly Header[] = []): Record<string, string> {
  // node_modules is a symlink into this repo: Turbopack compiles only files under its root, so the root
  // must contain both. Type errors cannot matter here; skipping the check saves seconds of a 2-core machine.
  const config = JSON.stringify({ turbopack: { root: turbopackRoot }, typescript: { ignoreBuildErrors: true } });
  const withHeaders =
    headers.length === 0
      ? ""
      : `config.headers = async () => [{ source: "/:path*", headers: ${JSON.stringify(headers)} }];\n`;
  return {
    "package.json": `${JSON.stringify({ name: "bare-next-app", private: true, type: "module" }, null, 2)}\n`,
    "next.config.mjs": `const config = ${config};\n${withHeaders}export default config;\n`,
    "tsconfig.json": `${JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          lib: ["dom", "dom.iterable", "ES2023"],
          strict: true,
          skipLibCheck: true,
          noEmit: true,
          module: "esnext",
          moduleResolution: "bundler",
          jsx: "react-jsx",
          isolatedModules: true,
          esModuleInterop: true,
          resolveJsonModule: true,
          allowJs: true,
          incremental: true,
          plugins: [{ name: "next" }],
        },
        include: ["**/*.ts", "**/*.tsx", ".next/types/**/*.ts", ".next/dev/types/**/*.ts"],
        exclude: ["node_modules"],
      },
      null,
      2,
    )}\n`,
    "app/layout.tsx": `import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html>
      <body>{children}</body>
    </html>
  );
}
`,
    "app/page.tsx": `export default function Page() {
  return <h1>Hello</h1>;
}
`,
  };
}

/** The deepest directory containing both absolute paths. */
export function commonAncestor(a: string, b: string): string {
  const left = posix.resolve(a).split("/");
  const right = posix.resolve(b).split("/");
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  return left.slice(0, i).join("/") || "/";
}
