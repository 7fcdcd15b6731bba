/** Which prefixes each POP serves, with O(1) moves; each list keeps its prefixes' demands beside it. */
export class PopMembers {
  private readonly lists: number[][];
  private readonly demands: number[][];
  private readonly slot: Int32Array;

  constructor(
    assignment: Int32Array,
    popCount: number,
    private readonly demand: Float64Array,
  ) {
    this.lists = Array.from({ length: popCount }, () => []);
    this.demands = Array.from({ length: popCount }, () => []);
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

  move(prefix: number, from: number, to: number): void {
    const list = this.lists[from];
    const demands = this.demands[from];
    const last = list.pop()!;
    const lastDemand = demands.pop()!;
    if (last !== prefix) {
      list[this.slot[prefix]] = last;
      demands[this.slot[prefix]] = lastDemand;
      this.slot[last] = this.slot[prefix];
    }
    this.slot[prefix] = this.lists[to].length;
    this.lists[to].push(prefix);
    this.demands[to].push(this.demand[prefix]);
  }
}
