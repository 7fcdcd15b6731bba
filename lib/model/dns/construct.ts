import { Problem } from "./problem";

const INF = Infinity;

/**
 * Regret greedy: the prefix that would lose most by not getting its best POP goes first.
 * A prefix's regret is dₚ × (second-best − best reduced latency) over POPs that still have
 * room (infinite when only one has room); reduced latency is latency + `prices[k]`, so
 * Lagrangian prices steer prefixes off POPs that will fill. When a POP fills past what a
 * waiting prefix needs and that POP was its best or second best, the prefix's regret is
 * recomputed at once, so a prefix about to run out of options jumps the queue. Ties: larger
 * demand, then CIDR order; POPs tied on reduced latency by latency, then name. Returns POP
 * index per prefix, or undefined when some prefix finds no POP with room left.
 */
export function regretAssign(problem: Problem, prices: Float64Array): Int32Array | undefined {
  const { demand, capacity, latency, order, reach, epsilon } = problem;
  const popCount = capacity.length;
  const prefixCount = demand.length;
  const room = Float64Array.from(capacity);
  const assignment = new Int32Array(prefixCount).fill(-1);
  const best = new Int32Array(prefixCount);
  const second = new Int32Array(prefixCount);
  const regret = new Float64Array(prefixCount);
  const watchers: number[][] = Array.from({ length: popCount }, () => []);

  const evaluate = (p: number): void => {
    const row = p * popCount;
    const end = row + reach[p];
    let first = -1;
    let next = -1;
    let firstCost = INF;
    let nextCost = INF;
    for (let r = row; r < end; r++) {
      const k = order[r];
      const ms = latency[row + k];
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
    if (first >= 0) watchers[first].push(p);
    if (next >= 0) watchers[next].push(p);
  };

  const heap = new RegretHeap(demand);
  for (let p = 0; p < prefixCount; p++) {
    evaluate(p);
    heap.push(p, regret[p]);
  }
  while (heap.size > 0) {
    const entry = heap.pop();
    const p = entry.prefix;
    if (assignment[p] >= 0 || entry.regret !== regret[p]) continue;
    const k = best[p];
    if (k < 0) return undefined;
    assignment[p] = k;
    room[k] -= demand[p];
    const watching = watchers[k];
    watchers[k] = [];
    for (const q of watching) {
      if (assignment[q] >= 0 || (best[q] !== k && second[q] !== k)) continue;
      if (room[k] + epsilon >= demand[q]) {
        watchers[k].push(q);
        continue;
      }
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
  const { demand, capacity, order, reach, epsilon } = problem;
  const popCount = capacity.length;
  const room = Float64Array.from(capacity);
  const assignment = new Int32Array(demand.length);
  for (let p = 0; p < demand.length; p++) {
    const row = p * popCount;
    let r = row;
    while (r < row + reach[p] && room[order[r]] + epsilon < demand[p]) r++;
    if (r === row + reach[p]) return { stuck: p };
    assignment[p] = order[r];
    room[order[r]] -= demand[p];
  }
  return { assignment };
}

/** Max-heap of (prefix, regret): higher regret first, then larger demand, then lower index. */
class RegretHeap {
  private readonly prefixes: number[] = [];
  private readonly regrets: number[] = [];

  constructor(private readonly demand: Float64Array) {}

  get size(): number {
    return this.prefixes.length;
  }

  push(prefix: number, regret: number): void {
    this.prefixes.push(prefix);
    this.regrets.push(regret);
    let i = this.prefixes.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): { prefix: number; regret: number } {
    const top = { prefix: this.prefixes[0], regret: this.regrets[0] };
    const lastPrefix = this.prefixes.pop()!;
    const lastRegret = this.regrets.pop()!;
    if (this.prefixes.length > 0) {
      this.prefixes[0] = lastPrefix;
      this.regrets[0] = lastRegret;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let next = i;
        if (left < this.prefixes.length && this.before(left, next)) next = left;
        if (right < this.prefixes.length && this.before(right, next)) next = right;
        if (next === i) break;
        this.swap(i, next);
        i = next;
      }
    }
    return top;
  }

  private before(a: number, b: number): boolean {
    if (this.regrets[a] !== this.regrets[b]) return this.regrets[a] > this.regrets[b];
    const da = this.demand[this.prefixes[a]];
    const db = this.demand[this.prefixes[b]];
    if (da !== db) return da > db;
    return this.prefixes[a] < this.prefixes[b];
  }

  private swap(a: number, b: number): void {
    [this.prefixes[a], this.prefixes[b]] = [this.prefixes[b], this.prefixes[a]];
    [this.regrets[a], this.regrets[b]] = [this.regrets[b], this.regrets[a]];
  }
}
