import { Problem } from "./problem";
import { regretBefore, regretOrder, tieOrder } from "./regret-order";

const INF = Infinity;

/**
 * Regret greedy: the prefix that would lose most by not getting its best POP goes first.
 * A prefix's regret is dₚ × (second-best − best reduced latency) over POPs that still have
 * room (infinite when only one has room); reduced latency is latency + `prices[k]`, so
 * Lagrangian prices steer prefixes off POPs that will fill. When a POP fills past what a
 * waiting prefix needs and that POP was its best or second best, the prefix's regret is
 * recomputed at once, so a prefix about to run out of options jumps the queue. Ties: larger
 * demand, then CIDR order; POPs tied on reduced latency by latency, then name. Returns POP
 * index per prefix, or undefined when some prefix finds no POP with room left — unless
 * `spill`, which sends such a prefix to its reachable POP left least utilized.
 */
export function regretAssign(problem: Problem, prices: Float64Array, spill = false): Int32Array | undefined {
  const { demand, capacity, start, pop, cost, epsilon } = problem;
  const popCount = capacity.length;
  const prefixCount = demand.length;
  const room = Float64Array.from(capacity);
  const assignment = new Int32Array(prefixCount).fill(-1);
  const best = new Int32Array(prefixCount);
  const second = new Int32Array(prefixCount);
  const regret = new Float64Array(prefixCount);
  const watchers = new Watchers(demand, popCount);

  const evaluate = (p: number): void => {
    const end = start[p + 1];
    let first = -1;
    let next = -1;
    let firstCost = INF;
    let nextCost = INF;
    for (let r = start[p]; r < end; r++) {
      const k = pop[r];
      const ms = cost[r];
      if (ms >= nextCost) break;
      if (room[k] + epsilon < demand[p]) continue;
      const reduced = ms + prices[k];
      if (reduced < firstCost) {
        next = first;
        nextCost = firstCost;
        first = k;
        firstCost = reduced;
      } else if (reduced < nextCost) {
        next = k;
        nextCost = reduced;
      }
    }
    best[p] = first;
    second[p] = next;
    regret[p] = next < 0 ? INF : demand[p] * (nextCost - firstCost);
    if (first >= 0) watchers.push(first, p);
    if (next >= 0) watchers.push(next, p);
  };

  for (let p = 0; p < prefixCount; p++) evaluate(p);
  // Prefixes go in regret order: the first regrets sorted once, re-evaluated prefixes through a
  // heap (a few percent of them when prices are good), whichever of the two comes first next.
  const tie = tieOrder(demand);
  const initial = Float64Array.from(regret);
  const order = regretOrder(initial, tie);
  let next = 0;
  const heap = new RegretHeap(tie.rank);
  while (next < prefixCount || heap.size > 0) {
    const fromHeap = heap.size > 0 && (next === prefixCount || regretBefore(tie.rank, heap.top, heap.topRegret, order[next], initial[order[next]]));
    const p = fromHeap ? heap.top : order[next];
    const stale = (fromHeap ? heap.topRegret : initial[p]) !== regret[p];
    if (fromHeap) heap.pop();
    else next++;
    if (assignment[p] >= 0 || stale) continue;
    let k = best[p];
    if (k < 0 && !spill) return undefined;
    if (k < 0) k = leastOverloaded(problem, room, p);
    assignment[p] = k;
    room[k] -= demand[p];
    // Only watchers larger than the room left need a new look: take them largest first.
    for (let q = watchers.popLargerThan(k, room[k] + epsilon); q >= 0; q = watchers.popLargerThan(k, room[k] + epsilon)) {
      if (assignment[q] >= 0 || (best[q] !== k && second[q] !== k)) continue;
      evaluate(q);
      heap.push(q, regret[q]);
    }
  }
  return assignment;
}

/**
 * The baseline a simple DNS map uses: prefixes in CIDR order, each to its nearest POP that
 * still has room (ties by POP name). Returns the assignment, or the first prefix that found
 * no POP with room.
 */
export function nearestAssign(problem: Problem): { assignment: Int32Array } | { stuck: number } {
  const { demand, capacity, start, pop, epsilon } = problem;
  const room = Float64Array.from(capacity);
  const assignment = new Int32Array(demand.length);
  for (let p = 0; p < demand.length; p++) {
    let r = start[p];
    while (r < start[p + 1] && room[pop[r]] + epsilon < demand[p]) r++;
    if (r === start[p + 1]) return { stuck: p };
    assignment[p] = pop[r];
    room[pop[r]] -= demand[p];
  }
  return { assignment };
}

