import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "fs";
import { basename, join, resolve } from "path";

/** One synthesized stack: its name, the app file it came from and its Terraform JSON. */
export interface SynthesizedStack {
  readonly app: string;
  readonly name: string;
  readonly jsonPath: string;
}

const repoRoot = resolve(__dirname, "..", "..");

/** Where the harness phase synthesizes an app: test/.work/<app>/cdktf.out. */
export function harnessOutdir(appFile: string): string {
  return join(repoRoot, "test", ".work", basename(appFile, ".ts"), "cdktf.out");
}

/**
 * Runs a cdktf app file (a stacks/ or examples/ entry point) in its own process, the way
 * `cdktf synth` does, into `outdir`, and lists the stacks it wrote.
 *
 * The harness (outdir = {@link harnessOutdir}) always synthesizes, and publishes its output at
 * once (written aside, then renamed). Any other caller (falco tests, HAProxy checks) reads the
 * harness's output instead when it is newer than every source it depends on, so a test run
 * synthesizes each app once.
 */
export function synthApp(appFile: string, outdir: string): SynthesizedStack[] {
  const published = harnessOutdir(appFile);
  if (resolve(outdir) !== published) {
    const reused = freshStacks(appFile, published);
    if (reused) return reused;
  }
  const scratch = `${outdir}.tmp-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const run = spawnSync(process.execPath, ["-r", resolve(repoRoot, "scripts", "ts-cache.js"), resolve(repoRoot, appFile)], {
    cwd: repoRoot,
    env: { ...process.env, CDKTF_OUTDIR: scratch, CDKTF_DISABLE_PLUGIN_CACHE_ENV: "1" },
    encoding: "utf8",
  });
  if (run.status !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    throw new Error(`synth of ${appFile} failed (exit ${run.status}):\n${run.stderr || run.stdout}`);
  }
  rmSync(outdir, { recursive: true, force: true });
  renameSync(scratch, outdir);
  return stacksIn(appFile, outdir);
}

function stacksIn(appFile: string, outdir: string): SynthesizedStack[] {
  const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")) as {
    stacks: Record<string, { synthesizedStackPath: string }>;
  };
  return Object.entries(manifest.stacks).map(([name, s]) => ({
    app: appFile,
    name,
    jsonPath: join(outdir, s.synthesizedStackPath),
  }));
}

/** The harness's stacks of `appFile` when they are newer than every source, else undefined. */
function freshStacks(appFile: string, published: string): SynthesizedStack[] | undefined {
  try {
    const written = statSync(join(published, "manifest.json")).mtimeMs;
    if (written <= newestSource(appFile)) return undefined;
    const stacks = stacksIn(appFile, published);
    return stacks.every((s) => existsSync(s.jsonPath)) ? stacks : undefined;
  } catch {
    return undefined; // not synthesized yet, or being replaced right now
  }
}

let newestShared: number | undefined;

/** Newest modification time of the app file and of every file under lib/, stacks/, examples/. */
function newestSource(appFile: string): number {
  if (newestShared === undefined) {
    newestShared = 0;
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else newestShared = Math.max(newestShared ?? 0, statSync(path).mtimeMs);
      }
    };
    for (const dir of ["lib", "stacks", "examples"]) walk(join(repoRoot, dir));
    newestShared = Math.max(newestShared, statSync(join(repoRoot, "package-lock.json")).mtimeMs);
  }
  return Math.max(newestShared, statSync(resolve(repoRoot, appFile)).mtimeMs);
}
