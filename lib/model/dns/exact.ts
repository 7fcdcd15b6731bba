import { Problem } from "./problem";

/**
 * Optimal assignment by depth-first branch and bound: prefixes by decreasing demand, each
 * tried at its POPs by increasing latency (then name); a branch is cut when its cost plus
 * every remaining prefix at its nearest POP cannot beat the best found. Exponential in the
 * worst case: meant for a dozen prefixes. Returns undefined when no assignment fits.
 */
export function branchAndBound(problem: Problem): Int32Array | undefined {
  const { demand, capacity, latency, epsilon } = problem;
  const popCount = capacity.length;
  const order = Array.from(demand.keys()).sort((a, b) => demand[b] - demand[a] || a - b);
  const choices = order.map((p) =>
    Array.from(capacity.keys())
      .filter((k) => latency[p * popCount + k] !== Infinity)
      .sort((a, b) => latency[p * popCount + a] - latency[p * popCount + b] || a - b),
  );
  const rest = new Float64Array(order.length + 1);
  for (let i = order.length - 1; i >= 0; i--) {
    rest[i] = rest[i + 1] + demand[order[i]] * latency[order[i] * popCount + choices[i][0]];
  }

  const room = Float64Array.from(capacity);
  const current = new Int32Array(demand.length);
  let best: Int32Array | undefined;
  let bestCost = Infinity;
  const search = (depth: number, cost: number): void => {
    if (cost + rest[depth] >= bestCost - epsilon) return;
    if (depth === order.length) {
      best = Int32Array.from(current);
      bestCost = cost;
      return;
    }
    const p = order[depth];
    for (const k of choices[depth]) {
      if (room[k] + epsilon < demand[p]) continue;
      room[k] -= demand[p];
      current[p] = k;
      search(depth + 1, cost + demand[p] * latency[p * popCount + k]);
      room[k] += demand[p];
    }
  };
  search(0, 0);
  return best;
}
