import { EdgeConfigError } from "../../errors";
import { sortPrefixes } from "./prefixes";
import { sortRows } from "./rows";

/** A block of client addresses (as resolvers see them) and the traffic it sends. */
export interface DnsMapPrefix {
  /** IPv4 or IPv6 CIDR block with host bits zero, e.g. "198.51.100.0/24". */
  readonly cidr: string;
  /** Traffic from the block, in the same unit as POP capacity (e.g. Gbit/s or req/s); finite, ≥ 0. */
  readonly demand: number;
}

/** A point of presence that can answer for client prefixes. */
export interface DnsMapPop {
  /** Unique name, e.g. "nrt" or "fra1". */
  readonly name: string;
  /** Most demand the POP may take; finite, > 0. */
  readonly capacity: number;
}

/**
 * Measured latency in milliseconds, `latencyMs[cidr][pop]`, keyed by the CIDR text as written in
 * `prefixes`. A missing entry means that POP cannot serve that prefix.
 */
export type LatencyMatrix = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** What a DNS map is computed from. */
export interface DnsMapInput {
  readonly prefixes: readonly DnsMapPrefix[];
  readonly pops: readonly DnsMapPop[];
  readonly latencyMs: LatencyMatrix;
}

/**
 * Latency in flat arrays, rows in the order of `cidrs`, POPs as indices into `pops`: no object
 * per prefix or per entry, for maps of 10⁵–10⁶ prefixes.
 */
export type LatencyColumns =
  /** Prefix p's entries are rowStart[p] … rowStart[p + 1] − 1, each a POP index and its latency in ms; a POP without an entry cannot serve p. */
  | { readonly kind: "sparse"; readonly rowStart: ArrayLike<number>; readonly pop: ArrayLike<number>; readonly ms: ArrayLike<number> }
  /** ms[p × pops.length + k]; Infinity where POP k cannot serve prefix p. */
  | { readonly kind: "dense"; readonly ms: ArrayLike<number> };

/** A DNS map input in columns: prefixes as parallel arrays, latency as {@link LatencyColumns}. */
export interface DnsMapColumns {
  /** IPv4 or IPv6 CIDR blocks with host bits zero. */
  readonly cidrs: readonly string[];
  /** Demand per prefix, same order; finite, ≥ 0. */
  readonly demand: ArrayLike<number>;
  readonly pops: readonly DnsMapPop[];
  readonly latency: LatencyColumns;
}

/** How the problem is built beyond the input. */
export interface ProblemOptions {
  /** Last map (CIDR → POP name) and the cost, in ms, of moving a prefix off its POP in it. */
  readonly previous?: Readonly<Record<string, string>>;
  readonly movePenaltyMs?: number;
  /** Let the map overload POPs instead of refusing when capacity is short. */
  readonly spill?: boolean;
}

/**
 * The validated problem in flat sparse form: prefixes in CIDR order (IPv4 first, by address),
 * POPs in name order, so every tie broken by index is broken by CIDR or by POP name. Each
 * prefix has a row of entries — the POPs that can serve it — by cost, then POP index.
 */
export interface Problem {
  readonly path: string;
  /** CIDR text per prefix as given, in CIDR order. */
  readonly cidrs: readonly string[];
  readonly pops: readonly string[];
  readonly demand: Float64Array;
  readonly capacity: Float64Array;
  /** Prefix p's entries: start[p] … start[p + 1] − 1. */
  readonly start: Int32Array;
  /** POP index of each entry. */
  readonly pop: Int32Array;
  /** What the solver minimizes per unit of demand at each entry: the latency, plus the move penalty off the previous POP. */
  readonly cost: Float64Array;
  /** Latency of each entry, ms (the same array as `cost` without a move penalty). */
  readonly ms: Float64Array;
  /** Previous POP index per prefix, −1 where none (without `previous`: all −1). */
  readonly previous: Int32Array;
  readonly totalDemand: number;
  /** Slack under which two costs or a load and a capacity count as equal. */
  readonly epsilon: number;
}

