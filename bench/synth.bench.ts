/**
 * Synth cost of an EdgePlatform (N POPs, 5 data centers, a 2,000-prefix DNS map, Global
 * Accelerator) next to the hand-written L1 baseline of bench/l1-baseline.ts made of the same
 * synthesized resources, both measured in this run as compiled JS (ts-node's source-map
 * support makes cdktf's token creation several times slower). Library time = building the
 * construct tree + Testing.synth. The DNS map solve (lib/model/dns*, its own benchmark) is
 * timed inside each platform run and the ratio shown both with and without it.
 */
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { App, TerraformStack, Testing } from "cdktf";
import { join } from "path";
import { EdgePlatform } from "../lib/platform/edge-platform";
import * as dnsPlan from "../lib/platform/dns-plan";
import { EdgePlatformProps } from "../lib/platform/spec";
import { baselineFrom, buildBaseline, differingResources } from "./l1-baseline";
import { platformProps } from "./synth-platform";
import { median, repoRoot } from "./timing";

export const SYNTH_RATIO_TARGET = 1.15;
export const SYNTH_50_TARGET_MS = 800;
export const SYNTH_POP_COUNTS = [8, 20, 50];

/** Milliseconds of one run: CPU time of this process (what the figures and ratios use: other
 * sessions' load on a shared machine barely moves it) and wall time (printed alongside). */
export interface Cost {
  readonly cpu: number;
  readonly wall: number;
}

export interface SynthRow {
  readonly pops: number;
  readonly resources: number;
  /** Build + synth of the platform, DNS solve included (medians). */
  readonly platform: Cost;
  /** The DNS map solve inside the platform runs (medians). */
  readonly solve: Cost;
  readonly baseline: Cost;
  /** Medians over rounds of platform / baseline in the same round, CPU time (the figures compared
   * with the target: a round's two sides see the same machine state). */
  readonly ratioWithSolve: number;
  readonly ratioWithoutSolve: number;
  /** Median platform time (without the solve) over median baseline time, CPU: a cross-check. */
  readonly ratioOfMedians: number;
  /** Resource blocks that differ between platform and baseline (0: same arguments everywhere). */
  readonly differing: number;
}

const outdir = join(repoRoot(), "bench", ".out", "cdktf.out");

function platformStack(props: EdgePlatformProps): TerraformStack {
  const stack = new TerraformStack(new App({ outdir }), "platform");
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  new EdgePlatform(stack, "Edge", props);
  return stack;
}

function clock(): Cost {
  const cpu = process.cpuUsage();
  return { cpu: (cpu.user + cpu.system) / 1000, wall: Number(process.hrtime.bigint()) / 1e6 };
}

function since(start: Cost): Cost {
  const end = clock();
  return { cpu: end.cpu - start.cpu, wall: end.wall - start.wall };
}

function timed(fn: () => unknown): Cost {
  const start = clock();
  fn();
  return since(start);
}

// The DNS solve inside each platform run is timed by wrapping the planner the platform calls.
let solveInRun: Cost = { cpu: 0, wall: 0 };
const planDnsRouting = dnsPlan.planDnsRouting;
(dnsPlan as { planDnsRouting: typeof planDnsRouting }).planDnsRouting = (...args) => {
  const start = clock();
  try {
    return planDnsRouting(...args);
  } finally {
    const t = since(start);
    solveInRun = { cpu: solveInRun.cpu + t.cpu, wall: solveInRun.wall + t.wall };
  }
};

function medians(costs: readonly Cost[]): Cost {
  return { cpu: median(costs.map((c) => c.cpu)), wall: median(costs.map((c) => c.wall)) };
}

export function measureSynth(pops: number, rounds = 9, warmups = 3): SynthRow {
  const props = platformProps(pops);
  const json = Testing.synth(platformStack(props));
  const baseline = baselineFrom(json);
  const baselineJson = Testing.synth(buildBaseline(new App({ outdir }), "platform", baseline));
  const differing = differingResources(json, baselineJson).length;
  const platform: Cost[] = [];
  const solve: Cost[] = [];
  const hand: Cost[] = [];
  for (let r = -warmups; r < rounds; r++) {
    solveInRun = { cpu: 0, wall: 0 };
    // Alternate which side goes first so neither always runs right after the other's garbage.
    const first = r % 2 === 0;
    const h1 = first ? undefined : timed(() => Testing.synth(buildBaseline(new App({ outdir }), "platform", baseline)));
    const p = timed(() => Testing.synth(platformStack(props)));
    const h = h1 ?? timed(() => Testing.synth(buildBaseline(new App({ outdir }), "platform", baseline)));
    if (r < 0) continue;
    platform.push(p);
    solve.push(solveInRun);
    hand.push(h);
  }
  return {
    pops,
    resources: baseline.recipes.length,
    platform: medians(platform),
    solve: medians(solve),
    baseline: medians(hand),
    ratioWithSolve: median(platform.map((p, i) => p.cpu / hand[i].cpu)),
    ratioWithoutSolve: median(platform.map((p, i) => (p.cpu - solve[i].cpu) / hand[i].cpu)),
    ratioOfMedians: median(platform.map((p, i) => p.cpu - solve[i].cpu)) / median(hand.map((h) => h.cpu)),
    differing,
  };
}

const ms = (c: Cost) => `${c.cpu.toFixed(0)} ms (wall ${c.wall.toFixed(0)})`;

export function printSynth(rows: readonly SynthRow[]): void {
  console.log(
    `\nSynth: EdgePlatform (N POPs, 5 DCs, 2,000-prefix DNS map, Global Accelerator) vs the same resources as hand-written L1 (bench/l1-baseline.ts);` +
      `\nCPU time of build + Testing.synth, median of 9 rounds after 3 warm-ups; ratios are medians of the rounds' platform/baseline`,
  );
  for (const r of rows) {
    console.log(
      `  ${String(r.pops).padStart(2)} POPs, ${r.resources} resources${r.differing ? ` (${r.differing} DIFFER from the baseline!)` : ", same arguments"}: ` +
        `platform ${ms(r.platform)}, of it DNS solve ${ms(r.solve)}; baseline ${ms(r.baseline)}` +
        `\n      ratio without the DNS solve ${r.ratioWithoutSolve.toFixed(2)}× (target ≤ ${SYNTH_RATIO_TARGET}×; ratio of medians ${r.ratioOfMedians.toFixed(2)}×), with it ${r.ratioWithSolve.toFixed(2)}×`,
    );
  }
  const at50 = rows.find((r) => r.pops === 50);
  if (at50) {
    const without = { cpu: at50.platform.cpu - at50.solve.cpu, wall: at50.platform.wall - at50.solve.wall };
    console.log(`  library time at 50 POPs: ${ms(without)} without the DNS solve, ${ms(at50.platform)} with it (target ≤ ${SYNTH_50_TARGET_MS} ms)`);
  }
}

if (require.main === module) printSynth(SYNTH_POP_COUNTS.map((n) => measureSynth(n)));
