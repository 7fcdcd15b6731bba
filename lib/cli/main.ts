import { writeFileSync } from "fs";
import { resolve } from "path";
import { EdgeConfigError } from "../errors";
import { parseArgs } from "./args";
import { readStacks } from "./source";
import { renderSvg, topologyDot } from "./topology";
import { WHAT_IF_USAGE, whatIf } from "./what-if";

const USAGE = `usage: cdktf-edge <command>
commands:
  what-if    effect of a POP, L7 backend or canary change on a synthesized platform
  topology   the platform as a picture: cdktf-edge topology [--stack … | --app …] [--out topology.svg | --dot]

${WHAT_IF_USAGE}`;

/** The `cdktf-edge` command: resolves to the exit code; output goes to `out`, progress and errors to `err`. */
export async function main(argv: readonly string[], cwd: string, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "what-if") {
      for (const line of whatIf(parseArgs(rest), cwd, err)) out(line);
      return 0;
    }
    if (command === "topology") {
      const args = parseArgs(rest);
      const stacks = readStacks(args.options, cwd, err).filter((s) => s.stack.platforms.length > 0);
      if (stacks.length === 0) throw new EdgeConfigError("cdktf-edge topology", "no EdgePlatform in the synthesized stacks", cwd, "a stack with an EdgePlatform");
      const dot = topologyDot(stacks[0].stack, `cdktf-edge: ${stacks[0].origin}`);
      if (args.options.dot) {
        out(dot);
        return 0;
      }
      const file = resolve(cwd, typeof args.options.out === "string" ? args.options.out : "topology.svg");
      writeFileSync(file, await renderSvg(dot));
      out(`wrote ${file}`);
      return 0;
    }
    const help = command === undefined || command === "help" || command === "--help";
    (help ? out : err)(USAGE);
    return help ? 0 : 2;
  } catch (e) {
    if (e instanceof EdgeConfigError) {
      err(`cdktf-edge: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