/** Entry of prefix `p` at POP `k`, or −1 when that POP cannot serve it. */
export function entryOf(problem: Problem, p: number, k: number): number {
  const { start, pop } = problem;
  for (let e = start[p]; e < start[p + 1]; e++) if (pop[e] === k) return e;
  return -1;
}

/** Entry of each prefix at its POP in `assignment` (POP index per prefix). */
export function entriesAt(problem: Problem, assignment: Int32Array): Int32Array {
  return Int32Array.from(assignment, (k, p) => entryOf(problem, p, k));
}

/** Validates `input` and lays it out flat; throws EdgeConfigError on the first problem. */
export function buildProblem(input: DnsMapInput | DnsMapColumns, path: string, options: ProblemOptions = {}): Problem {
  const pops = sortedPops(input.pops, path);
  const columns = "cidrs" in input;
  const cidrList = columns ? input.cidrs : input.prefixes.map((p) => p.cidr);
  if (cidrList.length === 0) {
    throw new EdgeConfigError(path, "no client prefixes given", [], "at least one prefix { cidr, demand }");
  }
  if (columns && input.demand.length !== cidrList.length) {
    throw new EdgeConfigError(path, "demand has another length than cidrs", input.demand.length, `${cidrList.length} demands, one per CIDR`);
  }
  const sorted = sortPrefixes(cidrList, columns ? (i) => input.demand[i] : (i) => input.prefixes[i].demand, path);
  const prefixCount = sorted.cidrs.length;
  const rows = columns ? columnEntries(input, sorted.rank, pops, path) : matrixEntries(input.latencyMs, sorted.cidrs, pops, path);

  const demand = sorted.demand;
  const capacity = Float64Array.from(pops, (pop) => pop.capacity);
  const totalDemand = demand.reduce((a, b) => a + b, 0);
  const totalCapacity = capacity.reduce((a, b) => a + b, 0);
  if (totalDemand > totalCapacity && !options.spill) {
    throw new EdgeConfigError(
      path,
      "total demand exceeds total POP capacity",
      { totalDemand, totalCapacity },
      `total capacity ≥ ${totalDemand} (add ${totalDemand - totalCapacity} of capacity or shed demand)`,
    );
  }
  const { start, pop, ms } = rows;
  for (let p = 0; p < prefixCount; p++) assertServable(sorted.cidrs[p], demand[p], start, pop, p, pops, path, !options.spill);

  const previous = previousPops(options, sorted.cidrs, pops);
  const penalty = options.movePenaltyMs ?? 0;
  let cost = ms;
  if (penalty > 0 && options.previous) {
    cost = new Float64Array(ms.length);
    for (let p = 0; p < prefixCount; p++) {
      for (let e = start[p]; e < start[p + 1]; e++) cost[e] = previous[p] < 0 || pop[e] === previous[p] ? ms[e] : ms[e] + penalty;
    }
  }
  sortRows(start, pop, cost, cost === ms ? undefined : ms);
  let maxCost = 0;
  for (let e = 0; e < cost.length; e++) if (cost[e] > maxCost) maxCost = cost[e];
  return {
    path,
    cidrs: sorted.cidrs,
    pops: pops.map((p) => p.name),
    demand,
    capacity,
    start,
    pop,
    cost,
    ms,
    previous,
    totalDemand,
    epsilon: 1e-12 * Math.max(1, totalDemand * Math.max(1, maxCost)),
  };
}

interface Entries {
  readonly start: Int32Array;
  readonly pop: Int32Array;
  readonly ms: Float64Array;
}

/**
 * Entries from the object form, grouped by prefix in CIDR order: one pass checks every row,
 * counts its entries and keeps it by prefix, a second writes them straight into their rows (no
 * per-entry arrays to grow, which cost more than reading the rows twice).
 */
