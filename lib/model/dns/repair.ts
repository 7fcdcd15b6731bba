import { entriesAt, Problem } from "./problem";

/**
 * Latency entries the searches may read in all, per entry of the problem: every chain lowers
 * the total overload, but a huge input with much of it could otherwise take minutes to give up.
 */
const WORK_PER_ENTRY = 32;

/**
 * Turns an overloaded map (the spill construction's) into one within every capacity, when
 * whole prefixes allow, by ejection chains: from an overloaded POP, a prefix moves to a POP it
 * reaches; if that POP lacks room, one of its own prefixes, at least as large as the shortfall,
 * moves on, and so on until a POP with room takes the last one — or the chain closes on the
 * overloaded POP with a smaller prefix than left it. Chains are searched breadth first over
 * POPs (fewest moves, then the least added Σ demand × cost), one POP at most once per chain,
 * from each overloaded POP in turn; when no chain ends in room, the one that leaves the least
 * overload in all is taken. Returns the repaired copy, or undefined when the overload has no
 * chain out (or the work bound is spent). Sparse latency rows (each prefix reaching a few
 * POPs) and tight capacity make the greedy constructions miss maps that exist; this finds many.
 * Deterministic: POPs in index order, members in prefix order.
 */
export function repairOverload(problem: Problem, overloaded: Int32Array): Int32Array | undefined {
  const { capacity, pop, cost, epsilon } = problem;
  const map = new MapState(problem, overloaded);
  for (let k = 0; k < capacity.length; k++) if (map.room[k] < -epsilon) shedDirectly(map, k);
  const chain = new ChainSearch(problem, map.members, map.room);
  for (;;) {
    let moves: Move[] | undefined;
    let overloaded = false;
    for (let k = 0; k < capacity.length && !moves; k++) {
      if (map.room[k] >= -epsilon) continue;
      overloaded = true;
      moves = chain.find(k, map.at, cost);
    }
    if (!overloaded) return map.assignment;
    if (!moves || chain.work > WORK_PER_ENTRY * pop.length) return undefined;
    for (const { prefix, entry } of moves) map.move(prefix, entry);
  }
}

/** An assignment with each POP's room and members (in prefix order) and each prefix's entry. */
class MapState {
  readonly assignment: Int32Array;
  readonly room: Float64Array;
  readonly members: number[][];
  readonly at: Int32Array;

  constructor(
    readonly problem: Problem,
    start: Int32Array,
  ) {
    this.assignment = Int32Array.from(start);
    this.room = Float64Array.from(problem.capacity);
    this.members = Array.from({ length: problem.capacity.length }, () => []);
    this.at = entriesAt(problem, this.assignment);
    for (let p = 0; p < start.length; p++) {
      this.room[start[p]] -= problem.demand[p];
      this.members[start[p]].push(p);
    }
  }

  move(prefix: number, entry: number): void {
    const from = this.assignment[prefix];
    const to = this.problem.pop[entry];
    const demand = this.problem.demand[prefix];
    this.room[from] += demand;
    this.room[to] -= demand;
    this.members[from].splice(this.members[from].indexOf(prefix), 1);
    insertSorted(this.members[to], prefix);
    this.assignment[prefix] = to;
    this.at[prefix] = entry;
  }
}

/**
 * The one-move chains out of overloaded POP `k` in one sweep (a chain search per prefix moved
 * reads the POP's whole member list each time, too slow when 10⁵ prefixes overload 40 POPs):
 * each member's cheapest move to a POP with room for it, least added latency per unit first,
 * until `k` fits or no such move is left.
 */
function shedDirectly(map: MapState, k: number): void {
  const { demand, start, pop, cost, epsilon } = map.problem;
  const candidates: { readonly prefix: number; readonly entry: number; readonly perUnit: number }[] = [];
  for (const q of map.members[k]) {
    let best = -1;
    for (let e = start[q]; e < start[q + 1]; e++) {
      if (pop[e] !== k && map.room[pop[e]] + epsilon >= demand[q] && (best < 0 || cost[e] < cost[best])) best = e;
    }
    if (best >= 0) candidates.push({ prefix: q, entry: best, perUnit: cost[best] - cost[map.at[q]] });
  }
  candidates.sort((a, b) => a.perUnit - b.perUnit || a.prefix - b.prefix);
  for (const { prefix, entry } of candidates) {
    if (map.room[k] >= -epsilon) return;
    if (map.room[pop[entry]] + epsilon >= demand[prefix]) map.move(prefix, entry);
  }
}

interface Move {
  readonly prefix: number;
  readonly entry: number;
}

