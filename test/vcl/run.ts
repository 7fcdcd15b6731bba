/**
 * falco VCL unit tests over the VCL our builders generate. For every test file
 * test/vcl/<app>.test.vcl, the example app examples/<app>.ts is synthesized, each of its
 * fastly_service_vcl resources becomes plan-shaped JSON (the harness's fastlyServicePlans:
 * Fastly's boilerplate main VCL with the service's snippets, backends and directors), and
 * `falco -json terraform test` runs the test file against it. Both the plan JSON and a
 * readable assembled VCL are written to test/.work/vcl/. Prints one line per test case and
 * a final `falco-tests: N passed, N failed`; exits non-zero on any failure.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "fs";
import { basename, join, resolve } from "path";
import { FastlyServicePlan, fastlyServicePlans } from "../harness/falco";
import { synthApp } from "../harness/synth";
import { loadToolchain } from "../harness/toolchain";

const root = resolve(__dirname, "..", "..");
const testDir = __dirname;
const workDir = join(root, "test", ".work", "vcl");

interface Suite {
  readonly name: string;
  readonly error?: string;
}
interface FalcoTestJson {
  tests?: { file: string; suites?: Suite[] }[];
}

/** Fastly's boilerplate with each snippet pasted at its `#FASTLY <type>` macro (init on top). */
function assembledVcl(plan: FastlyServicePlan): string {
  const doc = JSON.parse(plan.planJson) as {
    planned_values: { root_module: { resources: { values: { vcl: { main: boolean; content: string }[]; snippet: { type: string; name: string; content: string; priority?: number }[] } }[] } };
  };
  const values = doc.planned_values.root_module.resources[0].values;
  const main = values.vcl.find((v) => v.main)?.content ?? "";
  const byType = (type: string) =>
    values.snippet
      .filter((s) => s.type === type)
      .sort((a, b) => (a.priority ?? 100) - (b.priority ?? 100))
      .map((s) => `# snippet ${s.name}\n${s.content}`)
      .join("\n");
  return `${byType("init")}\n${main.replace(/^#FASTLY (\w+)$/gm, (_m, type: string) => byType(type))}`;
}

function runFalco(plan: FastlyServicePlan, app: string, falcoBin: string): Suite[] {
  const run = spawnSync(falcoBin, ["-json", "terraform", "test", "--max_backends", "100", "-I", testDir, "-f", `*/${app}.test.vcl`], {
    cwd: testDir,
    input: plan.planJson,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const start = run.stdout.indexOf("{");
  if (start < 0) return [{ name: `${app}: falco printed no JSON`, error: `${run.stdout}${run.stderr}`.trim() }];
  const parsed = JSON.parse(run.stdout.slice(start)) as FalcoTestJson;
  // falco may visit the same file twice through its include paths: count each case once.
  const seen = new Map<string, Suite>();
  for (const t of parsed.tests ?? []) {
    for (const s of t.suites ?? []) {
      // Helper subroutines (mocks) are listed as suites too; they are not test cases.
      if (s.name.startsWith("mock_")) continue;
      const key = `${basename(t.file)}::${s.name}`;
      if (!seen.has(key) || s.error) seen.set(key, s);
    }
  }
  if (seen.size === 0) return [{ name: `${app}: no test cases ran`, error: `${run.stdout}${run.stderr}`.trim() }];
  return [...seen.values()];
}

const toolchain = loadToolchain();
let passed = 0;
let failed = 0;
const testFiles = readdirSync(testDir).filter((f) => f.endsWith(".test.vcl")).sort();
for (const file of testFiles) {
  const app = file.replace(/\.test\.vcl$/, "");
  const appFile = `examples/${app}.ts`;
  if (!existsSync(join(root, appFile))) {
    console.log(`FAIL ${file}: no ${appFile} to test against`);
    failed++;
    continue;
  }
  const outDir = join(workDir, app);
  mkdirSync(outDir, { recursive: true });
  const plans = synthApp(appFile, join(outDir, "cdktf.out")).flatMap((s) => fastlyServicePlans(s.jsonPath));
  if (plans.length !== 1) {
    console.log(`FAIL ${file}: ${appFile} has ${plans.length} VCL services; expected exactly one`);
    failed++;
    continue;
  }
  const plan = plans[0];
  writeFileSync(join(outDir, "plan.json"), plan.planJson);
  writeFileSync(join(outDir, "assembled.vcl"), assembledVcl(plan));
  for (const suite of runFalco(plan, app, toolchain.falcoBin)) {
    if (suite.error) {
      failed++;
      console.log(`FAIL ${file} › ${suite.name}: ${suite.error}`);
    } else {
      passed++;
      console.log(`PASS ${file} › ${suite.name}`);
    }
  }
}
console.log(`falco-tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
