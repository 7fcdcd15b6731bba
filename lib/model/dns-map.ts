import { EdgeConfigError } from "../errors";
import { nearestAssign, regretAssign } from "./dns/construct";
import { branchAndBound, searchFit } from "./dns/exact";
import { repack } from "./dns/lns";
import { improve } from "./dns/local-search";
import { LowerBound, lowerBound } from "./dns/lower-bound";
import { repairOverload } from "./dns/repair";
import { buildProblem, DnsMapColumns, DnsMapInput, entryOf, Problem } from "./dns/problem";
import { buildReport, DnsMap } from "./dns/report";
import { validateDnsMapInput } from "../validation/model-entry";
import { movesOf, overloadOf } from "./dns/stability";

export type { DnsMapColumns, DnsMapInput, DnsMapPop, DnsMapPrefix, LatencyColumns, LatencyMatrix } from "./dns/problem";
export type { DnsMap, LatencySummary, PopLoad } from "./dns/report";
export type { DnsMapMoves, DnsMapOverload } from "./dns/stability";

/** Subgradient iterations of the Lagrangian bound; its prices also guide the construction. */
const BOUND_ITERATIONS = 150;
/** A map further than this above the bound sends the bound after it again (see reaim). */
const REAIM_GAP = 0.02;
/** Iterations of that second run, from the first run's best prices. */
const REAIM_ITERATIONS = 50;
/** A map this close to the bound is not polished after the second aim. */
const SETTLED_GAP = 1e-4;

/** Options of the DNS map solvers. */
export interface DnsMapOptions {
  /**
   * Construct path or caller named in errors.
   * @default "dnsMap"
   */
  readonly path?: string;
}

/** Options of {@link solveDnsMap}. */
export interface SolveDnsMapOptions extends DnsMapOptions {
  /**
   * The map in service now (CIDR → POP name, e.g. the last `assignment`). With a
   * `movePenaltyMs`, a prefix leaves its previous POP only when that gains more than the
   * penalty per unit of demand; the report counts what moved either way.
   * @default - no previous map: nothing is counted as moved
   */
  readonly previous?: Readonly<Record<string, string>>;
  /**
   * Cost, in ms of latency, of moving a prefix off its previous POP (cache warmth, connection
   * churn, a change to review). 0 re-solves from scratch.
   * @default 0
   */
  readonly movePenaltyMs?: number;
  /**
   * When whole prefixes cannot fit the POP capacities: `refuse` throws (naming total demand
   * and capacity); `spill` overloads POPs, sending each prefix that finds no room to the
   * reachable POP left least utilized, and reports the overload per POP.
   * @default "refuse"
   */
  readonly onShortCapacity?: "refuse" | "spill";
}

/** Options of {@link exactAssign}. */
export interface ExactAssignOptions extends DnsMapOptions {
  /**
   * Most prefixes accepted: the search is exponential.
   * @default 12
   */
  readonly maxPrefixes?: number;
}

/**
 * Assigns every client prefix, whole, to one POP so that Σ demand × latency is small and no
 * POP takes more demand than its capacity — the decision a Cartographer-style DNS map makes.
 * Subgradient ascent on a Lagrangian bound prices each POP's capacity; regret greedy (most to
 * lose goes first) on latency + price builds a map; move/swap local search polishes it, and
 * exact re-packing of small groups fixes what single moves cannot. When no greedy pass finds
 * a map (sparse rows, tight capacity), ejection chains repair the spilled one, or a bounded
 * exact search finds one, or max-flow rounds route a large overload (lib/model/dns/repair.ts),
 * before the input is refused; when there was no greedy map or the map is over 2 % above the
 * bound, the bound is aimed again at the map and the construction re-run (docs/dns-map.md).
 * The report carries the lower bound, so `gap` bounds the distance from optimal.
 * Deterministic: ties go by latency, then POP name, then CIDR order. Takes the object form or
 * columns (see DnsMapColumns) and gives the same map for both; 100,000 prefixes × 100 POPs
 * (20–30 reachable each) solve in about 1.5 s of CPU (bench/dns.bench.ts).
 */
