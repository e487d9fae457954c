import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    include: ["**/*.test.{ts,tsx}"],
    exclude: ["node_modules/**", ".next/**", ".next-*/**", "e2e/**"],
    // Plain .ts tests run in Node; component tests (.tsx) get a DOM.
    environment: "node",
    setupFiles: ["./vitest.setup.ts"],
    // Vitest's default is one worker fewer than the cores: one worker on CI's two-core machine, which left a core
    // idle for the whole unit run (docs/performance.md, "CI time").
    maxWorkers: "100%",
    // Component tests click through many states; a busy 2-core machine can make one take seconds.
    testTimeout: 20_000,
    css: { modules: { classNameStrategy: "non-scoped" } },
  },
});
