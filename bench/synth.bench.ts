/**
 * Synth cost of the reference platform, measured in one process as figures and ratios (never a
 * pass/fail gate): module loading of the bindings, building the construct tree, and synthesis,
 * next to a baseline stack of as many plain provider resources.
 *   npm run bench   (compiled JS: ts-node's source-map support makes cdktf token creation ~5x slower)
 */
import { performance } from "perf_hooks";

const t0 = performance.now();
/* eslint-disable @typescript-eslint/no-var-requires */
const { App, TerraformStack, Testing } = require("cdktf") as typeof import("cdktf");
const { ReferenceStack } = require("../stacks/main") as typeof import("../stacks/main");
const { Route53Record } = require("@cdktf/provider-aws/lib/route53-record") as typeof import("@cdktf/provider-aws/lib/route53-record");
const { AwsProvider } = require("@cdktf/provider-aws/lib/provider") as typeof import("@cdktf/provider-aws/lib/provider");
const loadMs = performance.now() - t0;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(build: () => import("cdktf").TerraformStack, runs: number) {
  const buildMs: number[] = [];
  const synthMs: number[] = [];
  let resources = 0;
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    const stack = build();
    const b = performance.now();
    const json = Testing.synth(stack);
    const c = performance.now();
    buildMs.push(b - a);
    synthMs.push(c - b);
    const doc = JSON.parse(json) as { resource: Record<string, Record<string, unknown>> };
    resources = Object.values(doc.resource).reduce((n, byName) => n + Object.keys(byName).length, 0);
    bytes = json.length;
  }
  return { build: median(buildMs), synth: median(synthMs), resources, bytes };
}

const runs = Number(process.env.RUNS ?? 7);
const platform = measure(() => new ReferenceStack(new App({ outdir: "bench/.out/cdktf.out" }), "main"), runs);
const baseline = measure(() => {
  const stack = new TerraformStack(new App({ outdir: "bench/.out/cdktf.out" }), "baseline");
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  for (let i = 0; i < platform.resources; i++) {
    new Route53Record(stack, `r${i}`, { zoneId: "Z1", name: `r${i}.example.com`, type: "A", ttl: 60, records: ["192.0.2.1"] });
  }
  return stack;
}, runs);

const total = (m: typeof platform) => m.build + m.synth;
console.log(`module load (cdktf, bindings, library): ${loadMs.toFixed(0)} ms`);
console.log(`reference platform: ${platform.resources} resources, ${(platform.bytes / 1024).toFixed(0)} KiB JSON`);
console.log(`  build ${platform.build.toFixed(1)} ms + synth ${platform.synth.toFixed(1)} ms = ${total(platform).toFixed(1)} ms library time (median of ${runs})`);
console.log(`baseline (${baseline.resources} plain aws_route53_record): build ${baseline.build.toFixed(1)} ms + synth ${baseline.synth.toFixed(1)} ms = ${total(baseline).toFixed(1)} ms`);
console.log(`ratio platform / baseline: ${(total(platform) / total(baseline)).toFixed(2)}x`);
