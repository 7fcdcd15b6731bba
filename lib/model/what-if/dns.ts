import { EdgeConfigError } from "../../errors";
import { DnsMapInput, DnsMapPop, solveDnsMap } from "../dns-map";

/** Extra milliseconds a prefix "costs" when it leaves its current POP: keeps unaffected users where they are. */
export const DEFAULT_MOVE_PENALTY_MS = 15;

/** A change to the set of POPs of a DNS map. */
export type PopChange =
  /** Take the POP out of DNS answers (maintenance, failure). */
  | { readonly kind: "drain"; readonly pop: string }
  /**
   * A new POP with its capacity and its measured latency from each prefix (prefixes missing
   * from `latencyMs` cannot reach it).
   */
  | { readonly kind: "add"; readonly pop: DnsMapPop; readonly latencyMs: Readonly<Record<string, number>> }
  /** Change a POP's capacity (e.g. half of its racks out). */
  | { readonly kind: "capacity"; readonly pop: string; readonly capacity: number };

/** Load and latency of one POP, before or after. */
export interface PopState {
  readonly prefixes: number;
  readonly demand: number;
  readonly capacity: number;
  /** demand / capacity. */
  readonly utilization: number;
}

/** Demand-weighted latency of all users. */
export interface LatencyState {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly meanMs: number;
}

/** One prefix that changes POP. */
export interface PrefixMove {
  readonly cidr: string;
  readonly demand: number;
  readonly from: string;
  readonly to: string;
  readonly latencyBeforeMs: number;
  readonly latencyAfterMs: number;
}

/** What a POP change does to the DNS map. */
export interface PopWhatIf {
  readonly change: PopChange;
  readonly prefixesMoved: number;
  readonly demandMoved: number;
  /** demandMoved / total demand. */
  readonly demandMovedShare: number;
  readonly moves: readonly PrefixMove[];
  readonly latency: { readonly before: LatencyState; readonly after: LatencyState };
  /** Per POP (name order); a drained POP has `after` undefined, an added one `before` undefined. */
  readonly pops: readonly { readonly name: string; readonly before?: PopState; readonly after?: PopState }[];
  /** POPs above 100 % of capacity after the change (the solver never overloads; a map that cannot fit throws instead). */
  readonly overloads: readonly string[];
  /** POPs above `hotUtilization` (default 90 %) after the change. */
  readonly hot: readonly string[];
}

/** Options of {@link whatIfPop}. */
export interface PopWhatIfOptions {
  /** @default DEFAULT_MOVE_PENALTY_MS */
  readonly movePenaltyMs?: number;
  /** @default 0.9 */
  readonly hotUtilization?: number;
  /** Assignment live now (CIDR → POP); @default - solveDnsMap(input) */
  readonly current?: Readonly<Record<string, string>>;
  /** @default "whatIf" */
  readonly path?: string;
}

/**
 * Re-solves the DNS map after a POP change and reports who moves and what it costs.
 * The solve gets the current map as `previous` with `movePenaltyMs` (solveDnsMap's stability
 * option), so the answer is the smallest disruption the capacities allow, not a fresh map that
 * reshuffles unaffected users. Latencies reported are the measured ones (without the penalty).
 * Deterministic.
 */
export function whatIfPop(input: DnsMapInput, change: PopChange, options: PopWhatIfOptions = {}): PopWhatIf {
  const path = options.path ?? "whatIf";
  const penalty = options.movePenaltyMs ?? DEFAULT_MOVE_PENALTY_MS;
  const current = options.current ?? solveDnsMap(input, { path }).assignment;
  const next = changedInput(input, change, path);
  const after = solveDnsMap(next, { path, previous: current, movePenaltyMs: penalty }).assignment;

  const demandOf = new Map(input.prefixes.map((p) => [p.cidr, p.demand]));
  const moves: PrefixMove[] = [];
  for (const [cidr, to] of Object.entries(after)) {
    const from = current[cidr];
    if (from === to) continue;
    moves.push({
      cidr,
      demand: demandOf.get(cidr) ?? 0,
      from,
      to,
      latencyBeforeMs: input.latencyMs[cidr]?.[from] ?? NaN,
      latencyAfterMs: next.latencyMs[cidr]?.[to] ?? NaN,
    });
  }
  const totalDemand = input.prefixes.reduce((sum, p) => sum + p.demand, 0);
  const demandMoved = moves.reduce((sum, m) => sum + m.demand, 0);
  const beforeStates = popStates(input, current);
  const afterStates = popStates(next, after);
  const names = [...new Set([...beforeStates.keys(), ...afterStates.keys()])].sort();
  const hotLimit = options.hotUtilization ?? 0.9;
  return {
    change,
    prefixesMoved: moves.length,
    demandMoved,
    demandMovedShare: totalDemand === 0 ? 0 : demandMoved / totalDemand,
    moves,
    latency: { before: latencyState(input, current), after: latencyState(next, after) },
    pops: names.map((name) => ({ name, before: beforeStates.get(name), after: afterStates.get(name) })),
    overloads: names.filter((n) => (afterStates.get(n)?.utilization ?? 0) > 1 + 1e-9),
    hot: names.filter((n) => (afterStates.get(n)?.utilization ?? 0) > hotLimit),
  };
}

