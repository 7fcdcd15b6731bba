// npm start: synthesizes the reference stack (stacks/main.ts) into cdktf.out/ and prints a short
// summary of what it made.
//
// It runs the app the way `cdktf synth` does (CDKTF_OUTDIR set, the app command of cdktf.json)
// but without booting the cdktf CLI, and the app's TypeScript loads through scripts/ts-cache.js
// (transpiled once, then cached) instead of ts-node: ~1 s instead of ~10 s. Annotations are
// printed like the CLI prints them, and an error annotation fails the run as it does there.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const outdir = path.join(root, "cdktf.out");
const started = Date.now();

const config = JSON.parse(fs.readFileSync(path.join(root, "cdktf.json"), "utf8"));
const run = spawnSync(config.app, {
  cwd: root,
  shell: true,
  stdio: "inherit",
  env: {
    ...process.env,
    CDKTF_OUTDIR: outdir,
    CDKTF_CONTEXT_JSON: JSON.stringify(config.context ?? {}),
    CHECKPOINT_DISABLE: "1",
    CDKTF_DISABLE_PLUGIN_CACHE_ENV: "1",
  },
});
if (run.status !== 0) {
  console.error(`\nsynth failed: \`${config.app}\` exited with ${run.status ?? run.signal}`);
  process.exit(1);
}

const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8"));
let errors = 0;
for (const stack of Object.values(manifest.stacks)) {
  for (const a of stack.annotations ?? []) {
    const level = a.level.replace("@cdktf/", "").toUpperCase();
    if (level === "ERROR") errors++;
    console.log(`${level} [${a.constructPath}]: ${a.message}`);
  }
}
if (errors > 0) {
  console.error(`\nsynth failed: ${errors} error annotation(s)`);
  process.exit(1);
}
console.log(`\nGenerated Terraform code for the stacks: ${Object.keys(manifest.stacks).join(", ")}`);

for (const [name, stack] of Object.entries(manifest.stacks)) {
  const file = path.join(outdir, stack.synthesizedStackPath);
  const doc = JSON.parse(fs.readFileSync(file, "utf8"));
  const counts = {};
  for (const [type, byName] of Object.entries(doc.resource ?? {})) counts[type] = Object.keys(byName).length;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`\n${name}: ${total} resources in ${path.relative(root, file)} (${fs.statSync(file).size} bytes)`);
  for (const [type, n] of Object.entries(counts).sort()) console.log(`  ${String(n).padStart(4)}  ${type}`);
  for (const [id, output] of Object.entries(doc.output ?? {})) {
    const value = JSON.stringify(output.value);
    console.log(`  output ${id}: ${value.includes("${") ? "(known after apply)" : value}`);
  }
}
console.log(`\nsynthesized in ${((Date.now() - started) / 1000).toFixed(1)}s`);

// The platform as a picture (Graphviz compiled to WebAssembly): docs/topology.svg. The library's
// TypeScript loads through the same transpile cache as the app (ts-node loaded the compiler and
// transpiled these files on every start: about 1.5 s of the 3).
require("./ts-cache");
const { loadStack } = require("../lib/testing/stack-json");
const { renderSvg, topologyDot } = require("../lib/cli/topology");
const drawn = Date.now();
const main = manifest.stacks.main;
const stack = loadStack(fs.readFileSync(path.join(root, "cdktf.out", main.synthesizedStackPath), "utf8"));
renderSvg(topologyDot(stack, "cdktf-edge reference platform (stacks/main.ts)")).then((svg) => {
  const file = path.join(root, "docs", "topology.svg");
  fs.writeFileSync(file, svg);
  console.log(`topology: ${path.relative(root, file)} (${svg.length} bytes) in ${((Date.now() - drawn) / 1000).toFixed(1)}s`);
});
