import { Problem } from "./problem";

/** What changed against the previous map. */
export interface DnsMapMoves {
  /** Prefixes of the previous map now answered by another POP (including POPs that are gone). */
  readonly prefixes: number;
  /** Their demand. */
  readonly demand: number;
  /** Prefixes the previous map did not have. */
  readonly added: number;
}

/** Demand above capacity when the map spills (`onShortCapacity: "spill"`). */
export interface DnsMapOverload {
  /** Σ over POPs of load − capacity where positive. */
  readonly total: number;
  /** load − capacity of each overloaded POP, by name. */
  readonly byPop: Readonly<Record<string, number>>;
}

/** Counts prefixes and demand whose POP differs from `previous` (CIDR → POP name). */
export function movesOf(problem: Problem, assignment: Int32Array, previous: Readonly<Record<string, string>>): DnsMapMoves {
  let prefixes = 0;
  let demand = 0;
  let added = 0;
  assignment.forEach((k, p) => {
    const before = previous[problem.cidrs[p]];
    if (before === undefined) added++;
    else if (before !== problem.pops[k]) {
      prefixes++;
      demand += problem.demand[p];
    }
  });
  return { prefixes, demand, added };
}

/** Per-POP load above capacity. */
export function overloadOf(problem: Problem, assignment: Int32Array): DnsMapOverload {
  const load = new Float64Array(problem.pops.length);
  assignment.forEach((k, p) => (load[k] += problem.demand[p]));
  const byPop: Record<string, number> = {};
  let total = 0;
  load.forEach((l, k) => {
    const over = l - problem.capacity[k];
    if (over > problem.epsilon) {
      byPop[problem.pops[k]] = over;
      total += over;
    }
  });
  return { total, byPop };
}
