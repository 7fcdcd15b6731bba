import { prefixPass } from "./prefix-pass";
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

/**
 * For prices λ ≥ 0, L(λ) = Σₚ dₚ · minₖ(lₚₖ + λₖ) − Σₖ λₖ · Cₖ never exceeds the cost of any
 * assignment that respects capacities (each priced POP holds ≤ Cₖ). L(0) is the nearest-POP
 * bound; projected subgradient ascent (Polyak steps towards `upperBound`, the best known
 * cost) raises it towards the transportation-LP optimum. Pass the result of an earlier call as
 * `start` to continue from its best prices (with a better `upperBound`). Each iteration's pass
 * over the prefixes is compiled WebAssembly where the problem fits its copy (prefix-pass.ts).
 */
export function lowerBound(problem: Problem, upperBound: number, iterations: number, start?: LowerBound): LowerBound {
  const capacity = problem.capacity;
  const popCount = capacity.length;
  const prices = start ? Float64Array.from(start.prices) : new Float64Array(popCount);
  const best = new Float64Array(popCount);
  const load = new Float64Array(popCount);
  const step = new Float64Array(popCount);
  let nearest = start?.nearest ?? 0;
  let bestValue = start?.lagrangian ?? -INF;
  let theta = 2;
  let stale = 0;
  const pass = prefixPass(problem);
  for (let iteration = 0; iteration < iterations; iteration++) {
    load.fill(0);
    let value = pass(prices, load);
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
