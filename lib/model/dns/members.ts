/**
 * Which prefixes each POP serves, with O(1) moves. Each list keeps its prefixes' demands beside
 * it and, given `valuesOf`, one value per POP of the platform: a prefix's values are worked
 * out when it joins a list, so a scan over a list reads them in order instead of looking them up.
 */
export class PopMembers {
  private readonly lists: number[][];
  private readonly demands: number[][];
  private readonly slot: Int32Array;
  /** values[k × POPs + f][i] = valuesOf(lists[k][i], k)[f]. */
  private readonly values: number[][] | undefined;

  constructor(
    assignment: Int32Array,
    private readonly popCount: number,
    private readonly demand: Float64Array,
    private readonly valuesOf?: (prefix: number, pop: number) => ArrayLike<number>,
  ) {
    this.lists = Array.from({ length: popCount }, () => []);
    this.demands = Array.from({ length: popCount }, () => []);
    this.values = valuesOf ? Array.from({ length: popCount * popCount }, () => []) : undefined;
    this.slot = new Int32Array(assignment.length);
    assignment.forEach((k, p) => this.append(p, k));
  }

  of(pop: number): readonly number[] {
    return this.lists[pop];
  }

  /** Demand of each prefix of `of(pop)`, same positions. */
  demandsOf(pop: number): readonly number[] {
    return this.demands[pop];
  }

  /** valuesOf(p, pop)[other] of each prefix p of `of(pop)`, same positions; undefined without valuesOf. */
  valuesAt(pop: number, other: number): readonly number[] | undefined {
    return this.values?.[pop * this.popCount + other];
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
    if (this.values) {
      for (let f = 0, base = from * this.popCount; f < this.popCount; f++) {
        const values = this.values[base + f];
        const lastValue = values.pop()!;
        if (last !== prefix) values[at] = lastValue;
      }
    }
    this.append(prefix, to);
  }

  private append(prefix: number, pop: number): void {
    this.slot[prefix] = this.lists[pop].length;
    this.lists[pop].push(prefix);
    this.demands[pop].push(this.demand[prefix]);
    if (this.values) {
      const row = this.valuesOf!(prefix, pop);
      for (let f = 0, base = pop * this.popCount; f < this.popCount; f++) this.values[base + f].push(row[f]);
    }
  }
}
