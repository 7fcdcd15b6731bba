/**
 * Model benchmarks: prints figures measured in this run, asserts nothing.
 *   npx ts-node --transpile-only bench/model.bench.ts
 */
import { loadavg } from "os";
import { greedyNearestAssign, solveDnsMap } from "../lib/model/dns-map";
import { HashBackend } from "../lib/model/hashing/backends";
import { buildMaglevTable } from "../lib/model/hashing/maglev";
import { balance, disruption } from "../lib/model/hashing/metrics";
import { buildRendezvous } from "../lib/model/hashing/rendezvous";
import { buildHashRing } from "../lib/model/hashing/ring";
import { SlotTable } from "../lib/model/hashing/slot-table";
import { randomDnsInput } from "../test/model/support/dns-instances";
import { printTable } from "./timing";

const BACKENDS = 1000;
const REMOVED = "l7-0500";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time of `runs` calls (after one warm-up call) and the last result. */
function time<T>(runs: number, fn: () => T): { ms: number; result: T } {
  let result = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    result = fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(samples), result };
}

interface HashRow {
  readonly algorithm: string;
  readonly tableSize: number;
  readonly buildMs: number;
  readonly maxOverMean: number;
  readonly relStdDev: number;
  readonly moved: number;
}

function measure(algorithm: string, tableSize: number, runs: number, build: (backends: HashBackend[]) => SlotTable): HashRow {
  const all = Array.from({ length: BACKENDS }, (_, i) => ({ name: `l7-${String(i).padStart(4, "0")}` }));
  const { ms, result: before } = time(runs, () => build(all));
  const after = build(all.filter((b) => b.name !== REMOVED));
  const spread = balance(before);
  return { algorithm, tableSize, buildMs: ms, maxOverMean: spread.maxOverMean, relStdDev: spread.relStdDev, moved: disruption(before, after) };
}

function hashingRows(): HashRow[] {
  const rows: HashRow[] = [];
  for (const [m, runs] of [
    [65537, 9],
    [655373, 5],
  ]) {
    rows.push(measure("maglev", m, runs, (b) => buildMaglevTable(b, { tableSize: m })));
    rows.push(measure("ring, 100 vnodes", m, runs, (b) => buildHashRing(b, { vnodes: 100 }).toSlotTable(m)));
    rows.push(measure("ring, 1000 vnodes", m, runs, (b) => buildHashRing(b, { vnodes: 1000 }).toSlotTable(m)));
    rows.push(measure("rendezvous", m, m > 100000 ? 1 : 3, (b) => buildRendezvous(b).toSlotTable(m)));
  }
  return rows;
}

function printHashing(rows: HashRow[]): void {
  console.log(`\nConsistent hashing, N = ${BACKENDS} backends; "moved" = share of slots that change backend when ${REMOVED} is removed (ideal ${100 / BACKENDS}%)`);
  console.log("ring and rendezvous are sampled at M evenly spaced points of the 32-bit hash space (build time includes the sampling)\n");
  const header = ["algorithm", "M", "build ms (median)", "max/mean", "rel. std-dev", "moved"];
  const table = rows.map((r) => [
    r.algorithm,
    String(r.tableSize),
    r.buildMs.toFixed(2),
    r.maxOverMean.toFixed(3),
    `${(r.relStdDev * 100).toFixed(2)}%`,
    `${(r.moved * 100).toFixed(3)}%`,
  ]);
  printTable(header, table);
  for (const m of [65537, 655373]) {
    const at = rows.filter((r) => r.tableSize === m);
    const maglev = at[0];
    const ratios = at.slice(1).map((r) => `${r.algorithm} ${(r.buildMs / maglev.buildMs).toFixed(1)}×`);
    console.log(`M = ${m}: build time relative to maglev: ${ratios.join(", ")}`);
  }
  const [small, large] = [rows[0], rows[4]];
  console.log(`maglev build time M = 655373 vs 65537: ${(large.buildMs / small.buildMs).toFixed(1)}× (paper: 22.9 ms vs 1.8 ms = 12.7×)`);

  const all = Array.from({ length: BACKENDS }, (_, i) => ({ name: `l7-${String(i).padStart(4, "0")}` }));
  for (const vnodes of [100, 1000]) {
    const shares = buildHashRing(all, { vnodes }).arcShares();
    const mean = 1 / shares.length;
    const std = Math.sqrt(shares.reduce((acc, s) => acc + (s / mean - 1) ** 2, 0) / shares.length);
    console.log(`ring ${vnodes} vnodes, exact arc shares (no sampling): max/mean ${(Math.max(...shares) / mean).toFixed(3)}, rel. std-dev ${(std * 100).toFixed(2)}%`);
  }
}

function printDnsMap(): void {
  const shape = { prefixes: 10000, pops: 50, slack: 1.1 };
  const input = randomDnsInput(7, shape);
  const { ms, result: map } = time(5, () => solveDnsMap(input));
  const greedy = time(5, () => greedyNearestAssign(input));
  const utilization = map.pops.map((p) => p.utilization);
  console.log(`\nDNS map: ${shape.prefixes} prefixes × ${shape.pops} POPs (seed 7, capacity = ${shape.slack} × demand, spread unevenly)\n`);
  printTable(
    ["solver", "time ms (median of 5)", "cost", "gap vs lower bound", "mean ms", "p50 ms", "p95 ms"],
    [
      ["solveDnsMap (incl. bound)", ms.toFixed(0), map.cost.toFixed(0), `${(map.gap * 100).toFixed(3)}%`, map.latency.meanMs.toFixed(2), String(map.latency.p50Ms), String(map.latency.p95Ms)],
      [
        "greedyNearestAssign (incl. bound)",
        greedy.ms.toFixed(0),
        greedy.result.cost.toFixed(0),
        `${(greedy.result.gap * 100).toFixed(3)}%`,
        greedy.result.latency.meanMs.toFixed(2),
        String(greedy.result.latency.p50Ms),
        String(greedy.result.latency.p95Ms),
      ],
    ],
  );
  console.log(
    `lower bounds: nearest POP ${map.bounds.nearest.toFixed(0)}, Lagrangian ${map.bounds.lagrangian.toFixed(0)}; ` +
      `greedy cost / solved cost ${(greedy.result.cost / map.cost).toFixed(3)}; ` +
      `POP utilization min ${Math.min(...utilization).toFixed(3)}, max ${Math.max(...utilization).toFixed(3)}`,
  );
}

console.log(`node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")} (figures are wall time of this run)`);
printHashing(hashingRows());
printDnsMap();
