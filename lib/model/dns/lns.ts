import { searchExact } from "./exact";
import { PopMembers } from "./members";
import { entriesAt, entryOf, Problem } from "./problem";

/** Prefixes re-placed together in one step. */
const SUBSET = 10;
/** POPs a step may use. */
const SUBSET_POPS = 5;
/** Most steps (one per badly served prefix, worst first). */
const ROUNDS = 200;
/** Branch-and-bound nodes per step. */
const NODES = 20000;
/** Branch-and-bound nodes for all steps together. */
const TOTAL_NODES = 50000;

/**
 * Large-neighbourhood search with exact repair, for what single moves and swaps cannot fix:
 * packing whole prefixes into full POPs. For each badly served prefix (largest
 * demand × (latency − nearest latency) first) it takes the POPs that prefix prefers plus its
 * own, the prefixes at those POPs that are cheapest to move elsewhere among them, and
 * re-places that group optimally by branch and bound while everything else stays put.
 * A step is applied only if it lowers the cost. Returns an improved copy of `start`, or
 * `start` itself when no step helped. `shareRankings` (the default) ranks the cheapest prefixes
 * to move once for all steps that take the same POPs: the same steps as ranking them per step.
 */
export function repack(problem: Problem, start: Int32Array, shareRankings = true): Int32Array {
  const { demand, capacity, start: rowStart, pop, cost, epsilon } = problem;
  const popCount = capacity.length;
  const assignment = Int32Array.from(start);
  const room = Float64Array.from(capacity);
  assignment.forEach((k, p) => (room[k] -= demand[p]));
  const members = new PopMembers(assignment, popCount, demand);
  /** Entry of each prefix's current POP. */
  const at = entriesAt(problem, assignment);
  const loss = (p: number): number => demand[p] * (cost[at[p]] - cost[rowStart[p]]);
  const initialLoss = Float64Array.from(demand.keys(), loss);
  const worst = Array.from(demand.keys())
    .filter((p) => initialLoss[p] > epsilon)
    .sort((a, b) => initialLoss[b] - initialLoss[a] || a - b)
    .slice(0, ROUNDS);

  let nodesLeft = TOTAL_NODES;
  let changed = false;
  // Steps often take the same POPs: the cheapest to move among them, ranked once, serve each
  // such step until a step moves something.
  const ranked = new Map<string, readonly number[] | undefined>();
  for (const p of worst) {
    if (nodesLeft <= 0) break;
    if (loss(p) <= epsilon) continue;
    const here = cost[at[p]];
    const pops = [assignment[p]];
    for (let r = rowStart[p]; cost[r] < here && pops.length < SUBSET_POPS; r++) pops.push(pop[r]);
    const key = pops.join();
    if (shareRankings && !ranked.has(key)) {
      const all = cheapestToMove(problem, members, at, pops, -1, SUBSET);
      ranked.set(key, all.ordered ? all.chosen : undefined);
    }
    const shared = ranked.get(key);
    const cheapest = shared ? shared.filter((q) => q !== p).slice(0, SUBSET - 1) : cheapestToMove(problem, members, at, pops, p, SUBSET - 1).chosen;
    const group = [p, ...cheapest];
    let incumbent = 0;
    for (const q of group) {
      incumbent += demand[q] * cost[at[q]];
      room[assignment[q]] += demand[q];
    }
    const { placement: placed, nodes } = searchExact(problem, { prefixes: group, pops, room, incumbent, nodeLimit: Math.min(NODES, nodesLeft) });
    nodesLeft -= nodes;
    changed ||= placed !== undefined;
    group.forEach((q, i) => {
      const to = placed ? placed[i] : assignment[q];
      room[to] -= demand[q];
      if (to !== assignment[q]) {
        ranked.clear();
        members.move(q, assignment[q], to);
        assignment[q] = to;
        at[q] = entryOf(problem, q, to);
      }
    });
  }
  return changed ? assignment : start;
}

/**
 * The `count` prefixes at `pops` (except `skip`) cheapest to move to their best other POP among
 * `pops` (`at`: each prefix's entry at its POP), by cost, then index. Once `count` are chosen, a
 * prefix's row is read only while the cost of moving it could still beat the dearest chosen.
 * `ordered` is false when a prefix of no demand with no other POP among `pops` came up: its
 * cost, NaN, has no place in that order (it lands where the scan meets it), so the top `count`
 * need not give the top `count − 1` without one of them.
 */
function cheapestToMove(problem: Problem, members: PopMembers, at: Int32Array, pops: readonly number[], skip: number, count: number): { readonly chosen: readonly number[]; readonly ordered: boolean } {
  const { demand, start, pop, cost: entryCost } = problem;
  const inGroup = new Uint8Array(problem.pops.length);
  for (const k of pops) inGroup[k] = 1;
  const chosen: number[] = [];
  const costs: number[] = [];
  let ordered = true;
  for (const k of pops) {
    for (const q of members.of(k)) {
      if (q === skip) continue;
      const own = entryCost[at[q]];
      const d = demand[q];
      const full = chosen.length === count;
      let alternative = Infinity;
      for (let r = start[q]; r < start[q + 1]; r++) {
        // Costs rise along the row: from here on the move costs at least d × (cost[r] − own).
        if (full && d * (entryCost[r] - own) > costs[count - 1]) break;
        if (pop[r] !== k && inGroup[pop[r]] === 1) {
          alternative = entryCost[r];
          break;
        }
      }
      const cost = d * (alternative - own);
      if (Number.isNaN(cost)) ordered = false;
      if (full && !(cost < costs[count - 1] || (cost === costs[count - 1] && q < chosen[count - 1]))) continue;
      let i = Math.min(chosen.length, count - 1);
      while (i > 0 && (costs[i - 1] > cost || (costs[i - 1] === cost && chosen[i - 1] > q))) {
        chosen[i] = chosen[i - 1];
        costs[i] = costs[i - 1];
        i--;
      }
      chosen[i] = q;
      costs[i] = cost;
    }
  }
  return { chosen, ordered };
}
