// npm start: synthesizes the reference stack (stacks/main.ts) with the cdktf CLI into cdktf.out/
// and prints a short summary of what it made.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const started = Date.now();
execFileSync(path.join(root, "node_modules", ".bin", "cdktf"), ["synth", "--output", "cdktf.out"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, CHECKPOINT_DISABLE: "1", CDKTF_DISABLE_PLUGIN_CACHE_ENV: "1" },
});
const manifest = JSON.parse(fs.readFileSync(path.join(root, "cdktf.out", "manifest.json"), "utf8"));
for (const [name, stack] of Object.entries(manifest.stacks)) {
  const file = path.join(root, "cdktf.out", stack.synthesizedStackPath);
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
