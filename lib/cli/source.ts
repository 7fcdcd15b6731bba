import { execSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { EdgeConfigError } from "../errors";
import { LoadedStack, loadStack } from "../testing/stack-json";

/** A synthesized stack read from disk, with where it came from. */
export interface SourcedStack {
  readonly stack: LoadedStack;
  readonly origin: string;
}

/**
 * Finds the stacks to analyse: `--stack` (a cdk.tf.json, or a cdktf.out directory), `--app`
 * (a command that synthesizes, run with CDKTF_OUTDIR set to a temporary directory), else
 * ./cdktf.out when it has a manifest, else cdktf.json's app.
 */
export function readStacks(options: Readonly<Record<string, string | true>>, cwd: string, log: (line: string) => void): SourcedStack[] {
  const stackOption = options.stack;
  if (typeof stackOption === "string") return fromPath(resolve(cwd, stackOption));
  const app = typeof options.app === "string" ? options.app : undefined;
  if (!app && existsSync(join(cwd, "cdktf.out", "manifest.json"))) return fromPath(join(cwd, "cdktf.out"));
  const command = app ?? appOfCdktfJson(cwd);
  const outdir = mkdtempSync(join(tmpdir(), "cdktf-edge-what-if-"));
  try {
    const started = Date.now();
    log(`synthesizing: ${command}`);
    execSync(command, { cwd, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CDKTF_OUTDIR: outdir }, timeout: 300_000 });
    log(`synthesized in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return fromPath(outdir);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

function appOfCdktfJson(cwd: string): string {
  const file = join(cwd, "cdktf.json");
  if (!existsSync(file)) {
    throw new EdgeConfigError("cdktf-edge what-if", "no stack to analyse", cwd, "--stack <cdk.tf.json or cdktf.out>, --app '<command>', or a directory with cdktf.json or cdktf.out/");
  }
  const app = (JSON.parse(readFileSync(file, "utf8")) as { app?: string }).app;
  if (!app) throw new EdgeConfigError("cdktf-edge what-if", "cdktf.json has no app", file, 'an "app" command that synthesizes the stacks');
  return app;
}

function fromPath(path: string): SourcedStack[] {
  if (!existsSync(path)) throw new EdgeConfigError("cdktf-edge what-if", "--stack path does not exist", path, "a cdk.tf.json file or a cdktf.out directory");
  if (statSync(path).isFile()) return [{ stack: loadStack(readFileSync(path, "utf8")), origin: path }];
  const manifest = JSON.parse(readFileSync(join(path, "manifest.json"), "utf8")) as { stacks: Record<string, { synthesizedStackPath: string }> };
  return Object.entries(manifest.stacks)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, s]) => ({ stack: loadStack(readFileSync(join(path, s.synthesizedStackPath), "utf8")), origin: name }));
}
