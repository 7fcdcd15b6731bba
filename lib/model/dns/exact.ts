import { Problem } from "./problem";

/** A part of the problem to solve exactly while the rest of the assignment stays put. */
export interface SubProblem {
  /** Prefix indices to place. */
  readonly prefixes: readonly number[];
  /** POP indices they may go to. */
  readonly pops: readonly number[];
  /** Room per POP index for these prefixes; restored when the search returns. */
  readonly room: Float64Array;
  /** Cost of these prefixes to beat by more than `problem.epsilon`. */
  readonly incumbent: number;
  /** Most search nodes to visit; the best placement found so far is returned when reached. */
  readonly nodeLimit: number;
}

/**
 * Depth-first branch and bound: prefixes by decreasing demand, each tried at its POPs by
 * increasing latency (then name); a branch is cut when its cost plus every remaining prefix at
 * its nearest allowed POP cannot beat the best found. Returns the POP of each of
 * `sub.prefixes` (same order) — absent when nothing beats the incumbent — and the nodes used.
 */
export function searchExact(problem: Problem, sub: SubProblem): { readonly placement?: Int32Array; readonly nodes: number } {
  const { demand, pop, cost, start, epsilon } = problem;
  const room = sub.room;
  const order = Array.from(sub.prefixes.keys()).sort((a, b) => demand[sub.prefixes[b]] - demand[sub.prefixes[a]] || a - b);
  const allowed = new Uint8Array(problem.pops.length);
  for (const k of sub.pops) allowed[k] = 1;
  /** Entries (POP and cost) each prefix may take, cheapest first. */
  const choices = order.map((i) => {
    const p = sub.prefixes[i];
    const entries: number[] = [];
    for (let e = start[p]; e < start[p + 1] && entries.length < sub.pops.length; e++) if (allowed[pop[e]] === 1) entries.push(e);
    return entries;
  });
  if (choices.some((c) => c.length === 0)) return { nodes: 0 };
  const rest = new Float64Array(order.length + 1);
  for (let i = order.length - 1; i >= 0; i--) {
    const p = sub.prefixes[order[i]];
    rest[i] = rest[i + 1] + demand[p] * cost[choices[i][0]];
  }

  const current = new Int32Array(order.length);
  let best: Int32Array | undefined;
  let bestCost = sub.incumbent;
  let nodes = 0;
  const search = (depth: number, spent: number): void => {
    if (spent + rest[depth] >= bestCost - epsilon || ++nodes > sub.nodeLimit) return;
    if (depth === order.length) {
      best = Int32Array.from(current);
      bestCost = spent;
      return;
    }
    const i = order[depth];
    const p = sub.prefixes[i];
    for (const e of choices[depth]) {
      const k = pop[e];
      if (room[k] + epsilon < demand[p]) continue;
      room[k] -= demand[p];
      current[i] = k;
      search(depth + 1, spent + demand[p] * cost[e]);
      room[k] += demand[p];
    }
  };
  search(0, 0);
  return { placement: best, nodes: Math.min(nodes, sub.nodeLimit) };
}

/**
 * The optimal assignment of the whole problem, or undefined when none fits. Exponential: for a
 * dozen prefixes. With a `nodeLimit`, the best found within that many nodes (the optimum if the
 * search ends within them).
 */
export function branchAndBound(problem: Problem, nodeLimit = Infinity): Int32Array | undefined {
  return searchExact(problem, {
    prefixes: Array.from(problem.demand.keys()),
    pops: Array.from(problem.capacity.keys()),
    room: Float64Array.from(problem.capacity),
    incumbent: Infinity,
    nodeLimit,
  }).placement;
}

/** Search nodes the last-resort search may visit (a few ms). */
const FIT_SEARCH_NODES = 200_000;
/** Most prefixes the last-resort search takes: it recurses one level per prefix (kept well inside a small stack), and on larger inputs a few hundred thousand nodes rarely find a map. */
const FIT_SEARCH_PREFIXES = 300;

/**
 * Last resort when the constructions and the overload repair found no map: the branch and
 * bound above over the whole problem, stopped after FIT_SEARCH_NODES nodes — the optimum when
 * it ends within them (a dozen prefixes with a few POPs each), else the best map reached, if any.
 */
export function searchFit(problem: Problem): Int32Array | undefined {
  return problem.demand.length > FIT_SEARCH_PREFIXES ? undefined : branchAndBound(problem, FIT_SEARCH_NODES);
}