/** Breadth-first search for one ejection chain out of an overloaded POP. */
class ChainSearch {
  /** Search round and layer at which each POP was reached (stamps, so nothing is cleared between searches). */
  private readonly reached: Int32Array;
  private readonly layerOf: Int32Array;
  /** Per reached POP: the prefix that moved in, its entry there, the POP it came from, the chain's added cost. */
  private readonly viaPrefix: Int32Array;
  private readonly viaEntry: Int32Array;
  private readonly viaPop: Int32Array;
  private readonly added: Float64Array;
  /** Per reached POP: the demand that left the source on its chain. */
  private readonly shed: Float64Array;
  private round = 0;
  /** Latency entries read so far. */
  work = 0;

  constructor(
    private readonly problem: Problem,
    private readonly members: readonly number[][],
    private readonly room: Float64Array,
  ) {
    const popCount = problem.capacity.length;
    this.reached = new Int32Array(popCount);
    this.layerOf = new Int32Array(popCount);
    this.viaPrefix = new Int32Array(popCount);
    this.viaEntry = new Int32Array(popCount);
    this.viaPop = new Int32Array(popCount);
    this.added = new Float64Array(popCount);
    this.shed = new Float64Array(popCount);
  }

  find(source: number, at: Int32Array, cost: Float64Array): Move[] | undefined {
    const { demand, start, pop, epsilon } = this.problem;
    const round = ++this.round;
    this.reached[source] = round;
    this.layerOf[source] = 0;
    this.added[source] = 0;
    let layer = [source];
    let partial = -1;
    let partialRelief = 0;
    for (let depth = 1; layer.length > 0; depth++) {
      const next: number[] = [];
      // Best chain back into the source with a smaller prefix than left it: a cycle that sheds the difference.
      let cycle: { readonly from: number; readonly move: Move; readonly added: number } | undefined;
      for (const u of layer) {
        // A POP on the chain must end within capacity (the source need only shed something).
        const shortfall = u === source ? -Infinity : demand[this.viaPrefix[u]] - this.room[u];
        for (const q of this.members[u]) {
          if (demand[q] + epsilon < shortfall) continue;
          this.work += start[q + 1] - start[q];
          for (let e = start[q]; e < start[q + 1]; e++) {
            const j = pop[e];
            const added = this.added[u] + demand[q] * (cost[e] - cost[at[q]]);
            if (j === source) {
              if (u !== source && demand[q] + epsilon < this.shed[u] && (!cycle || added < cycle.added)) cycle = { from: u, move: { prefix: q, entry: e }, added };
              continue;
            }
            const seen = this.reached[j] === round;
            if (seen && (this.layerOf[j] < depth || added >= this.added[j])) continue;
            if (!seen) next.push(j);
            this.reached[j] = round;
            this.layerOf[j] = depth;
            this.viaPrefix[j] = q;
            this.viaEntry[j] = e;
            this.viaPop[j] = u;
            this.added[j] = added;
            this.shed[j] = u === source ? demand[q] : this.shed[u];
          }
        }
      }
      let end = -1;
      for (const j of next) {
        const inflow = demand[this.viaPrefix[j]];
        if (this.room[j] + epsilon >= inflow) {
          if (end < 0 || this.added[j] < this.added[end]) end = j;
          continue;
        }
        const relief = Math.min(this.shed[j], -this.room[source]) - (inflow - Math.max(0, this.room[j]));
        if (relief > epsilon && (partial < 0 || relief > partialRelief || (relief === partialRelief && this.added[j] < this.added[partial]))) {
          partial = j;
          partialRelief = relief;
        }
      }
      if (cycle && (end < 0 || cycle.added < this.added[end])) return [cycle.move, ...this.unwind(cycle.from, source)];
      if (end >= 0) return this.unwind(end, source);
      layer = next.sort((a, b) => a - b);
    }
    // No chain ends in room: settle for the one that leaves the least overload in all.
    return partial < 0 ? undefined : this.unwind(partial, source);
  }

  /** The moves that brought the chain to `end`, the last first. */
  private unwind(end: number, source: number): Move[] {
    const moves: Move[] = [];
    for (let j = end; j !== source; j = this.viaPop[j]) moves.push({ prefix: this.viaPrefix[j], entry: this.viaEntry[j] });
    return moves;
  }
}

function insertSorted(list: number[], value: number): void {
  let i = list.length;
  list.push(value);
  while (i > 0 && list[i - 1] > value) {
    list[i] = list[i - 1];
    i--;
  }
  list[i] = value;
}
