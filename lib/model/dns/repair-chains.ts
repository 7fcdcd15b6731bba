import { MapState } from "./repair-state";

export interface Move {
  readonly prefix: number;
  readonly entry: number;
}

/**
 * Breadth-first search for one ejection chain out of an overloaded POP: over POPs, fewest moves
 * first, then the least added Σ demand × cost; one POP at most once per chain. A POP on the
 * chain passes on a prefix at least as large as its shortfall, so only the source (and, for a
 * partial chain, the last POP) can end over capacity.
 */
export class ChainSearch {
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

  constructor(private readonly map: MapState) {
    const popCount = map.problem.capacity.length;
    this.reached = new Int32Array(popCount);
    this.layerOf = new Int32Array(popCount);
    this.viaPrefix = new Int32Array(popCount);
    this.viaEntry = new Int32Array(popCount);
    this.viaPop = new Int32Array(popCount);
    this.added = new Float64Array(popCount);
    this.shed = new Float64Array(popCount);
  }

  find(source: number): Move[] | undefined {
    const { demand, start, pop, cost, epsilon } = this.map.problem;
    const { members, room, at } = this.map;
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
        const shortfall = u === source ? -Infinity : demand[this.viaPrefix[u]] - room[u];
        for (const q of members[u]) {
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
        if (room[j] + epsilon >= inflow) {
          if (end < 0 || this.added[j] < this.added[end]) end = j;
          continue;
        }
        const relief = Math.min(this.shed[j], -room[source]) - (inflow - Math.max(0, room[j]));
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
