import { Problem } from "./problem";

/** Most improvement passes over all prefixes. */
const MAX_PASSES = 50;


/**
 * Returns a copy of `start` improved by first-improvement local search until no move helps:
 * move a prefix to a POP with room and lower latency (the best such POP), else swap it with a
 * prefix at a POP it prefers when both fit after the exchange (the best such partner).
 * Every applied step lowers Σ demand × latency by more than `problem.epsilon`, and capacities
 * hold throughout. A prefix found stuck is skipped until its own POP or a POP it prefers
 * changes. Deterministic: prefixes in CIDR order, POPs in name order.
 */
export function improve(problem: Problem, start: Int32Array): Int32Array {
  const assignment = Int32Array.from(start);
  const { demand, capacity, latency, epsilon } = problem;
  const popCount = capacity.length;
  const prefixCount = demand.length;
  const room = Float64Array.from(capacity);
  for (let p = 0; p < prefixCount; p++) room[assignment[p]] -= demand[p];
  const members = new PopMembers(assignment, popCount);
  let clock = 1;
  const changedAt = new Float64Array(popCount).fill(clock);
  const checkedAt = new Float64Array(prefixCount);
  const touch = (a: number, b: number): void => {
    clock++;
    changedAt[a] = clock;
    changedAt[b] = clock;
  };

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (let p = 0; p < prefixCount; p++) {
      const from = assignment[p];
      const d = demand[p];
      const row = p * popCount;
      const here = latency[row + from];
      let stale = changedAt[from] > checkedAt[p];
      for (let k = 0; k < popCount && !stale; k++) stale = latency[row + k] < here && changedAt[k] > checkedAt[p];
      if (!stale) continue;
      checkedAt[p] = clock;
      let moveTo = -1;
      let moveGain = epsilon;
      for (let k = 0; k < popCount; k++) {
        const gain = d * (here - latency[row + k]);
        if (gain > moveGain && room[k] + epsilon >= d) {
          moveTo = k;
          moveGain = gain;
        }
      }
      if (moveTo >= 0) {
        room[from] += d;
        room[moveTo] -= d;
        assignment[p] = moveTo;
        members.move(p, from, moveTo);
        touch(from, moveTo);
        improved = true;
        continue;
      }
      let partner = -1;
      let partnerPop = -1;
      let swapGain = epsilon;
      for (let k = 0; k < popCount; k++) {
        const ownGain = d * (here - latency[row + k]);
        if (!(ownGain > 0)) continue;
        const list = members.of(k);
        for (let i = 0; i < list.length; i++) {
          const q = list[i];
          const dq = demand[q];
          const gain = ownGain + dq * (latency[q * popCount + k] - latency[q * popCount + from]);
          if (gain > swapGain && room[from] + d - dq + epsilon >= 0 && room[k] + dq - d + epsilon >= 0) {
            partner = q;
            partnerPop = k;
            swapGain = gain;
          }
        }
      }
      if (partner >= 0) {
        const dq = demand[partner];
        room[from] += d - dq;
        room[partnerPop] += dq - d;
        assignment[p] = partnerPop;
        assignment[partner] = from;
        members.move(p, from, partnerPop);
        members.move(partner, partnerPop, from);
        touch(from, partnerPop);
        improved = true;
      }
    }
    if (!improved) break;
  }
  return assignment;
}

/** Which prefixes each POP serves, with O(1) moves. */
class PopMembers {
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
