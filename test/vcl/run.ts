/**
 * falco VCL unit tests over the VCL Fastly would run. For every test file
 * test/vcl/<app>.test.vcl, the example app examples/<app>.ts is synthesized, its
 * fastly_service_vcl is assembled the way Fastly assembles it (assembleServiceVcl: generated
 * code, snippets, default and request conditions, shield blocks) into
 * test/.work/vcl/<app>/<service>.vcl, and `falco -json test` runs the test file against it.
 * Prints one line per test case and a final `falco-tests: N passed, N failed`; exits non-zero
 * on any failure.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync } from "fs";
import { join, resolve } from "path";
import { AssembledService, assembleServices } from "../harness/falco";
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

function runFalco(assembled: AssembledService, app: string, falcoBin: string): Suite[] {
  const run = spawnSync(falcoBin, ["-json", "test", "-I", testDir, "-f", `*/${app}.test.vcl`, assembled.vclPath], {
    cwd: testDir,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const start = run.stdout.indexOf("{");
  if (start < 0) return [{ name: `${app}: falco printed no JSON`, error: `${run.stdout}${run.stderr}`.trim() }];
  const parsed = JSON.parse(run.stdout.slice(start)) as FalcoTestJson;
  // Helper subroutines (mocks) are listed as suites too; they are not test cases.
  const suites = (parsed.tests ?? []).flatMap((t) => (t.suites ?? []).filter((s) => !s.name.startsWith("mock_")));
  if (suites.length === 0) return [{ name: `${app}: no test cases ran`, error: `${run.stdout}${run.stderr}`.trim() }];
  return suites;
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
  const services = synthApp(appFile, join(outDir, "cdktf.out")).flatMap((s) => assembleServices(s.jsonPath, outDir));
  if (services.length !== 1) {
    console.log(`FAIL ${file}: ${appFile} has ${services.length} VCL services; expected exactly one`);
    failed++;
    continue;
  }
  for (const suite of runFalco(services[0], app, toolchain.falcoBin)) {
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
