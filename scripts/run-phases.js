// Runs the test phases in test/phases/*.sh, several at once, and prints one closing line.
//
// A phase is a bash script that prints what it checked and ends with the line
// `<name>: N passed, N failed` (its counts). A header line `# after: other-phase` makes it
// wait for that phase (e.g. a phase that reads what the harness synthesized). Output of each
// phase is printed whole when it ends, with its time, so parallel phases never interleave.
// CDKTF_EDGE_TEST_JOBS (default 2) sets how many phases run at once; CDKTF_EDGE_PHASES
// (comma-separated names) runs only those.
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const dir = path.join(root, "test", "phases");
const only = process.env.CDKTF_EDGE_PHASES ? new Set(process.env.CDKTF_EDGE_PHASES.split(",")) : undefined;
const jobs = Math.max(1, Number(process.env.CDKTF_EDGE_TEST_JOBS ?? 2));

const phases = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".sh"))
  .sort()
  .map((file) => {
    const name = file.replace(/^\d+-/, "").replace(/\.sh$/, "");
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    const after = [...text.matchAll(/^# after: (.+)$/gm)].flatMap((m) => m[1].split(/[ ,]+/).filter(Boolean));
    return { file, name, after };
  })
  .filter((p) => !only || only.has(p.name));
const names = new Set(phases.map((p) => p.name));

const done = new Map(); // name -> { passed, failed }
const running = new Set();
const started = Date.now();
let total = { passed: 0, failed: 0 };

function counts(name, output, code) {
  const re = new RegExp(`^${name}: (\\d+) passed, (\\d+) failed`, "m");
  const m = re.exec(output);
  if (!m) return { passed: 0, failed: 1, note: `no "${name}: N passed, N failed" line (exit ${code})` };
  const c = { passed: Number(m[1]), failed: Number(m[2]) };
  if (code !== 0 && c.failed === 0) return { ...c, failed: 1, note: `exit ${code} with no failure counted` };
  return c;
}

function ready(p) {
  return p.after.every((a) => !names.has(a) || done.has(a));
}

function launch(p) {
  running.add(p.name);
  const t0 = Date.now();
  process.stdout.write(`phase ${p.name}: started\n`);
  const child = spawn("bash", [path.join(dir, p.file)], { cwd: root, env: process.env });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  child.on("close", (code) => {
    const c = counts(p.name, out, code ?? 1);
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    process.stdout.write(`\n=== ${p.name} (${secs}s) ===\n${out.trimEnd()}\n`);
    if (c.note) process.stdout.write(`${p.name}: ${c.note}\n`);
    process.stdout.write(`=== ${p.name}: ${c.passed} passed, ${c.failed} failed in ${secs}s ===\n`);
    total = { passed: total.passed + c.passed, failed: total.failed + c.failed };
    running.delete(p.name);
    done.set(p.name, c);
    schedule();
  });
}

function schedule() {
  for (const p of phases) {
    if (running.size >= jobs) break;
    if (done.has(p.name) || running.has(p.name) || !ready(p)) continue;
    launch(p);
  }
  if (running.size === 0 && done.size === phases.length) {
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\nphases: ${[...done].map(([n, c]) => `${n} ${c.passed}/${c.passed + c.failed}`).join(", ")} in ${secs}s`);
    console.log(`tests: ${total.passed} passed, ${total.failed} failed`);
    process.exit(total.failed === 0 ? 0 : 1);
  }
}
schedule();
