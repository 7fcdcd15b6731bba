import { Problem } from "./problem";
import { ChainSearch, Move } from "./repair-chains";
import { FLOW_ROUNDS, routeOverload } from "./repair-flow";
import { MapState } from "./repair-state";

/**
 * Latency entries the searches may read in all, per entry of the problem: every chain lowers
 * the total overload, but a huge input with much of it could otherwise take minutes to give up.
 */
const WORK_PER_ENTRY = 32;

/**
 * Turns an overloaded map (the spill construction's) into one within every capacity, when
 * whole prefixes allow. Sparse latency rows (each prefix reaching a few POPs) and tight
 * capacity make the greedy constructions miss maps that exist; this finds many. Steps:
 * 1. each overloaded POP sheds prefixes to POPs with room for them, cheapest first;
 * 2. with `bulk` (large overloads that chains move too slowly), up to FLOW_ROUNDS max-flow
 *    rounds route the overload through full POPs to POPs with room (repair-flow.ts);
 * 3. ejection chains (repair-chains.ts), one at a time from each overloaded POP in turn: a
 *    prefix moves off it; where it lands without room, a prefix at least as large as the
 *    shortfall moves on, until a POP with room takes the last — or the chain closes on the
 *    overloaded POP with a smaller prefix — or, when no chain ends in room, the one that leaves
 *    the least overload in all.
 * Returns the repaired copy, or undefined when some overload has no chain out or the work bound
 * is spent. Deterministic: POPs in index order, members in prefix order.
 */
export function repairOverload(problem: Problem, overloaded: Int32Array, bulk = false): Int32Array | undefined {
  const { capacity, pop, epsilon } = problem;
  const map = new MapState(problem, overloaded);
  for (let k = 0; k < capacity.length; k++) if (map.room[k] < -epsilon) shedDirectly(map, k);
  for (let round = 0; bulk && round < FLOW_ROUNDS && routeOverload(map); round++);
  const chain = new ChainSearch(map);
  for (;;) {
    let moves: Move[] | undefined;
    let overloaded = false;
    for (let k = 0; k < capacity.length && !moves; k++) {
      if (map.room[k] >= -epsilon) continue;
      overloaded = true;
      moves = chain.find(k);
    }
    if (!overloaded) return map.assignment;
    if (!moves || chain.work > WORK_PER_ENTRY * pop.length) return undefined;
    for (const { prefix, entry } of moves) map.move(prefix, entry);
  }
}

/**
 * The one-move chains out of overloaded POP `k` in one sweep (a chain search per prefix moved
 * reads the POP's whole member list each time, too slow when 10⁵ prefixes overload 40 POPs):
 * each member's cheapest move to a POP with room for it, least added latency per unit first,
 * until `k` fits or no such move is left.
 */
function shedDirectly(map: MapState, k: number): void {
  const { demand, start, pop, cost, epsilon } = map.problem;
  const candidates: { readonly prefix: number; readonly entry: number; readonly perUnit: number }[] = [];
  for (const q of map.members[k]) {
    let best = -1;
    for (let e = start[q]; e < start[q + 1]; e++) {
      if (pop[e] !== k && map.room[pop[e]] + epsilon >= demand[q] && (best < 0 || cost[e] < cost[best])) best = e;
    }
    if (best >= 0) candidates.push({ prefix: q, entry: best, perUnit: cost[best] - cost[map.at[q]] });
  }
  candidates.sort((a, b) => a.perUnit - b.perUnit || a.prefix - b.prefix);
  for (const { prefix, entry } of candidates) {
    if (map.room[k] >= -epsilon) return;
    if (map.room[pop[entry]] + epsilon >= demand[prefix]) map.move(prefix, entry);
  }
}
