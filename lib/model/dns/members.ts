/** Which prefixes each POP serves, with O(1) moves. */
export class PopMembers {
  private readonly lists: number[][];
  private readonly slot: Int32Array;

  constructor(assignment: Int32Array, popCount: number) {
    this.lists = Array.from({ length: popCount }, () => []);
    this.slot = new Int32Array(assignment.length);
    assignment.forEach((k, p) => {
      this.slot[p] = this.lists[k].length;
      this.lists[k].push(p);
    });
  }

  of(pop: number): readonly number[] {
    return this.lists[pop];
  }

  move(prefix: number, from: number, to: number): void {
    const list = this.lists[from];
    const last = list.pop()!;
    if (last !== prefix) {
      list[this.slot[prefix]] = last;
      this.slot[last] = this.slot[prefix];
    }
    this.slot[prefix] = this.lists[to].length;
    this.lists[to].push(prefix);
  }
}
