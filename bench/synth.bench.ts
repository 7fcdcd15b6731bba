/**
 * Synth cost of an EdgePlatform (N POPs, 5 data centers, a 2,000-prefix DNS map, Global
 * Accelerator) next to the hand-written L1 baseline of bench/l1-baseline.ts made of the same
 * synthesized resources, both measured in this run as compiled JS (ts-node's source-map
 * support makes cdktf's token creation several times slower). Library time = building the
 * construct tree + Testing.synth. The DNS map solve (lib/model/dns*, its own benchmark) is
 * timed inside each platform run; "without the solve" is a third run per round in which the
 * platform is handed its solved DNS plan (same JSON, checked), so the ratio is measured, not
 * a subtraction that would leave the solve's garbage and JIT work on the platform's side.
 */
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { App, TerraformStack, Testing } from "cdktf";
import { join } from "path";
import { EdgePlatform } from "../lib/platform/edge-platform";
import * as dnsPlan from "../lib/platform/dns-plan";
import { PlatformDnsPlan } from "../lib/platform/dns-plan";
import { EdgePlatformProps } from "../lib/platform/spec";
import { execFileSync } from "child_process";
import { Baseline, baselineFrom, buildBaseline, differingComments, differingResources } from "./l1-baseline";
import { platformProps } from "./synth-platform";
import { cpuClock, mainThreadCpuMs, median, repoRoot } from "./timing";

export const SYNTH_RATIO_TARGET = 1.15;
export const SYNTH_50_TARGET_MS = 800;
export const SYNTH_POP_COUNTS = [8, 20, 50];

/** Milliseconds of one run: CPU time of the main thread (what the figures and ratios use: other
 * sessions' load on a shared machine barely moves it, and V8's helper threads, which collect
 * garbage and compile at their own pace, do not blur it) and wall time (printed alongside). */
export interface Cost {
  readonly cpu: number;
  readonly wall: number;
}

