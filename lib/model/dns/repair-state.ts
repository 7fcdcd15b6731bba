import { entriesAt, Problem } from "./problem";

/** An assignment with each POP's room and members (in prefix order) and each prefix's entry. */
export class MapState {
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

function insertSorted(list: number[], value: number): void {
  let i = list.length;
  list.push(value);
  while (i > 0 && list[i - 1] > value) {
    list[i] = list[i - 1];
    i--;
  }
  list[i] = value;
}