/**
 * Where a prefix goes when no POP it reaches has room (spill): the reachable POP whose
 * utilization after taking it is lowest, ties to the cheaper entry.
 */
function leastOverloaded(problem: Problem, room: Float64Array, p: number): number {
  const { demand, capacity, start, pop } = problem;
  let best = pop[start[p]];
  let bestUtilization = Infinity;
  for (let r = start[p]; r < start[p + 1]; r++) {
    const k = pop[r];
    const utilization = (capacity[k] - room[k] + demand[p]) / capacity[k];
    if (utilization < bestUtilization) {
      best = k;
      bestUtilization = utilization;
    }
  }
  return best;
}

/** Per POP, the prefixes whose best or second-best POP it is, in a max-heap by demand. */
class Watchers {
  private readonly heaps: number[][];

  constructor(
    private readonly demand: Float64Array,
    popCount: number,
  ) {
    this.heaps = Array.from({ length: popCount }, () => []);
  }

  push(pop: number, prefix: number): void {
    const heap = this.heaps[pop];
    const d = this.demand[prefix];
    let i = heap.length;
    heap.push(prefix);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.demand[heap[parent]] >= d) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = prefix;
  }

  /** Removes and returns a prefix of `pop` with demand > `limit`, the largest; −1 when none. */
  popLargerThan(pop: number, limit: number): number {
    const heap = this.heaps[pop];
    if (heap.length === 0 || this.demand[heap[0]] <= limit) return -1;
    const top = heap[0];
    const last = heap.pop()!;
    const n = heap.length;
    if (n > 0) {
      const d = this.demand[last];
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && this.demand[heap[child + 1]] > this.demand[heap[child]]) child++;
        if (this.demand[heap[child]] <= d) break;
        heap[i] = heap[child];
        i = child;
      }
      heap[i] = last;
    }
    return top;
  }
}

/**
 * Max-heap of (prefix, regret) in the regret order (regret-order.ts) — a total order, so the
 * order of pops does not depend on the heap's layout. Typed arrays, grown as prefixes are pushed.
 */
class RegretHeap {
  private prefixes = new Int32Array(64);
  private regrets = new Float64Array(64);
  private length = 0;

  constructor(private readonly tie: Int32Array) {}

  get size(): number {
    return this.length;
  }

  get top(): number {
    return this.prefixes[0];
  }

  get topRegret(): number {
    return this.regrets[0];
  }

  push(prefix: number, regret: number): void {
    if (this.length === this.prefixes.length) this.grow();
    const { prefixes, regrets } = this;
    let i = this.length++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(prefix, regret, prefixes[parent], regrets[parent])) break;
      prefixes[i] = prefixes[parent];
      regrets[i] = regrets[parent];
      i = parent;
    }
    prefixes[i] = prefix;
    regrets[i] = regret;
  }

  /** Removes the first prefix and returns it. */
  pop(): number {
    const { prefixes, regrets } = this;
    const top = prefixes[0];
    const last = --this.length;
    if (last > 0) {
      prefixes[0] = prefixes[last];
      regrets[0] = regrets[last];
      this.siftDown(0);
    }
    return top;
  }

  private grow(): void {
    const prefixes = new Int32Array(this.prefixes.length * 2);
    const regrets = new Float64Array(prefixes.length);
    prefixes.set(this.prefixes);
    regrets.set(this.regrets);
    this.prefixes = prefixes;
    this.regrets = regrets;
  }

  private siftDown(start: number): void {
    const { prefixes, regrets } = this;
    const n = this.length;
    const prefix = prefixes[start];
    const regret = regrets[start];
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.before(prefixes[child + 1], regrets[child + 1], prefixes[child], regrets[child])) child++;
      if (!this.before(prefixes[child], regrets[child], prefix, regret)) break;
      prefixes[i] = prefixes[child];
      regrets[i] = regrets[child];
      i = child;
    }
    prefixes[i] = prefix;
    regrets[i] = regret;
  }

  private before(a: number, regretA: number, b: number, regretB: number): boolean {
    return regretBefore(this.tie, a, regretA, b, regretB);
  }
}
