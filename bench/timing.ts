/** Timing helpers shared by the benchmarks. */
import { existsSync } from "fs";
import { dirname, join } from "path";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The repository root, whether run from bench/ (ts-node) or bench/.out/bench/ (compiled). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
}
