// summarizePlan on what the real terraform CLI prints: `terraform_data` needs no provider, so
// terraform applies and re-plans locally and the summary sees real create, update, replace
// and delete entries of `terraform show -json`.
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { summarizePlan } from "../../lib/testing";
import { loadToolchain } from "../harness/toolchain";

const toolchain = loadToolchain();
const dir = mkdtempSync(join(tmpdir(), "plan-summary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tf(...args: string[]): string {
  return execFileSync(toolchain.tfBin, args, { cwd: dir, env: { ...process.env, ...toolchain.env, TF_IN_AUTOMATION: "1" }, encoding: "utf8", timeout: 120_000 });
}

function config(resources: Record<string, Record<string, unknown>>): void {
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ resource: { terraform_data: resources } }));
}

test("summarizes terraform show -json of a real plan", () => {
  config({ map: { input: { fra: 25, lhr: 29 } }, vcl: { input: "v1" }, node: { input: "l4-1", triggers_replace: ["table-a"] } });
  tf("init", "-input=false", "-no-color");
  tf("apply", "-auto-approve", "-input=false", "-no-color");
  config({ map: { input: { fra: 26, iad: 46 } }, node: { input: "l4-1", triggers_replace: ["table-b"] }, pop: { input: "mad" } });
  tf("plan", "-input=false", "-no-color", "-out=plan.bin");
  const summary = summarizePlan(tf("show", "-json", "plan.bin"));
  expect(summary.counts).toEqual({ create: 1, delete: 1, replace: 1, update: 1 });
  expect(summary.changes).toEqual([
    { address: "terraform_data.map", action: "update", changedAttributes: ["input", "output"] },
    { address: "terraform_data.node", action: "replace", changedAttributes: ["id", "output", "triggers_replace"] },
    { address: "terraform_data.pop", action: "create" },
    { address: "terraform_data.vcl", action: "delete" },
  ]);
});
