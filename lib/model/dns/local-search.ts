import { PopMembers } from "./members";
import { Problem } from "./problem";

/** Most improvement passes over all prefixes. */
const MAX_PASSES = 50;
/** Swaps are tried with the prefixes at a prefix's nearest few POPs only: most gain, a tenth of the work. */
const SWAP_POPS = 4;

/**
 * Returns a copy of `start` improved by first-improvement local search until no step helps:
 * move a prefix to the nearest POP that is nearer than its own and has room, else swap it
 * with a prefix at one of its few nearest POPs when both fit after the exchange (the best
 * partner). Every step lowers Σ demand × latency by more than `problem.epsilon`, and
 * capacities hold throughout. A prefix found stuck is skipped until its own POP or a POP it
 * prefers changes. Deterministic: prefixes in CIDR order, POPs by latency, then name.
 */
export function improve(problem: Problem, start: Int32Array): Int32Array {
  const assignment = Int32Array.from(start);
  const { demand, capacity, latency, order, epsilon } = problem;
  const popCount = capacity.length;
  const prefixCount = demand.length;
  const room = Float64Array.from(capacity);
  for (let p = 0; p < prefixCount; p++) room[assignment[p]] -= demand[p];
  const members = new PopMembers(assignment, popCount);
  let clock = 1;
  const changedAt = new Float64Array(popCount).fill(clock);
  const checkedAt = new Float64Array(prefixCount);
  const apply = (p: number, to: number): void => {
    const from = assignment[p];
    room[from] += demand[p];
    room[to] -= demand[p];
    assignment[p] = to;
    members.move(p, from, to);
    changedAt[from] = changedAt[to] = ++clock;
  };

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (let p = 0; p < prefixCount; p++) {
      const from = assignment[p];
      const d = demand[p];
      const row = p * popCount;
      const here = latency[row + from];
      let better = row;
      let stale = changedAt[from] > checkedAt[p];
      for (; latency[row + order[better]] < here; better++) {
        if (changedAt[order[better]] > checkedAt[p]) stale = true;
      }
      if (!stale || d === 0) continue;
      checkedAt[p] = clock;

      let moveTo = row;
      while (moveTo < better && room[order[moveTo]] + epsilon < d) moveTo++;
      if (moveTo < better && d * (here - latency[row + order[moveTo]]) > epsilon) {
        apply(p, order[moveTo]);
        improved = true;
        continue;
      }

      let partner = -1;
      let swapGain = epsilon;
      for (let r = row; r < better && r < row + SWAP_POPS; r++) {
        const k = order[r];
        const ownGain = d * (here - latency[row + k]);
        const smallest = d - room[k] - epsilon;
        const largest = d + room[from] + epsilon;
        const list = members.of(k);
        for (let i = 0; i < list.length; i++) {
          const q = list[i];
          const dq = demand[q];
          if (dq < smallest || dq > largest) continue;
          const gain = ownGain + dq * (latency[q * popCount + k] - latency[q * popCount + from]);
          if (gain > swapGain) {
            partner = q;
            swapGain = gain;
          }
        }
      }
      if (partner >= 0) {
        const to = assignment[partner];
        apply(partner, from);
        apply(p, to);
        improved = true;
      }
    }
    if (!improved) break;
  }
  return assignment;
}