function matrixEntries(latencyMs: LatencyMatrix, cidrs: readonly string[], pops: readonly DnsMapPop[], path: string): Entries {
  const prefixIndex = new Map(cidrs.map((c, i) => [c, i]));
  const popIndexOf = popIndexer(pops);
  const prefixCount = cidrs.length;
  const start = new Int32Array(prefixCount + 1);
  const rows: (Readonly<Record<string, number>> | undefined)[] = new Array(prefixCount).fill(undefined);
  for (const text in latencyMs) {
    const p = prefixIndex.get(text);
    if (p === undefined) {
      throw new EdgeConfigError(path, "latencyMs has a row for a prefix that is not in prefixes", text, "rows keyed by the cidr text of a listed prefix");
    }
    const row = latencyMs[text];
    rows[p] = row;
    let size = 0;
    for (const name in row) {
      if (popIndexOf(name, size) < 0) {
        throw new EdgeConfigError(path, `latencyMs["${text}"] names a POP that is not in pops`, name, `one of ${pops.map((pop) => pop.name).join(", ")}`);
      }
      assertLatency(row[name], text, name, path);
      size++;
    }
    start[p + 1] = size;
  }
  for (let p = 0; p < prefixCount; p++) start[p + 1] += start[p];
  const pop = new Int32Array(start[prefixCount]);
  const ms = new Float64Array(start[prefixCount]);
  for (let p = 0; p < prefixCount; p++) {
    const row = rows[p];
    let at = start[p];
    for (const name in row) {
      pop[at] = popIndexOf(name, at - start[p]);
      ms[at++] = row[name];
    }
  }
  return { start, pop, ms };
}

/**
 * POP index by name (−1 if none), given the name's place in its row: rows of one matrix mostly
 * name their POPs in the same order, so the last name seen at each place is tried first.
 */
function popIndexer(pops: readonly DnsMapPop[]): (name: string, place: number) => number {
  const byName = new Map(pops.map((pop, k) => [pop.name, k]));
  const names: string[] = [];
  const indices: number[] = [];
  return (name, place) => {
    if (names[place] === name) return indices[place];
    const k = byName.get(name) ?? -1;
    names[place] = name;
    indices[place] = k;
    return k;
  };
}

/** Entries from the columnar form (rows in input order, POPs by input index), grouped by prefix in CIDR order. */
function columnEntries(input: DnsMapColumns, rank: Int32Array, pops: readonly DnsMapPop[], path: string): Entries {
  const count = input.cidrs.length;
  const popCount = pops.length;
  const inputPopRank = new Int32Array(popCount);
  const byName = new Map(pops.map((pop, k) => [pop.name, k]));
  input.pops.forEach((pop, i) => (inputPopRank[i] = byName.get(pop.name)!));
  const latency = input.latency;
  const dense = latency.kind === "dense";
  const rowFrom = (i: number): number => (dense ? i * popCount : latency.rowStart[i]);
  const rowTo = (i: number): number => (dense ? (i + 1) * popCount : latency.rowStart[i + 1]);
  if (latency.kind === "dense" && latency.ms.length !== count * popCount) {
    throw new EdgeConfigError(path, "dense latency has another length than cidrs × pops", latency.ms.length, `${count} × ${popCount} = ${count * popCount} entries, prefix-major`);
  }
  if (latency.kind === "sparse") {
    const { rowStart } = latency;
    const valid = rowStart.length === count + 1 && rowStart[0] === 0 && rowStart[count] === latency.pop.length && latency.ms.length === latency.pop.length;
    let monotone = valid;
    for (let i = 0; monotone && i < count; i++) monotone = Number.isInteger(rowStart[i + 1]) && rowStart[i + 1] >= rowStart[i];
    if (!monotone) {
      throw new EdgeConfigError(path, "sparse latency rows are malformed", { rowStart: rowStart.length, pop: latency.pop.length, ms: latency.ms.length }, `rowStart of ${count + 1} non-decreasing offsets from 0 to pop.length, and ms as long as pop`);
    }
  }
  const sizes = new Int32Array(count + 1);
  const seen = new Int32Array(popCount).fill(-1);
  for (let i = 0; i < count; i++) {
    const from = rowFrom(i);
    const to = rowTo(i);
    for (let e = from; e < to; e++) {
      const ms = latency.ms[e];
      if (latency.kind === "dense" && ms === Infinity) continue;
      const k = latency.kind === "dense" ? e - from : latency.pop[e];
      if (!Number.isInteger(k) || k < 0 || k >= popCount) {
        throw new EdgeConfigError(path, `latency row of ${input.cidrs[i]} names a POP index out of range`, k, `an index from 0 to ${popCount - 1} into pops`);
      }
      if (seen[k] === i) throw new EdgeConfigError(path, `latency row of ${input.cidrs[i]} names POP ${input.pops[k].name} twice`, k, "one entry per POP and prefix");
      seen[k] = i;
      assertLatency(ms, input.cidrs[i], input.pops[k].name, path);
      sizes[rank[i] + 1]++;
    }
  }
  for (let p = 0; p < count; p++) sizes[p + 1] += sizes[p];
  const start = sizes;
  const fill = Int32Array.from(start.subarray(0, count));
  const pop = new Int32Array(start[count]);
  const ms = new Float64Array(start[count]);
  for (let i = 0; i < count; i++) {
    const from = rowFrom(i);
    const to = rowTo(i);
    const p = rank[i];
    for (let e = from; e < to; e++) {
      if (latency.kind === "dense" && latency.ms[e] === Infinity) continue;
      const at = fill[p]++;
      pop[at] = inputPopRank[latency.kind === "dense" ? e - from : latency.pop[e]];
      ms[at] = latency.ms[e];
    }
  }
  return { start, pop, ms };
}

