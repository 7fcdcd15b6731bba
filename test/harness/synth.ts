import { spawnSync } from "child_process";
import { mkdirSync, readFileSync, rmSync } from "fs";
import { join, resolve } from "path";

/** One synthesized stack: its name, the app file it came from and its Terraform JSON. */
export interface SynthesizedStack {
  readonly app: string;
  readonly name: string;
  readonly jsonPath: string;
}

const repoRoot = resolve(__dirname, "..", "..");

/**
 * Runs a cdktf app file (a stacks/ or examples/ entry point) in its own process, the way
 * `cdktf synth` does, into `outdir`, and lists the stacks it wrote.
 */
export function synthApp(appFile: string, outdir: string): SynthesizedStack[] {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const run = spawnSync(process.execPath, ["-r", resolve(repoRoot, "scripts", "ts-cache.js"), resolve(repoRoot, appFile)], {
    cwd: repoRoot,
    env: { ...process.env, CDKTF_OUTDIR: outdir, CDKTF_DISABLE_PLUGIN_CACHE_ENV: "1" },
    encoding: "utf8",
  });
  if (run.status !== 0) {
    throw new Error(`synth of ${appFile} failed (exit ${run.status}):\n${run.stderr || run.stdout}`);
  }
  const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")) as {
    stacks: Record<string, { synthesizedStackPath: string }>;
  };
  return Object.entries(manifest.stacks).map(([name, s]) => ({
    app: appFile,
    name,
    jsonPath: join(outdir, s.synthesizedStackPath),
  }));
}
