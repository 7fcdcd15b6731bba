import { Problem } from "./problem";

/** A lower bound on Σ demand × latency and the per-unit POP prices that prove it. */
export interface LowerBound {
  /** Every prefix at its nearest POP, capacities ignored. */
  readonly nearest: number;
  /** Lagrangian bound (capacities priced in): ≥ nearest, ≤ the optimum of the splittable problem. */
  readonly lagrangian: number;
  /** Price per unit of demand at each POP (POP name order) where the Lagrangian bound peaked. */
  readonly prices: Float64Array;
}

const INF = Infinity;
/** Row entries copied side by side for the hot loop. */
const HEAD = 4;

/**
 * For prices λ ≥ 0, L(λ) = Σₚ dₚ · minₖ(lₚₖ + λₖ) − Σₖ λₖ · Cₖ never exceeds the cost of any
 * assignment that respects capacities (each priced POP holds ≤ Cₖ). L(0) is the nearest-POP
 * bound; projected subgradient ascent (Polyak steps towards `upperBound`, the best known
 * cost) raises it towards the transportation-LP optimum. Pass the result of an earlier call as
 * `start` to continue from its best prices (with a better `upperBound`). Each prefix scans its
 * POPs nearest first and stops at the first whose bare latency can no longer win (prices ≥ 0).
 */
export function lowerBound(problem: Problem, upperBound: number, iterations: number, start?: LowerBound): LowerBound {
  const { demand, capacity, start: rowStart, pop, cost } = problem;
  const popCount = capacity.length;
  const prefixCount = demand.length;
  const prices = start ? Float64Array.from(start.prices) : new Float64Array(popCount);
  const best = new Float64Array(popCount);
  const load = new Float64Array(popCount);
  const step = new Float64Array(popCount);
  let nearest = start?.nearest ?? 0;
  let bestValue = start?.lagrangian ?? -INF;
  let theta = 2;
  let stale = 0;
  // The first HEAD entries of every row side by side: most scans end there, so each
  // iteration reads a few MB instead of every row's cache lines.
  const headPop = new Int32Array(prefixCount * HEAD);
  const headCost = new Float64Array(prefixCount * HEAD).fill(INF);
  for (let p = 0; p < prefixCount; p++) {
    for (let j = 0; j < HEAD && rowStart[p] + j < rowStart[p + 1]; j++) {
      headPop[p * HEAD + j] = pop[rowStart[p] + j];
      headCost[p * HEAD + j] = cost[rowStart[p] + j];
    }
  }
  for (let iteration = 0; iteration < iterations; iteration++) {
    load.fill(0);
    let value = 0;
    for (let p = 0; p < prefixCount; p++) {
      let arg = 0;
      let min = INF;
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
    let norm = 0;
    for (let k = 0; k < popCount; k++) {
      value -= prices[k] * capacity[k];
      step[k] = prices[k] === 0 && load[k] < capacity[k] ? 0 : load[k] - capacity[k];
      norm += step[k] * step[k];
    }
    if (iteration === 0 && !start) nearest = value;
    if (value > bestValue + problem.epsilon) {
      bestValue = value;
      best.set(prices);
      stale = 0;
    } else if (++stale >= 5) {
      theta /= 2;
      stale = 0;
    }
    const target = upperBound - value;
    if (norm === 0 || target <= problem.epsilon) break;
    const size = (theta * target) / norm;
    for (let k = 0; k < popCount; k++) prices[k] = Math.max(0, prices[k] + size * step[k]);
  }
  return { nearest, lagrangian: Math.max(nearest, bestValue), prices: best };
}
