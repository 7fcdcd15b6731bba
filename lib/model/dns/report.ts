import { entryOf, Problem } from "./problem";
import { largeRecord } from "./large-record";
import { DnsMapMoves, DnsMapOverload } from "./stability";

/** Load of one POP under a DNS map. */
export interface PopLoad {
  readonly name: string;
  readonly capacity: number;
  /** Σ demand of the prefixes it serves. */
  readonly load: number;
  /** load / capacity. */
  readonly utilization: number;
}

/** Demand-weighted latency figures of a DNS map. */
export interface LatencySummary {
  readonly meanMs: number;
  /** Latency that half of all demand meets or beats. */
  readonly p50Ms: number;
  /** Latency that 95 % of all demand meets or beats. */
  readonly p95Ms: number;
}

/** A DNS map: which POP answers for each client prefix, and how good that is. */
export interface DnsMap {
  /** POP name per prefix, keyed by the CIDR text as given, in CIDR order. */
  readonly assignment: Readonly<Record<string, string>>;
  /** Per-POP load, in POP name order. */
  readonly pops: readonly PopLoad[];
  readonly totalDemand: number;
  /** Σ demand × latency (demand unit × ms): what the map minimizes. */
  readonly cost: number;
  /** Demand-weighted latency; all 0 when total demand is 0. */
  readonly latency: LatencySummary;
  /** Demand-weighted latency of the clients each POP serves, for POPs that serve some demand. */
  readonly popLatency: Readonly<Record<string, LatencySummary>>;
  /** A proven lower bound on `cost` for any assignment that respects capacities (the larger bound below). */
  readonly lowerBound: number;
  /** The bounds computed: every prefix at its nearest POP, and the Lagrangian (capacity-priced) bound. */
  readonly bounds: { readonly nearest: number; readonly lagrangian: number };
  /**
   * cost / lowerBound − 1: how far from optimal the map can at most be (0 when cost is 0).
   * With a move penalty, objective / lowerBound − 1: the bound is of what was minimized.
   */
  readonly gap: number;
  /** With a move penalty: Σ demand × (latency + penalty where the prefix moved), what the solver minimized. */
  readonly objective?: number;
  /** With a previous map: prefixes and demand that moved. */
  readonly moves?: DnsMapMoves;
  /** With `onShortCapacity: "spill"`: demand above capacity, per POP. */
  readonly overload?: DnsMapOverload;
}

/** Summarizes an assignment (POP index per prefix) of `problem`. */
export function buildReport(problem: Problem, assignment: Int32Array, bounds: { readonly nearest: number; readonly lagrangian: number }): DnsMap {
  const lowerBound = Math.max(bounds.nearest, bounds.lagrangian);
  const { demand, capacity, cidrs, pops, totalDemand } = problem;
  const popCount = pops.length;
  const load = new Float64Array(popCount);
  const served = new Float64Array(assignment.length);
  const byCidr = largeRecord<string>();
  let cost = 0;
  let objective = 0;
  for (let p = 0; p < assignment.length; p++) {
    const k = assignment[p];
    const e = entryOf(problem, p, k);
    served[p] = problem.ms[e];
    load[k] += demand[p];
    cost += demand[p] * served[p];
    objective += demand[p] * problem.cost[e];
    byCidr[cidrs[p]] = pops[k];
  }
  const byLatency = sortByValue(served);
  const summarize = (members: ArrayLike<number>): LatencySummary => {
    let total = 0;
    let weighted = 0;
    for (let i = 0; i < members.length; i++) total += demand[members[i]];
    for (let i = 0; i < members.length; i++) weighted += demand[members[i]] * served[members[i]];
    const percentile = (q: number): number => {
      let cumulative = 0;
      for (let i = 0; i < members.length; i++) {
        cumulative += demand[members[i]];
        if (cumulative >= q * total) return served[members[i]];
      }
      return served[members[members.length - 1]];
    };
    return { meanMs: weighted / total, p50Ms: percentile(0.5), p95Ms: percentile(0.95) };
  };
  const byPop: number[][] = Array.from({ length: popCount }, () => []);
  for (let i = 0; i < byLatency.length; i++) byPop[assignment[byLatency[i]]].push(byLatency[i]);
  const popLatency: Record<string, LatencySummary> = {};
  pops.forEach((name, k) => {
    if (load[k] > 0) popLatency[name] = summarize(byPop[k]);
  });
  const gapOf = (value: number): number => (value === 0 ? 0 : lowerBound > 0 ? value / lowerBound - 1 : Infinity);
  const penalized = problem.cost !== problem.ms;
  return {
    assignment: byCidr,
    pops: pops.map((name, k) => ({ name, capacity: capacity[k], load: load[k], utilization: load[k] / capacity[k] })),
    totalDemand,
    cost,
    latency: totalDemand === 0 ? { meanMs: 0, p50Ms: 0, p95Ms: 0 } : summarize(byLatency),
    popLatency,
    lowerBound,
    bounds: { nearest: bounds.nearest, lagrangian: bounds.lagrangian },
    gap: gapOf(penalized ? objective : cost),
    ...(penalized ? { objective } : {}),
  };
}

/**
 * Indices of `values` by value, then index — as a comparison sort would give, in O(n log d)
 * for d distinct values: sort the values natively, rank each, then count.
 */
function sortByValue(values: Float64Array): Int32Array {
  const distinct = Float64Array.from(values).sort();
  let unique = 0;
  for (let i = 0; i < distinct.length; i++) if (i === 0 || distinct[i] !== distinct[unique - 1]) distinct[unique++] = distinct[i];
  const keys = distinct.subarray(0, unique);
  const rank = new Int32Array(values.length);
  const counts = new Int32Array(unique + 1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = unique - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
    counts[lo + 1]++;
  }
  for (let r = 0; r < unique; r++) counts[r + 1] += counts[r];
  const sorted = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) sorted[counts[rank[i]]++] = i;
  return sorted;
}
