import { MapState } from "./repair-state";

/** Most max-flow rounds before the chain search takes over what is left. */
export const FLOW_ROUNDS = 20;
/** The flow keeps POPs × POPs arc widths (and the search (POPs + 2)² residuals): beyond this many POPs it is skipped. */
const MAX_FLOW_POPS = 2_000;

/**
 * One round of moving overload in bulk: a max flow over POPs from the overloaded ones (their
 * overload) to those with room (their room), through arcs u → j as wide as the demand of u's
 * prefixes that reach j, realized by moving u's prefixes to j, least added latency per unit
 * first, until the moved demand covers the arc's flow (whole prefixes overshoot a little; the
 * next round or a chain takes that up). Returns whether the total overload fell.
 */
export function routeOverload(map: MapState): boolean {
  const { demand, start, pop, cost, epsilon, capacity } = map.problem;
  const popCount = capacity.length;
  const before = totalOverload(map.room, epsilon);
  if (before === 0 || popCount > MAX_FLOW_POPS) return false;
  const width = new Float64Array(popCount * popCount);
  for (let u = 0; u < popCount; u++) {
    for (const q of map.members[u]) {
      for (let e = start[q]; e < start[q + 1]; e++) if (pop[e] !== u) width[u * popCount + pop[e]] += demand[q];
    }
  }
  const flow = maxFlow(popCount, width, map.room, epsilon);
  for (let u = 0; u < popCount; u++) {
    const targets = new Map<number, { readonly prefix: number; readonly entry: number; readonly perUnit: number }[]>();
    for (let j = 0; j < popCount; j++) if (flow[u * popCount + j] > epsilon) targets.set(j, []);
    if (targets.size === 0) continue;
    for (const q of map.members[u]) {
      for (let e = start[q]; e < start[q + 1]; e++) targets.get(pop[e])?.push({ prefix: q, entry: e, perUnit: cost[e] - cost[map.at[q]] });
    }
    const moved = new Set<number>();
    for (const [j, candidates] of targets) {
      let owed = flow[u * popCount + j];
      candidates.sort((a, b) => a.perUnit - b.perUnit || a.prefix - b.prefix);
      for (const { prefix, entry } of candidates) {
        if (owed <= epsilon) break;
        if (moved.has(prefix)) continue;
        moved.add(prefix);
        owed -= demand[prefix];
        map.move(prefix, entry);
      }
    }
  }
  return totalOverload(map.room, epsilon) < before - epsilon;
}

function totalOverload(room: Float64Array, epsilon: number): number {
  let total = 0;
  for (const r of room) if (r < -epsilon) total -= r;
  return total;
}

/** Augmenting paths per round at most: a round's flow need not be maximal, only useful. */
const MAX_AUGMENTATIONS = 1_000;

/**
 * Max flow (Edmonds–Karp, up to MAX_AUGMENTATIONS paths) from every POP with room < 0
 * (supplying its overload) to every POP with room > 0 (taking up to its room) through arcs
 * u → j of `width[u × n + j]`. Returns the flow on each arc.
 */
function maxFlow(n: number, width: Float64Array, room: Float64Array, epsilon: number): Float64Array {
  const source = n;
  const sink = n + 1;
  const size = n + 2;
  const residual = new Float64Array(size * size);
  for (let u = 0; u < n; u++) {
    for (let j = 0; j < n; j++) residual[u * size + j] = width[u * n + j];
    if (room[u] < -epsilon) residual[source * size + u] = -room[u];
    if (room[u] > epsilon) residual[u * size + sink] = room[u];
  }
  const parent = new Int32Array(size);
  for (let path = 0; path < MAX_AUGMENTATIONS; path++) {
    parent.fill(-1);
    parent[source] = source;
    const queue = [source];
    for (let head = 0; head < queue.length && parent[sink] < 0; head++) {
      const u = queue[head];
      for (let v = 0; v < size; v++) {
        if (parent[v] < 0 && residual[u * size + v] > epsilon) {
          parent[v] = u;
          queue.push(v);
        }
      }
    }
    if (parent[sink] < 0) break;
    let push = Infinity;
    for (let v = sink; v !== source; v = parent[v]) push = Math.min(push, residual[parent[v] * size + v]);
    for (let v = sink; v !== source; v = parent[v]) {
      residual[parent[v] * size + v] -= push;
      residual[v * size + parent[v]] += push;
    }
  }
  const flow = new Float64Array(n * n);
  for (let u = 0; u < n; u++) for (let j = 0; j < n; j++) flow[u * n + j] = Math.max(0, width[u * n + j] - residual[u * size + j]);
  return flow;
}
