import { EdgeConfigError } from "../../errors";
import { assertNoOverlap, compareCidrs, Cidr, parseCidr } from "../cidr";

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
 * The validated problem in dense form: prefixes in CIDR order (IPv4 first, by address),
 * POPs in name order, so every tie broken by index is broken by CIDR or by POP name.
 */
export interface Problem {
  readonly path: string;
  readonly prefixes: readonly Cidr[];
  readonly pops: readonly string[];
  readonly demand: Float64Array;
  readonly capacity: Float64Array;
  /** latency[p * popCount + k]; Infinity where POP k cannot serve prefix p. */
  readonly latency: Float64Array;
  /** order[p * popCount + r]: prefix p's r-th nearest POP (ties by name); reachable ones first. */
  readonly order: Int32Array;
  /** How many POPs can serve each prefix: the first reach[p] entries of its order. */
  readonly reach: Int32Array;
  readonly totalDemand: number;
  /** Slack under which two costs or a load and a capacity count as equal. */
  readonly epsilon: number;
}

/** Validates `input` and lays it out densely; throws EdgeConfigError on the first problem. */
export function buildProblem(input: DnsMapInput, path: string): Problem {
  const pops = sortedPops(input.pops, path);
  const popIndex = new Map(pops.map((pop, k) => [pop.name, k]));
  if (input.prefixes.length === 0) {
    throw new EdgeConfigError(path, "no client prefixes given", [], "at least one prefix { cidr, demand }");
  }
  const parsed = input.prefixes.map((prefix) => {
    const cidr = parseCidr(prefix.cidr, path);
    if (typeof prefix.demand !== "number" || !Number.isFinite(prefix.demand) || prefix.demand < 0) {
      throw new EdgeConfigError(path, `demand of prefix ${prefix.cidr} is invalid`, prefix.demand, "a finite demand ≥ 0");
    }
    return { cidr, demand: prefix.demand };
  });
  assertNoOverlap(
    parsed.map((p) => p.cidr),
    path,
  );
  parsed.sort((a, b) => compareCidrs(a.cidr, b.cidr));
  const prefixIndex = new Map(parsed.map((p, i) => [p.cidr.text, i]));

  const popCount = pops.length;
  const latency = new Float64Array(parsed.length * popCount).fill(Infinity);
  for (const text in input.latencyMs) {
    const p = prefixIndex.get(text);
    if (p === undefined) {
      throw new EdgeConfigError(path, "latencyMs has a row for a prefix that is not in prefixes", text, "rows keyed by the cidr text of a listed prefix");
    }
    const row = input.latencyMs[text];
    for (const name in row) {
      const ms = row[name];
      const k = popIndex.get(name);
      if (k === undefined) {
        throw new EdgeConfigError(path, `latencyMs["${text}"] names a POP that is not in pops`, name, `one of ${pops.map((pop) => pop.name).join(", ")}`);
      }
      if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0) {
        throw new EdgeConfigError(path, `latency from ${text} to ${name} is invalid`, ms, "a finite latency ≥ 0 ms (leave the entry out if the POP cannot serve the prefix)");
      }
      latency[p * popCount + k] = ms;
    }
  }

  const demand = Float64Array.from(parsed, (p) => p.demand);
  const capacity = Float64Array.from(pops, (pop) => pop.capacity);
  const totalDemand = demand.reduce((a, b) => a + b, 0);
  const totalCapacity = capacity.reduce((a, b) => a + b, 0);
  if (totalDemand > totalCapacity) {
    throw new EdgeConfigError(
      path,
      "total demand exceeds total POP capacity",
      { totalDemand, totalCapacity },
      `total capacity ≥ ${totalDemand} (add ${totalDemand - totalCapacity} of capacity or shed demand)`,
    );
  }
  for (let p = 0; p < parsed.length; p++) {
    assertServable(parsed[p].cidr.text, demand[p], latency, p * popCount, pops, path);
  }

  const { order, reach } = sortByLatency(latency, parsed.length, popCount);
  let maxLatency = 0;
  for (let i = 0; i < latency.length; i++) if (latency[i] !== Infinity && latency[i] > maxLatency) maxLatency = latency[i];
  return {
    path,
    prefixes: parsed.map((p) => p.cidr),
    pops: pops.map((pop) => pop.name),
    demand,
    capacity,
    latency,
    order,
    reach,
    totalDemand,
    epsilon: 1e-12 * Math.max(1, totalDemand * Math.max(1, maxLatency)),
  };
}

/** Per prefix, POP indices by latency then index (insertion sort: rows are short). */
function sortByLatency(latency: Float64Array, prefixCount: number, popCount: number): { order: Int32Array; reach: Int32Array } {
  const order = new Int32Array(prefixCount * popCount);
  const reach = new Int32Array(prefixCount);
  for (let p = 0; p < prefixCount; p++) {
    const row = p * popCount;
    for (let k = 0; k < popCount; k++) {
      const ms = latency[row + k];
      let i = row + k;
      while (i > row && latency[row + order[i - 1]] > ms) {
        order[i] = order[i - 1];
        i--;
      }
      order[i] = k;
      if (ms !== Infinity) reach[p]++;
    }
  }
  return { order, reach };
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

function assertServable(cidr: string, demand: number, latency: Float64Array, row: number, pops: readonly DnsMapPop[], path: string): void {
  let largest: DnsMapPop | undefined;
  pops.forEach((pop, k) => {
    if (latency[row + k] !== Infinity && (!largest || pop.capacity > largest.capacity)) largest = pop;
  });
  if (!largest) {
    throw new EdgeConfigError(path, `prefix ${cidr} has no latency to any POP, so no POP can serve it`, cidr, `latencyMs["${cidr}"] with at least one POP`);
  }
  if (demand > largest.capacity) {
    throw new EdgeConfigError(
      path,
      `prefix ${cidr} sends more than any POP that can serve it holds (largest: ${largest.name}, capacity ${largest.capacity})`,
      demand,
      `demand ≤ ${largest.capacity}, or latency entries to larger POPs (split the prefix to spread it)`,
    );
  }
}