export function solveDnsMap(input: DnsMapInput | DnsMapColumns, options: SolveDnsMapOptions = {}): DnsMap {
  validateDnsMapInput(options?.path ?? "dnsMap", input, options);
  const path = options.path ?? "dnsMap";
  const penalty = options.movePenaltyMs ?? 0;
  if (typeof penalty !== "number" || !Number.isFinite(penalty) || penalty < 0) {
    throw new EdgeConfigError(path, "movePenaltyMs is invalid", penalty, "a finite penalty ≥ 0 ms");
  }
  const spill = options.onShortCapacity === "spill";
  const problem = buildProblem(input, path, { previous: options.previous, movePenaltyMs: penalty, spill });
  const greedy = nearestAssign(problem);
  const baseline = "assignment" in greedy ? greedy.assignment : undefined;
  const fits = problem.totalDemand <= problem.capacity.reduce((a, b) => a + b, 0);
  const baselineCost = baseline ? costOf(problem, baseline) : Infinity;
  const bounds = lowerBound(problem, baseline ? baselineCost : worstCost(problem), BOUND_ITERATIONS);
  const start = fits ? (regretAssign(problem, bounds.prices) ?? regretAssign(problem, new Float64Array(problem.pops.length)) ?? baseline) : undefined;
  const settled = start && baseline ? settleEarly(problem, bounds, start, baselineCost) : undefined;
  let solvedBounds = settled?.bounds ?? bounds;
  let best = settled?.assignment ?? (start && polish(problem, start));
  const spilled = best ? undefined : regretAssign(problem, bounds.prices, true)!;
  if (spilled && fits) {
    // With sparse rows and tight capacity a map may exist that no greedy pass found.
    const found = repairOverload(problem, spilled) ?? searchFit(problem) ?? repairOverload(problem, spilled, true);
    best = found && polish(problem, found);
  }
  // Without a greedy map the bound aimed at every prefix's farthest POP, and a wide gap says
  // it stalled short of the LP optimum: aim it again at the map found, construct again.
  const bestCost = best ? costOf(problem, best) : Infinity;
  if (best && !settled && (!baseline || bestCost > (1 + REAIM_GAP) * bounds.lagrangian)) {
    const again = reaim(problem, bounds, best, bestCost);
    best = again.assignment;
    solvedBounds = again.bounds;
  }
  if (!best && spill && spilled) {
    // Solve within the capacities the spilled map needs, so the POPs it overloads take no more.
    const needed = Float64Array.from(problem.capacity);
    const load = new Float64Array(problem.pops.length);
    spilled.forEach((k, p) => (load[k] += problem.demand[p]));
    load.forEach((l, k) => (needed[k] = Math.max(needed[k], l)));
    const solved = { ...problem, capacity: needed };
    solvedBounds = lowerBound(solved, costOf(solved, spilled), BOUND_ITERATIONS);
    best = polish(solved, spilled);
  }
  if (!best) throw noFit(problem, "found no assignment");
  const report = buildReport(problem, best, solvedBounds);
  const moves = options.previous ? { moves: movesOf(problem, best, options.previous) } : {};
  const overload = spill ? { overload: overloadOf(problem, best) } : {};
  return { ...report, ...moves, ...overload };
}

/**
 * The baseline: prefixes in CIDR order, each to its nearest POP that still has room (POP ties
 * by name). What a latency-only map does when it spills overflow to the next POP.
 */
export function greedyNearestAssign(input: DnsMapInput, options: DnsMapOptions = {}): DnsMap {
  validateDnsMapInput(options?.path ?? "dnsMap", input, options);
  const problem = buildProblem(input, options.path ?? "dnsMap");
  const result = nearestAssign(problem);
  if ("stuck" in result) {
    throw noFit(problem, `greedy nearest-POP assignment found no POP with room for ${problem.cidrs[result.stuck]}`);
  }
  return buildReport(problem, result.assignment, lowerBound(problem, costOf(problem, result.assignment), BOUND_ITERATIONS));
}

/**
 * The optimal assignment by branch and bound, for small inputs (tests measure the heuristic's
 * gap against it). Its `gap` shows how loose the lower bound is on this input.
 */
