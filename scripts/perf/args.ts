/** The options of `npm run perf`, parsed from argv (without node and the script). */
export type PerfArgs = { skipLighthouse: boolean; jsonPath?: string; help: boolean };

export const PERF_USAGE = `usage: npm run perf -- [--skip-lighthouse] [--json out.json]
  --skip-lighthouse  only the first-load JavaScript budgets (fast)
  --json FILE        also write every figure to FILE as JSON`;

/** Options, or the problems with argv, one line each. */
export function parsePerfArgs(argv: readonly string[]): { args: PerfArgs } | { errors: string[] } {
  const args: PerfArgs = { skipLighthouse: false, help: false };
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--skip-lighthouse") args.skipLighthouse = true;
    else if (arg === "--help" || arg === "-h") args.help = true;
    else if (arg === "--json" || arg.startsWith("--json=")) {
      const value = arg === "--json" ? argv[++i] : arg.slice("--json=".length);
      if (value === undefined || value === "" || value.startsWith("--")) errors.push("--json needs a file name");
      else args.jsonPath = value;
    } else errors.push(`unknown argument ${JSON.stringify(arg)}`);
  }
  return errors.length > 0 ? { errors } : { args };
}