export interface SynthRow {
  readonly pops: number;
  readonly resources: number;
  /** Build + synth of the platform, DNS solve included (medians). */
  readonly platform: Cost;
  /** Build + synth of the platform given its solved DNS plan (medians). */
  readonly withoutSolve: Cost;
  /** The DNS map solve inside the platform runs (medians). */
  readonly solve: Cost;
  readonly baseline: Cost;
  /** Medians over rounds of platform / baseline in the same round, CPU time (the figures compared
   * with the target: a round's two sides see the same machine state). */
  readonly ratioWithSolve: number;
  readonly ratioWithoutSolve: number;
  /** Median platform time given the DNS plan over median baseline time, CPU: a cross-check. */
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
  return { cpu: mainThreadCpuMs(), wall: Number(process.hrtime.bigint()) / 1e6 };
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
// With `givenPlan` set, the wrapper hands the platform that plan instead of solving: the
// platform's own time without the solve, its garbage and its effect on the JIT included.
let solveInRun: Cost = { cpu: 0, wall: 0 };
let givenPlan: PlatformDnsPlan | undefined;
const planDnsRouting = dnsPlan.planDnsRouting;
(dnsPlan as { planDnsRouting: typeof planDnsRouting }).planDnsRouting = (...args) => {
  if (givenPlan) return givenPlan;
  const start = clock();
  try {
    return planDnsRouting(...args);
  } finally {
    const t = since(start);
    solveInRun = { cpu: solveInRun.cpu + t.cpu, wall: solveInRun.wall + t.wall };
  }
};

function withPlan<T>(plan: PlatformDnsPlan, fn: () => T): T {
  givenPlan = plan;
  try {
    return fn();
  } finally {
    givenPlan = undefined;
  }
}

function medians(costs: readonly Cost[]): Cost {
  return { cpu: median(costs.map((c) => c.cpu)), wall: median(costs.map((c) => c.wall)) };
}

type Variant = "hand" | "platform" | "planned";

/** Timed rounds per child process, after its warm-ups, by POP count (bigger platforms take longer a round). */
const ROUNDS: Record<number, { warmups: number; rounds: number }> = { 8: { warmups: 10, rounds: 15 }, 20: { warmups: 6, rounds: 9 }, 50: { warmups: 4, rounds: 7 } };
/** Child processes per variant and POP count; the ratios are medians over these repetitions. */
export const SYNTH_REPETITIONS = 3;

/** What one child process measured: medians of its timed rounds. */
interface VariantResult {
  readonly cost: Cost;
  readonly solve: Cost;
}

function stackOf(variant: Variant, props: EdgePlatformProps, baseline: Baseline): TerraformStack {
  return variant === "hand" ? buildBaseline(new App({ outdir }), "platform", baseline) : platformStack(props);
}

/**
 * In this process: `warmups` untimed then `rounds` timed build + Testing.synth runs of one
 * variant. Only one variant runs in a process, as in a user's: run together, the platform and
 * the baseline slow each other's shared cdktf code down (its inline caches see both), the
 * platform more (measured: 79 vs 72 ms at 8 POPs, the baseline 68 vs 65).
 */
function runVariant(variant: Variant, pops: number): VariantResult {
  const props = platformProps(pops);
  const plan = variant === "planned" ? planDnsRouting("platform/Edge", props) : undefined;
  const baseline = baselineFrom(JSON.stringify(platformStack(props).toTerraform()));
  const { warmups, rounds } = ROUNDS[pops] ?? { warmups: 4, rounds: 7 };
  const costs: Cost[] = [];
  const solves: Cost[] = [];
  for (let r = -warmups; r < rounds; r++) {
    solveInRun = { cpu: 0, wall: 0 };
    const cost = plan ? withPlan(plan, () => timed(() => Testing.synth(stackOf(variant, props, baseline)))) : timed(() => Testing.synth(stackOf(variant, props, baseline)));
    if (r < 0) continue;
    costs.push(cost);
    solves.push(solveInRun);
  }
  return { cost: medians(costs), solve: medians(solves) };
}

function inChild(variant: Variant, pops: number): VariantResult {
  const out = execFileSync(process.execPath, [__filename, "--variant", variant, "--pops", String(pops)], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop()!) as VariantResult;
}

/** The platform's and the baseline's JSON agree (resources, outputs, `//` comments), and the platform given its plan synthesizes the same. */
function differences(pops: number): number {
  const props = platformProps(pops);
  const stack = platformStack(props);
  const json = Testing.synth(stack);
  const withComments = JSON.stringify(stack.toTerraform());
  const handStack = buildBaseline(new App({ outdir }), "platform", baselineFrom(withComments));
  const planned = withPlan(planDnsRouting("platform/Edge", props), () => Testing.synth(platformStack(props)));
  return (
    differingResources(json, Testing.synth(handStack)).length +
    differingComments(withComments, JSON.stringify(handStack.toTerraform())).length +
    (planned === json ? 0 : 1)
  );
}

export function measureSynth(pops: number, repetitions = SYNTH_REPETITIONS): SynthRow {
  const differing = differences(pops);
  const resources = baselineFrom(JSON.stringify(platformStack(platformProps(pops)).toTerraform())).recipes.length;
  const results: Record<Variant, VariantResult[]> = { hand: [], platform: [], planned: [] };
  // Each repetition runs the three variants in a rotated order, so drift of the machine's speed
  // does not always favour the same one; a ratio is taken within a repetition.
  const orders: Variant[][] = [["hand", "platform", "planned"], ["platform", "planned", "hand"], ["planned", "hand", "platform"]];
  for (let rep = 0; rep < repetitions; rep++) {
    for (const variant of orders[rep % 3]) results[variant].push(inChild(variant, pops));
  }
  const hand = results.hand.map((r) => r.cost);
  const platform = results.platform.map((r) => r.cost);
  const withoutSolve = results.planned.map((r) => r.cost);
  return {
    pops,
    resources,
    platform: medians(platform),
    withoutSolve: medians(withoutSolve),
    solve: medians(results.platform.map((r) => r.solve)),
    baseline: medians(hand),
    ratioWithSolve: median(platform.map((p, i) => p.cpu / hand[i].cpu)),
    ratioWithoutSolve: median(withoutSolve.map((p, i) => p.cpu / hand[i].cpu)),
    ratioOfMedians: median(withoutSolve.map((p) => p.cpu)) / median(hand.map((h) => h.cpu)),
    differing,
  };
}

const ms = (c: Cost) => `${c.cpu.toFixed(0)} ms (wall ${c.wall.toFixed(0)})`;

export function printSynth(rows: readonly SynthRow[]): void {
  console.log(
    `\nSynth: EdgePlatform (N POPs, 5 DCs, 2,000-prefix DNS map, Global Accelerator) vs the same resources as hand-written L1 (bench/l1-baseline.ts);` +
      `\n${cpuClock} of build + Testing.synth; each variant in its own process (warm-ups, then the median of its rounds), ${SYNTH_REPETITIONS} processes per variant in rotated order;` +
      `\nratios are medians over the repetitions of platform/baseline; "given the plan": the platform handed its solved DNS plan (the same JSON)`,
  );
  for (const r of rows) {
    console.log(
      `  ${String(r.pops).padStart(2)} POPs, ${r.resources} resources${r.differing ? ` (${r.differing} DIFFER from the baseline!)` : ", same arguments"}: ` +
        `platform ${ms(r.platform)}, of it DNS solve ${ms(r.solve)}; given the solved plan ${ms(r.withoutSolve)}; baseline ${ms(r.baseline)}` +
        `\n      ratio without the DNS solve ${r.ratioWithoutSolve.toFixed(2)}× (target ≤ ${SYNTH_RATIO_TARGET}×; ratio of medians ${r.ratioOfMedians.toFixed(2)}×), with it ${r.ratioWithSolve.toFixed(2)}×`,
    );
  }
  const at50 = rows.find((r) => r.pops === 50);
  if (at50) {
    console.log(`  library time at 50 POPs: ${ms(at50.withoutSolve)} without the DNS solve, ${ms(at50.platform)} with it (target ≤ ${SYNTH_50_TARGET_MS} ms)`);
  }
}

if (require.main === module) {
  const at = (flag: string) => process.argv[process.argv.indexOf(flag) + 1];
  if (process.argv.includes("--variant")) console.log(JSON.stringify(runVariant(at("--variant") as Variant, Number(at("--pops")))));
  else printSynth(SYNTH_POP_COUNTS.map((n) => measureSynth(n)));
}
