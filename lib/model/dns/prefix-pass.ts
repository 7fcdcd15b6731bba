import { keptInstances, wasmApi } from "../wasm-assembler";
import { HEAD, prefixPassFunction } from "./prefix-pass-wasm";
import { Problem } from "./problem";

/**
 * One pass of the Lagrangian bound over every prefix at prices λ ≥ 0: returns Σₚ dₚ · minₖ(cₚₖ + λₖ)
 * (added in prefix order) and adds each prefix's demand to `load` at its argmin (ties to the
 * nearer entry). Each row is scanned nearest first and stops at the first entry whose bare cost
 * can no longer win.
 */
export type PrefixPass = (prices: Float64Array, load: Float64Array) => number;

/**
 * Largest problem (row entries + prefixes) the WebAssembly pass takes: it works on its own copy of
 * the rows (≤ 14 MB at this size). Bigger problems, a DNS map of 10⁵ prefixes, keep to the
 * JavaScript pass and the memory they have.
 */
const WASM_MAX_SIZE = 1 << 20;

const passes = new WeakMap<Problem, PrefixPass>();

/**
 * The pass for `problem`: WebAssembly (prefix-pass-wasm.ts, three times as fast) unless the
 * problem is too big for its copy or WebAssembly is off. Made once per problem: a solve that
 * continues its bound reuses it.
 */
export function prefixPass(problem: Problem): PrefixPass {
  let pass = passes.get(problem);
  if (!pass) {
    pass = wasmApi && problem.pop.length + problem.demand.length <= WASM_MAX_SIZE ? wasmPrefixPass(problem) : jsPrefixPass(problem);
    passes.set(problem, pass);
  }
  return pass;
}

/** The first HEAD entries of every row, padded with +∞ where a row is shorter. */
function fillHeads(problem: Problem, headPop: Int32Array, headCost: Float64Array): void {
  const { start, pop, cost } = problem;
  headCost.fill(Infinity);
  for (let p = 0; p + 1 < start.length; p++) {
    for (let j = 0; j < HEAD && start[p] + j < start[p + 1]; j++) {
      headPop[p * HEAD + j] = pop[start[p] + j];
      headCost[p * HEAD + j] = cost[start[p] + j];
    }
  }
}

/** The pass in JavaScript: the reference the WebAssembly one matches bit for bit (test/model/dns-prefix-pass.test.ts). */
export function jsPrefixPass(problem: Problem): PrefixPass {
  const { demand, start: rowStart, pop, cost } = problem;
  const prefixCount = demand.length;
  const headPop = new Int32Array(prefixCount * HEAD);
  const headCost = new Float64Array(prefixCount * HEAD);
  fillHeads(problem, headPop, headCost);
  return (prices, load) => {
    let value = 0;
    for (let p = 0; p < prefixCount; p++) {
      let arg = 0;
      let min = Infinity;
      let j = 0;
      for (const h = p * HEAD; j < HEAD; j++) {
        const ms = headCost[h + j];
        if (ms >= min) break;
        const k = headPop[h + j];
        const reduced = ms + prices[k];
        if (reduced < min) {
          min = reduced;
          arg = k;
        }
      }
      if (j === HEAD) {
        const end = rowStart[p + 1];
        for (let r = rowStart[p] + HEAD; r < end; r++) {
          const k = pop[r];
          const ms = cost[r];
          if (ms >= min) break;
          const reduced = ms + prices[k];
          if (reduced < min) {
            min = reduced;
            arg = k;
          }
        }
      }
      value += demand[p] * min;
      load[arg] += demand[p];
    }
    return value;
  };
}

interface PassExports {
  readonly pass: (n: number, demand: number, headCost: number, headPop: number, rowStart: number, pop: number, cost: number, prices: number, load: number) => number;
}

/** Memory kept between solves (as Maglev keeps its own); a bigger problem's memory is dropped with its pass. */
const instance = keptInstances<PassExports>(() => [prefixPassFunction()]);
/** The pass whose problem is in an instance's memory now. */
const holders = new WeakMap<object, PrefixPass>();

/**
 * The WebAssembly pass, on a copy of the problem in the instance's memory, copied again whenever
 * another problem's pass used that memory in between: the same operations in the same order as
 * the JavaScript pass, so the same bits.
 */
export function wasmPrefixPass(problem: Problem): PrefixPass {
  const { demand, start, pop, cost } = problem;
  const prefixCount = demand.length;
  const popCount = problem.capacity.length;
  let size = 0;
  const place = (bytes: number): number => {
    const at = size;
    size += Math.ceil(bytes / 8) * 8;
    return at;
  };
  const at = {
    demand: place(prefixCount * 8),
    headCost: place(prefixCount * HEAD * 8),
    headPop: place(prefixCount * HEAD * 4),
    start: place(start.length * 4),
    pop: place(pop.length * 4),
    cost: place(cost.length * 8),
    prices: place(popCount * 8),
    load: place(popCount * 8),
  };
  const loaded = instance(size);
  // A kept memory never grows (a bigger problem gets a memory of its own), so these views stay valid.
  const buffer = loaded.memory.buffer;
  const pricesIn = new Float64Array(buffer, at.prices, popCount);
  const loadOut = new Float64Array(buffer, at.load, popCount);
  const copyIn = (): void => {
    new Float64Array(buffer, at.demand, prefixCount).set(demand);
    fillHeads(problem, new Int32Array(buffer, at.headPop, prefixCount * HEAD), new Float64Array(buffer, at.headCost, prefixCount * HEAD));
    new Int32Array(buffer, at.start, start.length).set(start);
    new Int32Array(buffer, at.pop, pop.length).set(pop);
    new Float64Array(buffer, at.cost, cost.length).set(cost);
  };
  const pass: PrefixPass = (prices, load) => {
    if (holders.get(loaded) !== pass) {
      copyIn();
      holders.set(loaded, pass);
    }
    pricesIn.set(prices);
    loadOut.set(load);
    const value = loaded.exports.pass(prefixCount, at.demand, at.headCost, at.headPop, at.start, at.pop, at.cost, at.prices, at.load);
    load.set(loadOut);
    return value;
  };
  return pass;
}
