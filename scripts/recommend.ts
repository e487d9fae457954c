/** Entry point of `npm run recommend`: all the logic is in lib/cli/run-cli.ts. */
import { catalog } from "@/data/catalog";
import { runCli } from "@/lib/cli/run-cli";
import { todayIso } from "@/lib/dates/iso-date";

try {
  const { exitCode, stdout, stderr } = runCli(process.argv.slice(2), catalog, todayIso());
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = exitCode;
} catch (error) {
  // A bug, not bad input: say so in one line rather than with a stack trace.
  process.stderr.write(`certpath: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
