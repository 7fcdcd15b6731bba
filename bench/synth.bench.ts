/**
 * Synth cost of an EdgePlatform (N POPs, 5 data centers, a 2,000-prefix DNS map, Global
 * Accelerator) next to the hand-written L1 baseline of bench/l1-baseline.ts made of the same
 * synthesized resources, both measured in this run as compiled JS (ts-node's source-map
 * support makes cdktf's token creation several times slower). Library time = building the
 * construct tree + Testing.synth. The DNS map solve (lib/model/dns*, its own benchmark) is
 * timed alone and shown both inside and outside the platform's figure.
 */
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { App, TerraformStack, Testing } from "cdktf";
import { join } from "path";
import { EdgePlatform } from "../lib/platform/edge-platform";
import { planDnsRouting } from "../lib/platform/dns-plan";
import { EdgePlatformProps } from "../lib/platform/spec";
import { baselineFrom, buildBaseline, differingResources } from "./l1-baseline";
import { platformProps } from "./synth-platform";
import { median, repoRoot } from "./timing";

export const SYNTH_RATIO_TARGET = 1.15;
export const SYNTH_50_TARGET_MS = 800;
export const SYNTH_POP_COUNTS = [8, 20, 50];

export interface SynthRow {
  readonly pops: number;
  readonly resources: number;
  /** Build + synth of the platform, DNS solve included (median ms). */
  readonly platformMs: number;
  /** The DNS map solve alone (median ms). */
  readonly solveMs: number;
  readonly baselineMs: number;
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

function timed(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function measureSynth(pops: number, rounds = 5): SynthRow {
  const props = platformProps(pops);
  const json = Testing.synth(platformStack(props));
  const baseline = baselineFrom(json);
  const baselineJson = Testing.synth(buildBaseline(new App({ outdir }), "platform", baseline));
  const differing = differingResources(json, baselineJson).length;
  const resources = baseline.recipes.length;
  const platform: number[] = [];
  const solve: number[] = [];
  const hand: number[] = [];
  for (let r = 0; r < rounds; r++) {
    platform.push(timed(() => Testing.synth(platformStack(props))));
    hand.push(timed(() => Testing.synth(buildBaseline(new App({ outdir }), "platform", baseline))));
    solve.push(timed(() => planDnsRouting("platform/Edge", props)));
  }
  return { pops, resources, platformMs: median(platform), solveMs: median(solve), baselineMs: median(hand), differing };
}

export function synthRatios(row: SynthRow): { withSolve: number; withoutSolve: number } {
  return { withSolve: row.platformMs / row.baselineMs, withoutSolve: (row.platformMs - row.solveMs) / row.baselineMs };
}

export function printSynth(rows: readonly SynthRow[]): void {
  console.log(`\nSynth: EdgePlatform (N POPs, 5 DCs, 2,000-prefix DNS map, Global Accelerator) vs the same resources as hand-written L1 (bench/l1-baseline.ts), median of 5`);
  for (const r of rows) {
    const { withSolve, withoutSolve } = synthRatios(r);
    console.log(
      `  ${String(r.pops).padStart(2)} POPs, ${r.resources} resources${r.differing ? ` (${r.differing} DIFFER from the baseline!)` : ", same arguments"}: ` +
        `platform ${r.platformMs.toFixed(0)} ms (DNS solve ${r.solveMs.toFixed(0)} ms), baseline ${r.baselineMs.toFixed(0)} ms; ` +
        `ratio without the solve ${withoutSolve.toFixed(2)}× (target ≤ ${SYNTH_RATIO_TARGET}×), with it ${withSolve.toFixed(2)}×`,
    );
  }
  const at50 = rows.find((r) => r.pops === 50);
  if (at50) {
    console.log(
      `  library time at 50 POPs: ${(at50.platformMs - at50.solveMs).toFixed(0)} ms without the DNS solve, ${at50.platformMs.toFixed(0)} ms with it (target ≤ ${SYNTH_50_TARGET_MS} ms)`,
    );
  }
}

if (require.main === module) printSynth(SYNTH_POP_COUNTS.map((n) => measureSynth(n)));
