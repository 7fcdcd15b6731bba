/**
 * `npm run bench`: every benchmark in one run, then a closing note with each ratio next to its
 * target and the machine it ran on (figures from one run on a shared machine: compare ratios,
 * not absolute times, across runs).
 */
import { execFileSync, spawnSync } from "child_process";
import { cpus, loadavg } from "os";
import { join } from "path";
import { MAGLEV_TARGET, maglevRatio, measureMaglev, printMaglev } from "./maglev.bench";
import { measureAll, printSynth, SYNTH_50_TARGET_MS, SYNTH_RATIO_TARGET, SynthRow } from "./synth.bench";
import { median, repoRoot } from "./timing";

export const START_TARGET_S = 4;

const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, node ${process.version}`;
const loadBefore = load();
console.log(`bench on ${machine}; load average ${loadBefore}`);

const maglev = measureMaglev();
printMaglev(maglev);

async function main(): Promise<void> {
  const synth: SynthRow[] = await measureAll();
  printSynth(synth);

  /** Wall and CPU seconds of `npm start`'s script (the cache of scripts/ts-cache.js warm). */
  function measureStart(runs: number): { wall: number; cpu: number } {
    const root = repoRoot();
    const samples: { wall: number; cpu: number }[] = [];
    for (let i = 0; i <= runs; i++) {
      const out = spawnSync("bash", ["-c", "time node scripts/start.js > /dev/null"], {
        cwd: root,
        env: { ...process.env, TIMEFORMAT: "%R %U %S" },
        encoding: "utf8",
      });
      if (out.status !== 0) throw new Error(`npm start failed:\n${out.stderr}`);
      const [real, user, sys] = out.stderr.trim().split("\n").pop()!.split(" ").map(Number);
      if (i > 0) samples.push({ wall: real, cpu: user + sys }); // the first run fills the cache
    }
    return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) };
  }
  const start = measureStart(5);
  console.log(`\nnpm start (reference platform, ${"scripts/start.js"}): ${start.wall.toFixed(2)} s wall, ${start.cpu.toFixed(2)} s CPU, median of 5 (target ≤ ${START_TARGET_S} s)`);

  console.log("\n--- model benchmarks (hashing comparison, DNS map) ---");
  console.log(execFileSync(process.execPath, [join(__dirname, "model.bench.js")], { encoding: "utf8" }).trimEnd());

  console.log("\n--- DNS map at scale, CIDR aggregation, stable re-solve (bench/dns.bench.ts) ---");
  const dnsOut = execFileSync(process.execPath, [join(__dirname, "dns.bench.js")], { encoding: "utf8", maxBuffer: 1 << 24 }).trimEnd();
  console.log(dnsOut.split("\n").filter((l) => !l.startsWith("closing: ")).join("\n"));

  const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
  console.log(`\n=== closing note: ${machine}; load average ${loadBefore} at start, ${load()} at the end ===`);
  for (const r of maglev) {
    const ratio = maglevRatio(r);
    const label = `Maglev M=${r.tableSize} ${r.weighted ? "weighted" : "unweighted"}`;
    console.log(ratio === undefined ? `${label}: no C compiler, no ratio` : `${label}: ${ratio.toFixed(2)}× the C reference (target ≤ ${MAGLEV_TARGET}×) ${verdict(ratio <= MAGLEV_TARGET)}`);
  }
  for (const r of synth) {
    console.log(
      `synth ${r.pops} POPs: ${r.ratioWithoutSolve.toFixed(2)}× hand-written L1 without the DNS solve (rounds' quartiles ${r.ratioWithoutSolveQuartiles.map((q) => q.toFixed(2)).join("–")}, ` +
        `sets of processes ${r.sessionRatios.map((q) => q.toFixed(2)).join(", ")}; target ≤ ${SYNTH_RATIO_TARGET}×) ${verdict(r.ratioWithoutSolve <= SYNTH_RATIO_TARGET)}; ` +
        `${r.ratioWithSolve.toFixed(2)}× with it (the same target ${verdict(r.ratioWithSolve <= SYNTH_RATIO_TARGET)})`,
    );
  }
  const at50 = synth.find((r) => r.pops === 50);
  if (at50) {
    const without = at50.withoutSolve.cpu;
    console.log(
      `synth 50 POPs library time: ${without.toFixed(0)} ms CPU without the DNS solve, ${at50.platform.cpu.toFixed(0)} ms with it ` +
        `(target ≤ ${SYNTH_50_TARGET_MS} ms) ${verdict(at50.platform.cpu <= SYNTH_50_TARGET_MS)}; wall ${at50.platform.wall.toFixed(0)} ms under this load`,
    );
  }
  console.log(`npm start: ${start.wall.toFixed(2)} s wall (target ≤ ${START_TARGET_S} s) ${verdict(start.wall <= START_TARGET_S)}`);
  for (const line of dnsOut.split("\n").filter((l) => l.startsWith("closing: "))) console.log(line.slice("closing: ".length));
}

void main();
