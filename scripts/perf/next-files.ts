/**
 * `next build` rewrites two files in the project whatever its distDir: tsconfig.json (adding
 * `<distDir>/types/**` to `include`, reformatted) and next-env.d.ts (importing `<distDir>/types`). A build into
 * .next-perf must not leave the project pointing at a folder that is about to go; these tell a runner how to
 * undo exactly that and nothing someone else changed meanwhile.
 */

/** True when `after` is the tsconfig `before` with only `<distDir>/…` entries added to `include`. */
export function onlyDistDirIncludesAdded(before: string, after: string, distDir: string): boolean {
  const old = parseObject(before);
  const now = parseObject(after);
  if (!old || !now) return false;
  const oldInclude = old.include ?? [];
  if (!isStringList(oldInclude) || !isStringList(now.include)) return false;
  const prefix = `${distDir.replace(/^\.\//, "")}/`;
  const added = now.include.filter((entry) => !oldInclude.includes(entry));
  if (added.length === 0 || !added.every((entry) => entry.replace(/^\.\//, "").startsWith(prefix))) return false;
  return JSON.stringify({ ...old, include: [...oldInclude, ...added] }) === JSON.stringify(now);
}

/** True when next-env.d.ts now imports Next.js's types from `distDir` and did not before. */
export function nextEnvPointsAtDistDir(
  before: string | undefined,
  after: string | undefined,
  distDir: string,
): boolean {
  const mention = `"./${distDir.replace(/^\.\//, "")}/types/`;
  return after !== undefined && after.includes(mention) && !(before ?? "").includes(mention);
}

/**
 * next-env.d.ts as the project's own build (distDir `.next`) writes it: `distDir`'s type imports pointed back
 * at `.next`; undefined when the text does not import from `distDir`. Unlike putting back a snapshot, this
 * cannot bring back another concurrent build's folder, whatever order two guarded builds finish in.
 */
export function nextEnvForDefaultDistDir(text: string, distDir: string): string | undefined {
  const folder = distDir.replace(/^\.\//, "");
  const mention = `"./${folder}/types/`;
  return text.includes(mention) ? text.replaceAll(mention, `"./.next/types/`) : undefined;
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((e) => typeof e === "string");

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? { ...value } : undefined;
  } catch {
    return undefined;
  }
}
