/**
 * Maglev build time of the library next to bench/maglev-ref.c (the paper's populate loop in C,
 * gcc -O2), N = 1,000 backends, weighted and unweighted, both measured in this run.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdirSync } from "fs";
import { join } from "path";
import { buildMaglevTable } from "../lib/model/hashing/maglev";
import { median, repoRoot } from "./timing";

export const MAGLEV_TARGET = 1.3;
const BACKENDS = 1000;
const SIZES = [65537, 655373];

export interface MaglevRow {
  readonly tableSize: number;
  readonly weighted: boolean;
  readonly library: Timing;
  /** Undefined when no C compiler is present. */
  readonly reference: Timing | undefined;
}

/** Best and median CPU time of this process, ms (CPU time, as the C reference measures it: the
 * machine is shared, and wall time there mostly measures the other sessions). */
export interface Timing {
  readonly min: number;
  readonly median: number;
}

/** The same names and weights (1 + i mod 4) as bench/maglev-ref.c. */
export function benchBackends(weighted: boolean): { name: string; weight: number }[] {
  return Array.from({ length: BACKENDS }, (_, i) => ({ name: `l7-${String(i).padStart(4, "0")}`, weight: weighted ? 1 + (i % 4) : 1 }));
}

function compileReference(): string | undefined {
  const root = repoRoot();
  const outDir = join(root, "bench", ".out");
  mkdirSync(outDir, { recursive: true });
  const bin = join(outDir, "maglev-ref");
  for (const cc of [process.env.CC, "gcc", "cc", "clang"].filter((c): c is string => Boolean(c))) {
    const run = spawnSync(cc, ["-O2", "-o", bin, join(root, "bench", "maglev-ref.c")], { encoding: "utf8" });
    if (run.status === 0) return bin;
  }
  return undefined;
}

function referenceRun(bin: string, m: number, weighted: boolean, runs: number): Timing {
  const out = execFileSync(bin, [String(m), String(BACKENDS), weighted ? "1" : "0", String(runs)], { encoding: "utf8" });
  const fields = out.trim().split(" ");
  return { min: Number(fields[3]), median: Number(fields[4]) };
}

function libraryRun(m: number, weighted: boolean, runs: number): Timing {
  const backends = benchBackends(weighted);
  buildMaglevTable(backends, { tableSize: m });
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    buildMaglevTable(backends, { tableSize: m });
    const spent = process.cpuUsage(start);
    samples.push((spent.user + spent.system) / 1000);
  }
  return { min: Math.min(...samples), median: median(samples) };
}

function combine(rounds: readonly Timing[]): Timing {
  return { min: Math.min(...rounds.map((t) => t.min)), median: median(rounds.map((t) => t.median)) };
}

/** Alternates library and reference rounds so that both see the same machine load. */
export function measureMaglev(rounds = 5): MaglevRow[] {
  const bin = compileReference();
  const rows: MaglevRow[] = [];
  for (const m of SIZES) {
    const runs = m > 100000 ? 7 : 31;
    for (const weighted of [false, true]) {
      const lib: Timing[] = [];
      const ref: Timing[] = [];
      for (let r = 0; r < rounds; r++) {
        lib.push(libraryRun(m, weighted, runs));
        if (bin) ref.push(referenceRun(bin, m, weighted, runs));
      }
      rows.push({ tableSize: m, weighted, library: combine(lib), reference: bin ? combine(ref) : undefined });
    }
  }
  return rows;
}

/** Library / C ratio of the best times (the medians' ratio is printed next to it). */
export function maglevRatio(row: MaglevRow): number | undefined {
  return row.reference === undefined ? undefined : row.library.min / row.reference.min;
}

export function printMaglev(rows: readonly MaglevRow[]): void {
  console.log(`\nMaglev build, N = ${BACKENDS}: library vs bench/maglev-ref.c (gcc -O2); CPU time, best of 5 rounds (median in brackets)`);
  for (const r of rows) {
    const label = `M = ${String(r.tableSize).padStart(6)} ${r.weighted ? "weighted  " : "unweighted"}`;
    const lib = `library ${r.library.min.toFixed(2)} ms (${r.library.median.toFixed(2)})`;
    if (r.reference === undefined) {
      console.log(`  ${label}  ${lib}; no C compiler, no ratio`);
      continue;
    }
    const ref = `C ${r.reference.min.toFixed(2)} ms (${r.reference.median.toFixed(2)})`;
    const ratio = `${(maglevRatio(r) ?? 0).toFixed(2)}× (${(r.library.median / r.reference.median).toFixed(2)}×)`;
    console.log(`  ${label}  ${lib}, ${ref}: ratio ${ratio}, target ≤ ${MAGLEV_TARGET}×`);
  }
}

if (require.main === module) printMaglev(measureMaglev());
