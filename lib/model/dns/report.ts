import { Problem } from "./problem";

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
  /** cost / lowerBound − 1: how far from optimal the map can at most be (0 when cost is 0). */
  readonly gap: number;
}

/** Summarizes an assignment (POP index per prefix) of `problem`. */
export function buildReport(problem: Problem, assignment: Int32Array, bounds: { readonly nearest: number; readonly lagrangian: number }): DnsMap {
  const lowerBound = Math.max(bounds.nearest, bounds.lagrangian);
  const { demand, capacity, latency, prefixes, pops, totalDemand } = problem;
  const popCount = pops.length;
  const load = new Float64Array(popCount);
  const served = Float64Array.from(assignment, (k, p) => latency[p * popCount + k]);
  const entries: [string, string][] = [];
  let cost = 0;
  assignment.forEach((k, p) => {
    load[k] += demand[p];
    cost += demand[p] * served[p];
    entries.push([prefixes[p].text, pops[k]]);
  });
  const byLatency = Array.from(served.keys()).sort((a, b) => served[a] - served[b] || a - b);
  const summarize = (members: readonly number[]): LatencySummary => {
    const total = members.reduce((sum, p) => sum + demand[p], 0);
    const weighted = members.reduce((sum, p) => sum + demand[p] * served[p], 0);
    const percentile = (q: number): number => {
      let cumulative = 0;
      for (const p of members) {
        cumulative += demand[p];
        if (cumulative >= q * total) return served[p];
      }
      return served[members[members.length - 1]];
    };
    return { meanMs: weighted / total, p50Ms: percentile(0.5), p95Ms: percentile(0.95) };
  };
  const popLatency: Record<string, LatencySummary> = {};
  pops.forEach((name, k) => {
    if (load[k] > 0) popLatency[name] = summarize(byLatency.filter((p) => assignment[p] === k));
  });
  return {
    assignment: Object.fromEntries(entries),
    pops: pops.map((name, k) => ({ name, capacity: capacity[k], load: load[k], utilization: load[k] / capacity[k] })),
    totalDemand,
    cost,
    latency: totalDemand === 0 ? { meanMs: 0, p50Ms: 0, p95Ms: 0 } : summarize(byLatency),
    popLatency,
    lowerBound,
    bounds: { nearest: bounds.nearest, lagrangian: bounds.lagrangian },
    gap: cost === 0 ? 0 : lowerBound > 0 ? cost / lowerBound - 1 : Infinity,
  };
}
