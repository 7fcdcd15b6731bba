/** Timing helpers shared by the benchmarks. */
import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The value at fraction `q` of the sorted values (0.25: lower quartile). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * q)];
}

/** The repository root, whether run from bench/ (ts-node) or bench/.out/bench/ (compiled). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json"))) {
    if (dirname(dir) === dir) throw new Error(`bench: no package.json above ${__dirname}`);
    dir = dirname(dir);
  }
  return dir;
}

const schedstat = `/proc/self/task/${process.pid}/schedstat`;
const hasSchedstat = (() => {
  try {
    return Number(readFileSync(schedstat, "utf8").split(" ")[0]) > 0;
  } catch {
    return false;
  }
})();

/**
 * Milliseconds of CPU the main thread has run, from Linux's per-thread schedstat (nanoseconds):
 * the library's own work, without what V8's helper threads (concurrent GC marking and sweeping,
 * background JIT compilation) add to the process's CPU time at their own pace. Elsewhere, the
 * process's CPU time.
 */
export function mainThreadCpuMs(): number {
  if (hasSchedstat) return Number(readFileSync(schedstat, "utf8").split(" ")[0]) / 1e6;
  const cpu = process.cpuUsage();
  return (cpu.user + cpu.system) / 1000;
}

/** Which clock {@link mainThreadCpuMs} reads, for the benchmark's header. */
export const cpuClock = hasSchedstat ? "main-thread CPU time" : "process CPU time";

/** A text table: the first column left-aligned, the others right-aligned. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}