function assertLatency(ms: unknown, cidr: string, pop: string, path: string): void {
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0) {
    throw new EdgeConfigError(path, `latency from ${cidr} to ${pop} is invalid`, ms, "a finite latency ≥ 0 ms (leave the entry out if the POP cannot serve the prefix)");
  }
}

function previousPops(options: ProblemOptions, cidrs: readonly string[], pops: readonly DnsMapPop[]): Int32Array {
  const previous = new Int32Array(cidrs.length).fill(-1);
  if (!options.previous) return previous;
  const popIndex = new Map(pops.map((pop, k) => [pop.name, k]));
  cidrs.forEach((cidr, p) => {
    const name = options.previous![cidr];
    if (name !== undefined) previous[p] = popIndex.get(name) ?? -1;
  });
  return previous;
}

function sortedPops(pops: readonly DnsMapPop[], path: string): DnsMapPop[] {
  if (pops.length === 0) {
    throw new EdgeConfigError(path, "no POPs given", [], "at least one POP { name, capacity }");
  }
  const seen = new Set<string>();
  for (const pop of pops) {
    if (typeof pop.name !== "string" || pop.name.length === 0) {
      throw new EdgeConfigError(path, "a POP has an empty name", pop.name, "a non-empty POP name");
    }
    if (seen.has(pop.name)) throw new EdgeConfigError(path, "two POPs share a name", pop.name, "unique POP names");
    seen.add(pop.name);
    if (typeof pop.capacity !== "number" || !Number.isFinite(pop.capacity) || pop.capacity <= 0) {
      throw new EdgeConfigError(path, `capacity of POP ${pop.name} is invalid`, pop.capacity, "a finite capacity > 0");
    }
  }
  return [...pops].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function assertServable(cidr: string, demand: number, start: Int32Array, pop: Int32Array, p: number, pops: readonly DnsMapPop[], path: string, checkCapacity: boolean): void {
  let best = -1;
  for (let e = start[p]; e < start[p + 1]; e++) {
    const k = pop[e];
    if (best < 0 || pops[k].capacity > pops[best].capacity || (pops[k].capacity === pops[best].capacity && k < best)) best = k;
  }
  const largest = best < 0 ? undefined : pops[best];
  if (!largest) {
    throw new EdgeConfigError(path, `prefix ${cidr} has no latency to any POP, so no POP can serve it`, cidr, `latencyMs["${cidr}"] with at least one POP`);
  }
  if (checkCapacity && demand > largest.capacity) {
    throw new EdgeConfigError(
      path,
      `prefix ${cidr} sends more than any POP that can serve it holds (largest: ${largest.name}, capacity ${largest.capacity})`,
      demand,
      `demand ≤ ${largest.capacity}, or latency entries to larger POPs (split the prefix to spread it)`,
    );
  }
}
