import { PopMembers } from "./members";
import { entriesAt, entryOf, Problem } from "./problem";

/** Most improvement passes over all prefixes. */
const MAX_PASSES = 50;
/** Swaps are tried with the prefixes at a prefix's nearest few POPs only: most gain, a tenth of the work. */
const SWAP_POPS = 4;
/**
 * Swap partners looked at per POP: without a cap a pass costs prefixes × (prefixes / POPs),
 * quadratic at 10⁶ prefixes. Shorter lists (every test instance) are scanned whole, longer
 * ones from a point that differs per prefix.
 */
const SWAP_SCAN = 2048;
/**
 * Swap partners looked at in all passes together. Up to 10⁵ prefixes the search ends well
 * before; at 10⁶ the later passes, which gain little, keep to single moves.
 */
const SWAP_WORK = 100_000_000;
/** Problems up to this many prefixes × POPs get a dense cost table (8 bytes an entry) for the swap partners' gains. */
const DENSE_ENTRIES = 1 << 22;

/**
 * Returns a copy of `start` improved by first-improvement local search until no step helps:
 * move a prefix to the nearest POP that is nearer than its own and has room, else swap it
 * with a prefix at one of its few nearest POPs when both fit after the exchange (the best
 * partner). Every step lowers Σ demand × latency by more than `problem.epsilon`, and
 * capacities hold throughout. A prefix found stuck is skipped until its own POP or a POP it
 * prefers changes. Deterministic: prefixes in CIDR order, POPs by latency, then name. Partners
 * are bounded (SWAP_SCAN per POP, SWAP_WORK in all) so 10⁶ prefixes stay near-linear.
 * `denseLookups` (the default up to DENSE_ENTRIES prefixes × POPs) keeps, beside each POP's
 * member list and for each POP a prefix there would swap from, what each member gains moving
 * there (from a dense cost table, the first time that pair is scanned), instead of walking the
 * partner's row for it: the same steps.
 */
export function improve(problem: Problem, start: Int32Array, denseLookups = problem.demand.length * problem.pops.length <= DENSE_ENTRIES): Int32Array {
  const assignment = Int32Array.from(start);
  const { demand, capacity, start: rowStart, pop, cost, epsilon } = problem;
  const popCount = capacity.length;
  const prefixCount = demand.length;
  const room = Float64Array.from(capacity);
  for (let p = 0; p < prefixCount; p++) room[assignment[p]] -= demand[p];
  /** Entry of each prefix's current POP, and its cost (kept apart: the swap scan reads it for every partner it looks at). */
  const at = entriesAt(problem, assignment);
  const costHere = Float64Array.from(at, (e) => cost[e]);
  const members = new PopMembers(assignment, popCount, demand, denseLookups ? movingGain(problem) : undefined);
  let clock = 1;
  const changedAt = new Float64Array(popCount).fill(clock);
  const checkedAt = new Float64Array(prefixCount);
  const apply = (p: number, entry: number): void => {
    const from = assignment[p];
    const to = pop[entry];
    room[from] += demand[p];
    room[to] -= demand[p];
    assignment[p] = to;
    at[p] = entry;
    costHere[p] = cost[entry];
    members.move(p, from, to);
    changedAt[from] = changedAt[to] = ++clock;
  };

  let swapWork = SWAP_WORK;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (let p = 0; p < prefixCount; p++) {
      const from = assignment[p];
      const d = demand[p];
      const row = rowStart[p];
      const here = costHere[p];
      let better = row;
      let stale = changedAt[from] > checkedAt[p];
      for (; cost[better] < here; better++) {
        if (changedAt[pop[better]] > checkedAt[p]) stale = true;
      }
      if (!stale || d === 0) continue;
      checkedAt[p] = clock;

      let moveTo = row;
      while (moveTo < better && room[pop[moveTo]] + epsilon < d) moveTo++;
      if (moveTo < better && d * (here - cost[moveTo]) > epsilon) {
        apply(p, moveTo);
        improved = true;
        continue;
      }

      if (swapWork <= 0) continue;
      let partner = -1;
      let ownEntry = -1;
      let swapGain = epsilon;
      for (let r = row; r < better && r < row + SWAP_POPS; r++) {
        const k = pop[r];
        const ownGain = d * (here - cost[r]);
        const smallest = d - room[k] - epsilon;
        const largest = d + room[from] + epsilon;
        const list = members.of(k);
        const demands = members.demandsOf(k);
        const gains = members.valuesAt(k, from);
        // A long list is scanned from a point that differs per prefix, so its whole length gets looked at over a pass.
        const length = list.length;
        const scan = Math.min(length, SWAP_SCAN);
        swapWork -= scan;
        const first = length > SWAP_SCAN ? (p * 40503) % length : 0;
        for (let n = 0, i = first; n < scan; n++, i = i + 1 === length ? 0 : i + 1) {
          const dq = demands[i];
          if (dq < smallest || dq > largest) continue;
          if (gains) {
            // The walk below, in one read: it reaches q's entry at `from` exactly when that entry wins.
            const gain = ownGain + gains[i];
            if (gain > swapGain) {
              partner = list[i];
              ownEntry = r;
              swapGain = gain;
            }
            continue;
          }
          const q = list[i];
          const there = costHere[q];
          // q's row is by cost, so the gain only falls along it: stop at the first entry that cannot win.
          for (let e = rowStart[q]; e < rowStart[q + 1]; e++) {
            const gain = ownGain + dq * (there - cost[e]);
            if (!(gain > swapGain)) break;
            if (pop[e] !== from) continue;
            partner = q;
            ownEntry = r;
            swapGain = gain;
            break;
          }
        }
      }
      if (partner >= 0) {
        apply(partner, entryOf(problem, partner, from));
        apply(p, ownEntry);
        improved = true;
      }
    }
    if (!improved) break;
  }
  return assignment;
}

/**
 * What moving prefix q from POP k to POP f gains: demand × (cost at k − cost at f), −Infinity
 * where f cannot serve it (NaN if q has no demand either) — the product the row walk forms —
 * from a dense prefixes × POPs cost table.
 */
function movingGain(problem: Problem): (q: number, k: number, f: number) => number {
  const { start, pop, cost, demand } = problem;
  const popCount = problem.pops.length;
  const dense = new Float64Array(demand.length * popCount).fill(Infinity);
  for (let p = 0; p < demand.length; p++) {
    for (let e = start[p]; e < start[p + 1]; e++) dense[p * popCount + pop[e]] = cost[e];
  }
  return (q, k, f) => demand[q] * (dense[q * popCount + k] - dense[q * popCount + f]);
}
