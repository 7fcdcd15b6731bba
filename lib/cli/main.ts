import { EdgeConfigError } from "../errors";
import { parseArgs } from "./args";
import { WHAT_IF_USAGE, whatIf } from "./what-if";

const USAGE = `usage: cdktf-edge <command>
commands:
  what-if   effect of a POP, L7 backend or canary change on a synthesized platform

${WHAT_IF_USAGE}`;

/** The `cdktf-edge` command: returns the exit code; output goes to `out`, progress and errors to `err`. */
export function main(argv: readonly string[], cwd: string, out: (line: string) => void, err: (line: string) => void): number {
  const [command, ...rest] = argv;
  try {
    if (command === "what-if") {
      for (const line of whatIf(parseArgs(rest), cwd, err)) out(line);
      return 0;
    }
    (command === undefined || command === "help" || command === "--help" ? out : err)(USAGE);
    return command === undefined || command === "help" || command === "--help" ? 0 : 2;
  } catch (e) {
    if (e instanceof EdgeConfigError) {
      err(`cdktf-edge: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