export function exactAssign(input: DnsMapInput, options: ExactAssignOptions = {}): DnsMap {
  validateDnsMapInput(options?.path ?? "dnsMap", input, options);
  const path = options.path ?? "dnsMap";
  const maxPrefixes = options.maxPrefixes ?? 12;
  if (input.prefixes.length > maxPrefixes) {
    throw new EdgeConfigError(path, "too many prefixes for an exact search", input.prefixes.length, `at most ${maxPrefixes} prefixes (use solveDnsMap)`);
  }
  const problem = buildProblem(input, path);
  const best = branchAndBound(problem);
  if (!best) throw noFit(problem, "no assignment exists");
  return buildReport(problem, best, lowerBound(problem, costOf(problem, best), BOUND_ITERATIONS));
}

/** Local search, then exact re-packing of small groups, then local search again if that changed anything. */
function polish(problem: Problem, start: Int32Array): Int32Array {
  const polished = improve(problem, start);
  const repacked = repack(problem, polished);
  return repacked === polished ? polished : improve(problem, repacked);
}

/**
 * When the map built on the bound's prices costs more than the latency-only greedy map (of
 * `baselineCost`) and is over REAIM_GAP above the bound, the prices misled it: the bound stalled
 * far off. Rather than polish that map and re-aim after (see reaim), the bound is re-aimed at
 * once, at the cheaper of the greedy map and the regret map without prices. The rebuilt map and
 * its bound are returned only when the map is settled (no polishing could gain more); otherwise
 * undefined, and the solve goes on as if this was not tried.
 */
function settleEarly(problem: Problem, first: LowerBound, start: Int32Array, baselineCost: number): Rebuilt | undefined {
  const startCost = costOf(problem, start);
  if (startCost <= baselineCost || startCost <= (1 + REAIM_GAP) * first.lagrangian) return undefined;
  const unpriced = regretAssign(problem, new Float64Array(problem.pops.length));
  const rebuilt = rebuild(problem, first, Math.min(baselineCost, unpriced ? costOf(problem, unpriced) : Infinity));
  return rebuilt.settled ? rebuilt : undefined;
}

/**
 * The bound continued for REAIM_ITERATIONS more iterations towards `map`'s cost and the regret
 * construction run on its prices, polished unless settled: the cheaper of that and `map`, and
 * the higher bound.
 */
function reaim(problem: Problem, first: LowerBound, map: Int32Array, mapCost: number): { assignment: Int32Array; bounds: LowerBound } {
  const { assignment: start, cost: startCost, settled, bounds } = rebuild(problem, first, mapCost);
  if (!start) return { assignment: map, bounds };
  const other = settled ? start : polish(problem, start);
  const otherCost = other === start ? startCost : costOf(problem, other);
  return { assignment: otherCost < mapCost - problem.epsilon ? other : map, bounds };
}

/** A regret map rebuilt on a re-aimed bound; settled: within SETTLED_GAP of that bound, where polishing could gain no more. */
interface Rebuilt {
  readonly assignment?: Int32Array;
  readonly cost: number;
  readonly settled: boolean;
  readonly bounds: LowerBound;
}

/** The bound continued from `first` for REAIM_ITERATIONS iterations aimed at `aim`, and the regret construction on its prices. */
function rebuild(problem: Problem, first: LowerBound, aim: number): Rebuilt {
  const bounds = lowerBound(problem, aim, REAIM_ITERATIONS, first);
  const assignment = regretAssign(problem, bounds.prices);
  const cost = assignment ? costOf(problem, assignment) : Infinity;
  return { assignment, cost, settled: cost <= (1 + SETTLED_GAP) * bounds.lagrangian, bounds };
}

function costOf(problem: Problem, assignment: Int32Array): number {
  let cost = 0;
  assignment.forEach((k, p) => (cost += problem.demand[p] * problem.cost[entryOf(problem, p, k)]));
  return cost;
}

/** Cost if every prefix went to its farthest reachable POP: a finite target for the bound's steps. */
function worstCost(problem: Problem): number {
  let cost = 0;
  problem.demand.forEach((d, p) => (cost += d * problem.cost[problem.start[p + 1] - 1]));
  return cost;
}

function noFit(problem: Problem, what: string): EdgeConfigError {
  const totalCapacity = problem.capacity.reduce((a, b) => a + b, 0);
  return new EdgeConfigError(
    problem.path,
    `${what} that keeps every POP within capacity (each prefix goes whole to one POP)`,
    { totalDemand: problem.totalDemand, totalCapacity },
    "more POP capacity, latency entries to more POPs, or smaller (split) prefixes",
  );
}
