/**
 * Synthesizes every app in stacks/ and examples/ and checks each stack with the real tools:
 * terraform init (local mirror only) + terraform validate, and falco lint on every Fastly VCL
 * service. Exits non-zero when any stack fails, naming stack, resource and the tool's message.
 */
import { readdirSync } from "fs";
import { join, resolve } from "path";
import { checkApp, describeFailures, StackReport } from "./check";
import { loadToolchain } from "./toolchain";

const root = resolve(__dirname, "..", "..");
const apps = ["stacks", "examples"].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => `${dir}/${f}`),
);

const toolchain = loadToolchain();
console.log(
  `harness: ${toolchain.tfBin}; aws provider ${toolchain.env.AWS_PROVIDER_VERSION} [${toolchain.env.AWS_PROVIDER_BUILD}], ` +
    `fastly provider ${toolchain.env.FASTLY_PROVIDER_VERSION}, falco ${toolchain.env.FALCO_VERSION}`,
);
const reports: StackReport[] = [];
for (const app of apps) {
  const started = Date.now();
  for (const report of checkApp(app, toolchain)) {
    reports.push(report);
    const pins = report.pinned
      .map((p) => (p.substituted ? `${p.source} ${p.requested} SUBSTITUTED by ${p.pinned}` : `${p.source} ${p.pinned}`))
      .join(", ");
    const steps = report.steps.map((s) => `${s.tool}: ${s.result.ok ? "ok" : "FAILED"}`).join("; ");
    console.log(`${report.ok ? "PASS" : "FAIL"} ${app} › ${report.stack} [${pins}] ${steps}`);
    for (const line of describeFailures(report)) console.log(`  ${line}`);
    for (const s of report.steps) {
      for (const w of s.result.diagnostics.filter((d) => d.severity === "warning")) {
        console.log(`  warning: ${s.tool} ${w.resource ?? ""}: ${w.summary}: ${w.detail}`);
      }
    }
  }
  console.log(`     (${app} in ${((Date.now() - started) / 1000).toFixed(1)}s)`);
}
const failed = reports.filter((r) => !r.ok).length;
console.log(`harness: ${reports.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
