/**
 * Child processes for the entry-point scripts (perf, bench:api): start, run to the end, serve a build,
 * stop, and undo what `next build` does to the project's files. Impure on purpose, so it lives here, not in lib.
 * Every child gets its own process group, so stopping it also stops whatever it started (npm → next → workers).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { nextEnvForDefaultDistDir, onlyDistDirIncludesAdded } from "@/scripts/perf/next-files";

/** The only interface servers listen on: nothing here is meant to be reachable from elsewhere. */
export const HOST = "127.0.0.1";

/** The project's own `next`, run directly: through npm or npx, the PID we hold would not be the server's. */
export const NEXT_BIN = fileURLToPath(new URL("../node_modules/.bin/next", import.meta.url));

/** How long a server may take to answer its first request. */
const SERVER_READY_MS = 60_000;
/** How long a process group has between SIGTERM and SIGKILL. */
const STOP_GRACE_MS = 5_000;
/** How much of a child's output is kept for error messages (its end is what explains a failure). */
const OUTPUT_KEPT = 20_000;

/** A started child, the end of its output so far, and its exit code (null when it could not start). */
export type Spawned = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** A server that answers, and where. */
export type Server = Spawned & { origin: string };

/** Where and with what environment a child runs. */
export type RunIn = { cwd: string; env: NodeJS.ProcessEnv };

// Every child still running, so that all of them can be stopped however the run ends. Keyed by the
// ChildProcess, not the Spawned: callers may hold a copy of it (a Server is one).
const running = new Map<ChildProcess, Spawned>();

/** Starts a command in its own process group with its output captured. */
export function start(command: string, args: string[], { cwd, env }: RunIn): Spawned {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => {
    child.on("error", (error) => {
      keep(Buffer.from(String(error)));
      resolve(null);
    });
    child.on("exit", (code) => resolve(code));
  });
  const spawned = { child, output: () => output, exited };
  running.set(child, spawned);
  void exited.then(() => running.delete(child));
  return spawned;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Stops a child's process group: SIGTERM, then SIGKILL if it is still there after 5 s. */
export async function stop(spawned: Spawned): Promise<void> {
  if (!running.has(spawned.child)) return;
  signalGroup(spawned.child, "SIGTERM");
  const late = new Promise<"late">((resolve) => setTimeout(() => resolve("late"), STOP_GRACE_MS).unref());
  if ((await Promise.race([spawned.exited, late])) === "late") {
    signalGroup(spawned.child, "SIGKILL");
    await spawned.exited;
  }
}

/** Stops every child still running, each as `stop` does. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running.values()].map(stop));
}

/** SIGKILLs every child's process group at once, for when there is no time to wait (a signal, a crash). */
export function killAll(): void {
  for (const child of running.keys()) signalGroup(child, "SIGKILL");
}

/** Runs a command to completion behind `label … 12.3 s`; throws with the end of its output when it fails. */
export async function run(label: string, command: string, args: string[], where: RunIn): Promise<void> {
  const t0 = performance.now();
  process.stdout.write(`${label} … `);
  const spawned = start(command, args, where);
  const code = await spawned.exited;
  if (code !== 0) {
    console.log("failed");
    throw new Error(`${label} exited with ${code}:\n${spawned.output().split("\n").slice(-40).join("\n")}`);
  }
  console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** True when nothing listens on `port` on HOST. */
export async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

/**
 * Serves the build in `cwd` on HOST:`port` and returns once `readyPath` answers (stopped again if it never
 * does): with the project's production server, server.ts (what `npm start` runs), or with plain `next start`
 * for an app that has none (perf's bare page).
 */
export async function serve(
  port: number,
  readyPath: string,
  where: RunIn,
  server: "server.ts" | "next start" = "server.ts",
): Promise<Server> {
  // Checked first: otherwise a server left by an earlier run would answer for this one.
  if (!(await portFree(port))) throw new Error(`port ${port} is in use: stop whatever holds it (a previous run?)`);
  const listen = ["-H", HOST, "-p", String(port)];
  const spawned =
    server === "server.ts"
      ? // What `npm start` runs: the build's bundle of server.ts (scripts/build-server.ts), from the project dir.
        start(process.execPath, [join(where.env.NEXT_DIST_DIR ?? ".next", "server.mjs"), ...listen], {
          cwd: where.cwd,
          env: { ...where.env, NODE_ENV: "production" },
        })
      : start(NEXT_BIN, ["start", ...listen], where);
  const origin = `http://${HOST}:${port}`;
  let exited = false;
  void spawned.exited.then(() => (exited = true));
  const deadline = performance.now() + SERVER_READY_MS;
  while (performance.now() < deadline && !exited) {
    try {
      await (await fetch(`${origin}${readyPath}`)).arrayBuffer();
      return { ...spawned, origin };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await stop(spawned);
  throw new Error(`${server} on ${origin} did not answer:\n${spawned.output()}`);
}

/**
 * `next build` points tsconfig.json and next-env.d.ts at its distDir; call before building into `distDir`, and
 * the function it returns afterwards, to undo exactly that and nothing anyone else changed meanwhile.
 */
export function guardNextFiles(root: string, distDir: string): () => void {
  const snapshot = (file: string) =>
    existsSync(file) ? { text: readFileSync(file, "utf8"), stat: statSync(file) } : undefined;
  const read = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : undefined);
  const tsconfig = join(root, "tsconfig.json");
  const nextEnv = join(root, "next-env.d.ts");
  const [tsconfigBefore, nextEnvBefore] = [snapshot(tsconfig), snapshot(nextEnv)];
  // The old times too when the old text is back, so a staleness check by mtime is not fooled by the build.
  const write = (file: string, text: string, before: NonNullable<ReturnType<typeof snapshot>>) => {
    writeFileSync(file, text);
    if (text === before.text) utimesSync(file, before.stat.atime, before.stat.mtime);
  };
  return () => {
    const tsconfigAfter = read(tsconfig);
    if (tsconfigBefore && tsconfigAfter !== undefined && tsconfigAfter !== tsconfigBefore.text) {
      if (onlyDistDirIncludesAdded(tsconfigBefore.text, tsconfigAfter, distDir))
        write(tsconfig, tsconfigBefore.text, tsconfigBefore);
      else console.log("note: tsconfig.json changed during the build in more than its include list; left as it is");
    }
    // Pointed back at .next rather than restored from the snapshot, which could name another concurrent build's
    // folder (see nextEnvForDefaultDistDir).
    const nextEnvAfter = read(nextEnv);
    const repaired = nextEnvAfter === undefined ? undefined : nextEnvForDefaultDistDir(nextEnvAfter, distDir);
    if (repaired === undefined) return;
    if (nextEnvBefore) write(nextEnv, repaired, nextEnvBefore);
    else rmSync(nextEnv);
  };
}
