/**
 * Which prefixes each POP serves, with O(1) moves. Each list keeps its prefixes' demands beside
 * it and, given `valueOf`, for any other POP asked about, one value per member: worked out for
 * the whole list the first time that pair of POPs is asked for, then kept up as prefixes move,
 * so a scan over a list reads them in order instead of working each out.
 */
export class PopMembers {
  private readonly lists: number[][];
  private readonly demands: number[][];
  private readonly slot: Int32Array;
  /** values[k × POPs + f][i] = valueOf(lists[k][i], k, f), once asked for. */
  private readonly values: (number[] | undefined)[];
  /** Per POP k, the POPs f whose values[k × POPs + f] are kept. */
  private readonly kept: number[][];

  constructor(
    assignment: Int32Array,
    private readonly popCount: number,
    private readonly demand: Float64Array,
    private readonly valueOf?: (prefix: number, pop: number, other: number) => number,
  ) {
    this.lists = Array.from({ length: popCount }, () => []);
    this.demands = Array.from({ length: popCount }, () => []);
    this.values = new Array<number[] | undefined>(valueOf ? popCount * popCount : 0).fill(undefined);
    this.kept = Array.from({ length: popCount }, () => []);
    this.slot = new Int32Array(assignment.length);
    assignment.forEach((k, p) => {
      this.slot[p] = this.lists[k].length;
      this.lists[k].push(p);
      this.demands[k].push(demand[p]);
    });
  }

  of(pop: number): readonly number[] {
    return this.lists[pop];
  }

  /** Demand of each prefix of `of(pop)`, same positions. */
  demandsOf(pop: number): readonly number[] {
    return this.demands[pop];
  }

  /** valueOf(p, pop, other) of each prefix p of `of(pop)`, same positions; undefined without valueOf. */
  valuesAt(pop: number, other: number): readonly number[] | undefined {
    const valueOf = this.valueOf;
    if (!valueOf) return undefined;
    const index = pop * this.popCount + other;
    let values = this.values[index];
    if (!values) {
      values = this.lists[pop].map((p) => valueOf(p, pop, other));
      this.values[index] = values;
      this.kept[pop].push(other);
    }
    return values;
  }

  move(prefix: number, from: number, to: number): void {
    const at = this.slot[prefix];
    const list = this.lists[from];
    const demands = this.demands[from];
    const last = list.pop()!;
    const lastDemand = demands.pop()!;
    if (last !== prefix) {
      list[at] = last;
      demands[at] = lastDemand;
      this.slot[last] = at;
    }
    for (const other of this.kept[from]) {
      const values = this.values[from * this.popCount + other]!;
      const lastValue = values.pop()!;
      if (last !== prefix) values[at] = lastValue;
    }
    this.slot[prefix] = this.lists[to].length;
    this.lists[to].push(prefix);
    this.demands[to].push(this.demand[prefix]);
    for (const other of this.kept[to]) this.values[to * this.popCount + other]!.push(this.valueOf!(prefix, to, other));
  }
}
