/**
 * checkov on every stack the library synthesized in this run: stacks/ and examples/ (from the
 * harness) and the fuzz phase's random accepted platforms and services. A failed check counts
 * as skipped only when the resource carries that check id in its `//` comment (lib/checkov.ts,
 * written by the construct that needs it, with the reason); everything else fails the phase.
 * Usage: run.ts <checkov bin dir>
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

interface Failed { check_id: string; check_name: string; resource: string; file_path: string; severity?: string | null }
interface Report { summary: { passed: number; failed: number; parsing_errors: number }; results: { failed_checks?: Failed[] } }
type Skip = { id: string; comment: string };

const bin = process.argv[2];
const work = resolve(__dirname, "..", ".work");
const dir = mkdtempSync(join(tmpdir(), "cdktf-edge-checkov-"));
const stacks: string[] = [];
for (const app of existsSync(work) ? readdirSync(work).sort() : []) {
  if (app.startsWith("broken-")) continue; // the harness's deliberately broken fixtures
  const tf = join(work, app, "tf");
  // The harness writes tf/<stack>/main.tf.json, the fuzz phase tf/main.tf.json.
  const entries = existsSync(join(tf, "main.tf.json")) ? ["."] : existsSync(tf) ? readdirSync(tf).sort() : [];
  for (const stack of entries) {
    const file = join(tf, stack, "main.tf.json");
    if (!existsSync(file)) continue;
    const name = `${app}__${stack === "." ? app : stack}.tf.json`;
    copyFileSync(file, join(dir, name));
    stacks.push(name);
  }
}
const started = Date.now();
const run = spawnSync(join(bin, "checkov"), ["-d", dir, "--framework", "terraform_json", "-o", "json", "--quiet", "--compact", "--skip-download"], {
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
  timeout: 240_000,
  env: { ...process.env, BC_SKIP_MAPPING: "TRUE", CHECKOV_RUN_SCA_PACKAGE_SCAN_V2: "false" },
});
const secs = ((Date.now() - started) / 1000).toFixed(1);
let parsed: Report | Report[];
try {
  parsed = JSON.parse(run.stdout) as Report | Report[];
} catch {
  console.log(`checkov did not answer JSON (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  console.log("checkov: 0 passed, 1 failed");
  process.exit(1);
}
const report = Array.isArray(parsed) ? parsed[0] : parsed;
const docs = new Map<string, { resource?: Record<string, Record<string, Record<string, unknown>>> }>();
const skipsOf = (file: string, address: string): Skip[] => {
  if (!docs.has(file)) docs.set(file, JSON.parse(readFileSync(join(dir, file), "utf8")));
  // Graph checks name `type.name`; attribute checks name `resource.name` (checkov 3.3, terraform_json).
  const [type, ...rest] = address.split(".");
  const name = rest.join(".");
  const resources = docs.get(file)?.resource ?? {};
  const body = type === "resource" ? Object.values(resources).find((byName) => byName[name])?.[name] : resources[type]?.[name];
  const comment = body?.["//"] as { checkov?: { skip?: Skip[] } } | undefined;
  return comment?.checkov?.skip ?? [];
};

const skipped = new Map<string, { count: number; comment: string }>();
const failures: Failed[] = [];
for (const f of report.results.failed_checks ?? []) {
  const skip = skipsOf(f.file_path.replace(/^\//, ""), f.resource).find((s) => s.id === f.check_id && s.comment.trim().length > 0);
  if (skip) skipped.set(f.check_id, { count: (skipped.get(f.check_id)?.count ?? 0) + 1, comment: skip.comment });
  else failures.push(f);
}
for (const f of failures) console.log(`FAIL ${f.check_id} ${f.resource} in ${f.file_path.replace(/^\//, "")}: ${f.check_name}`);
console.log(`checkov ${stacks.length} stacks in ${secs}s: ${report.summary.passed} checks passed, ${report.summary.failed} failed before skips, ${report.summary.parsing_errors} parsing errors`);
for (const [id, s] of [...skipped].sort()) console.log(`  skipped ${id} ×${s.count}: ${s.comment}`);
rmSync(dir, { recursive: true, force: true });
const failed = failures.length + report.summary.parsing_errors + (stacks.length === 0 ? 1 : 0);
console.log(`checkov: ${report.summary.passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
