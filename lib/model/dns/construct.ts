import { Problem } from "./problem";

const INF = Infinity;

/**
 * Regret greedy: the prefix that would lose most by not getting its best POP goes first.
 * A prefix's regret is dₚ × (second-best − best reduced latency) over POPs that still have
 * room (infinite when only one has room); reduced latency is latency + `prices[k]`, so
 * Lagrangian prices steer prefixes off POPs that will fill. Regrets are refreshed lazily:
 * a prefix whose regret changed since it was queued is queued again. Ties: larger demand,
 * then CIDR order; POPs tied on reduced latency by latency, then name. Returns POP index per prefix, or undefined when some
 * prefix finds no POP with room left.
 */
export function regretAssign(problem: Problem, prices: Float64Array): Int32Array | undefined {
  const { demand, capacity, latency, epsilon } = problem;
  const popCount = capacity.length;
  const prefixCount = demand.length;
  const room = Float64Array.from(capacity);
  const assignment = new Int32Array(prefixCount);

  const evaluate = (p: number): { pop: number; regret: number } => {
    const row = p * popCount;
    let best = -1;
    let first = INF;
    let second = INF;
    for (let k = 0; k < popCount; k++) {
      if (latency[row + k] === INF || room[k] + epsilon < demand[p]) continue;
      const reduced = latency[row + k] + prices[k];
      if (reduced < first || (reduced === first && latency[row + k] < latency[row + best])) {
        second = first;
        first = reduced;
        best = k;
      } else if (reduced < second) {
        second = reduced;
      }
    }
    return { pop: best, regret: second === INF ? INF : demand[p] * (second - first) };
  };

  const heap = new RegretHeap(demand);
  for (let p = 0; p < prefixCount; p++) heap.push(p, evaluate(p).regret);
  while (heap.size > 0) {
    const { prefix, regret } = heap.pop();
    const now = evaluate(prefix);
    if (now.pop < 0) return undefined;
    if (now.regret !== regret) {
      heap.push(prefix, now.regret);
      continue;
    }
    assignment[prefix] = now.pop;
    room[now.pop] -= demand[prefix];
  }
  return assignment;
}

/**
 * The baseline a simple DNS map uses: prefixes in CIDR order, each to its nearest POP that
 * still has room (ties by POP name). Returns the assignment, or the first prefix that found
 * no POP with room.
 */
export function nearestAssign(problem: Problem): { assignment: Int32Array } | { stuck: number } {
  const { demand, capacity, latency, epsilon } = problem;
  const popCount = capacity.length;
  const room = Float64Array.from(capacity);
  const assignment = new Int32Array(demand.length);
  for (let p = 0; p < demand.length; p++) {
    let best = -1;
    let bestLatency = INF;
    for (let k = 0; k < popCount; k++) {
      const ms = latency[p * popCount + k];
      if (ms < bestLatency && room[k] + epsilon >= demand[p]) {
        best = k;
        bestLatency = ms;
      }
    }
    if (best < 0) return { stuck: p };
    assignment[p] = best;
    room[best] -= demand[p];
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