function changedInput(input: DnsMapInput, change: PopChange, path: string): DnsMapInput {
  const names = input.pops.map((p) => p.name);
  switch (change.kind) {
    case "drain": {
      if (!names.includes(change.pop)) throw new EdgeConfigError(path, "drain names an unknown POP", change.pop, `one of ${names.join(", ")}`);
      if (names.length === 1) throw new EdgeConfigError(path, "cannot drain the only POP", change.pop, "a platform with two or more POPs");
      const latencyMs = Object.fromEntries(
        Object.entries(input.latencyMs).map(([cidr, row]) => [cidr, Object.fromEntries(Object.entries(row).filter(([pop]) => pop !== change.pop))]),
      );
      return { prefixes: input.prefixes, pops: input.pops.filter((p) => p.name !== change.pop), latencyMs };
    }
    case "add": {
      if (names.includes(change.pop.name)) throw new EdgeConfigError(path, "add names a POP that exists", change.pop.name, `a new name (not ${names.join(", ")})`);
      const known = new Set(input.prefixes.map((p) => p.cidr));
      for (const cidr of Object.keys(change.latencyMs)) {
        if (!known.has(cidr)) throw new EdgeConfigError(path, "the new POP's latencyMs names an unknown prefix", cidr, "CIDRs of the DNS map's prefixes");
      }
      const latencyMs = Object.fromEntries(
        input.prefixes.map((p) => [p.cidr, change.latencyMs[p.cidr] === undefined ? { ...input.latencyMs[p.cidr] } : { ...input.latencyMs[p.cidr], [change.pop.name]: change.latencyMs[p.cidr] }]),
      );
      return { prefixes: input.prefixes, pops: [...input.pops, change.pop], latencyMs };
    }
    case "capacity": {
      if (!names.includes(change.pop)) throw new EdgeConfigError(path, "capacity change names an unknown POP", change.pop, `one of ${names.join(", ")}`);
      return { ...input, pops: input.pops.map((p) => (p.name === change.pop ? { name: p.name, capacity: change.capacity } : p)) };
    }
  }
}

function popStates(input: DnsMapInput, assignment: Readonly<Record<string, string>>): Map<string, PopState> {
  const demandOf = new Map(input.prefixes.map((p) => [p.cidr, p.demand]));
  const states = new Map<string, { prefixes: number; demand: number; capacity: number }>();
  for (const pop of input.pops) states.set(pop.name, { prefixes: 0, demand: 0, capacity: pop.capacity });
  for (const [cidr, pop] of Object.entries(assignment)) {
    const state = states.get(pop);
    if (!state) continue;
    state.prefixes++;
    state.demand += demandOf.get(cidr) ?? 0;
  }
  return new Map([...states].map(([name, s]) => [name, { ...s, utilization: s.demand / s.capacity }]));
}

/** Demand-weighted percentiles of the measured latency of each prefix at its assigned POP. */
export function latencyState(input: DnsMapInput, assignment: Readonly<Record<string, string>>): LatencyState {
  const served = input.prefixes
    .map((p) => ({ demand: p.demand, ms: input.latencyMs[p.cidr]?.[assignment[p.cidr]] ?? NaN }))
    .sort((a, b) => a.ms - b.ms);
  const total = served.reduce((sum, s) => sum + s.demand, 0);
  if (total === 0) return { p50Ms: 0, p95Ms: 0, meanMs: 0 };
  const percentile = (q: number): number => {
    let cumulative = 0;
    for (const s of served) {
      cumulative += s.demand;
      if (cumulative >= q * total) return s.ms;
    }
    return served[served.length - 1].ms;
  };
  const mean = served.reduce((sum, s) => sum + s.demand * s.ms, 0) / total;
  return { p50Ms: percentile(0.5), p95Ms: percentile(0.95), meanMs: Math.round(mean * 10) / 10 };
}
