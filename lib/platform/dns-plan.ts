import { EdgeConfigError } from "../errors";
import { DnsMap, DnsMapColumns, DnsMapPop, DnsMapPrefix, solveDnsMap } from "../model/dns-map";
import { ReadLatency } from "../model/dns/latency-table";
import { assessPop } from "../model/handshake";
import { EdgePlatformProps } from "./spec";

/** How the platform's DNS tier answers, decided before any resource is made. */
export interface PlatformDnsPlan {
  /** CIDR → POP name, when the platform routes by a DNS map. */
  readonly assignment?: Readonly<Record<string, string>>;
  /** The solved DNS map with its report (loads, latency percentiles, optimality gap). */
  readonly dnsMap?: DnsMap;
  /** POPs that serve at least one mapped prefix. */
  readonly mappedPops: ReadonlySet<string>;
  /** POP answering resolvers outside every mapped prefix. */
  readonly defaultPop?: string;
  readonly warnings: readonly string[];
}

/** Time to first byte a POP should give its clients over TCP + TLS 1.3. */
export const DEFAULT_TTFB_BUDGET_MS = 250;

/**
 * Solves the DNS routing of a platform spec (pure; throws EdgeConfigError on bad input).
 * `latency`: `dnsRouting.latencyMs` as EdgePlatform's door check read it, used instead of
 * reading the table again when its rows are the prefixes in order.
 */
export function planDnsRouting(path: string, props: EdgePlatformProps, latency?: ReadLatency): PlatformDnsPlan {
  const routing = props.dnsRouting;
  if (routing.kind === "latency") return { mappedPops: new Set(), warnings: [] };
  // A private POP (bgp-ecmp exposure "private") cannot take internet clients: it is not mapped.
  const publicPops = props.pops.filter((p) => !(p.l4.kind === "bgp-ecmp" && p.l4.exposure === "private"));
  const names = publicPops.map((p) => p.name);
  if (!names.includes(routing.defaultPop)) {
    throw new EdgeConfigError(path, "dnsRouting.defaultPop is not an internet-reachable POP of the platform", routing.defaultPop, `one of ${names.join(", ")}`);
  }
  const pops = publicPops.map((p) => {
    if (p.capacity === undefined) {
      throw new EdgeConfigError(`${path}/Pop-${p.name}`, "a DNS map needs every POP's capacity", p.capacity, "capacity: a positive number in the unit of the prefixes' demand");
    }
    return { name: p.name, capacity: p.capacity };
  });
  const privatePops = new Set(props.pops.filter((p) => !names.includes(p.name)).map((p) => p.name));
  const latencyMs = privatePops.size === 0
    ? routing.latencyMs
    : Object.fromEntries(Object.entries(routing.latencyMs).map(([cidr, row]) => [cidr, Object.fromEntries(Object.entries(row).filter(([pop]) => !privatePops.has(pop)))]));
  const columns = privatePops.size === 0 && latency ? dnsMapColumns(routing.prefixes, pops, latency) : undefined;
  const dnsMap = solveDnsMap(
    columns ?? { prefixes: routing.prefixes, pops, latencyMs },
    { path, previous: routing.previous, movePenaltyMs: routing.movePenaltyMs, onShortCapacity: routing.onShortCapacity },
  );
  const warnings = dnsMap.pops
    .filter((p) => p.utilization > 0.9)
    .map((p) =>
      p.utilization > 1
        ? `POP ${p.name} is overloaded by the DNS map (capacity short, spilling): load ${p.load} over capacity ${p.capacity} (+${(p.load - p.capacity).toFixed(1)}, ${(p.utilization * 100).toFixed(0)}%)`
        : `POP ${p.name} runs at ${(p.utilization * 100).toFixed(0)}% of capacity under the DNS map: little headroom for a POP failure`,
    );
  for (const pop of props.pops) {
    const rtt = dnsMap.popLatency[pop.name]?.p95Ms;
    if (rtt === undefined) continue;
    const verdict = assessPop({ rttMs: rtt, protocol: "tcp+tls1.3", budgetMs: props.ttfbBudgetMs ?? DEFAULT_TTFB_BUDGET_MS, path: `${path}/Pop-${pop.name}` });
    if (verdict.warning) warnings.push(`POP ${pop.name} (p95 of the clients the DNS map sends it): ${verdict.warning}`);
  }
  return {
    assignment: dnsMap.assignment,
    dnsMap,
    mappedPops: mappedPops(dnsMap, routing.prefixes),
    defaultPop: routing.defaultPop,
    warnings,
  };
}

/**
 * The DNS map input in columns from the table as read, when its rows are the prefixes in the
 * same order and name only these POPs (the map solves the same either way); otherwise undefined,
 * and the object form goes in, whose checks word what is wrong.
 */
function dnsMapColumns(prefixes: readonly DnsMapPrefix[], pops: readonly DnsMapPop[], latency: ReadLatency): DnsMapColumns | undefined {
  const { cidrs, rowStart, ms } = latency;
  if (cidrs.length !== prefixes.length) return undefined;
  const demand = new Float64Array(cidrs.length);
  for (let i = 0; i < cidrs.length; i++) {
    if (prefixes[i].cidr !== cidrs[i]) return undefined;
    demand[i] = prefixes[i].demand;
  }
  const popIndex = new Map(pops.map((p, k) => [p.name, k]));
  const column = Int32Array.from(latency.pops, (name) => popIndex.get(name) ?? -1);
  if (column.includes(-1)) return undefined;
  const pop = new Int32Array(latency.pop.length);
  for (let e = 0; e < pop.length; e++) pop[e] = column[latency.pop[e]];
  return { cidrs, demand, pops, latency: { kind: "sparse", rowStart, pop, ms } };
}

/**
 * POPs that answer for at least one prefix: those the map loads, unless a prefix without demand
 * could sit on a POP it leaves unloaded; only then is the assignment walked (a walk of 2,000
 * CIDR keys costs ~0.2 ms inside a synth).
 */
function mappedPops(map: DnsMap, prefixes: readonly DnsMapPrefix[]): Set<string> {
  const pops = new Set(map.pops.filter((p) => p.load > 0).map((p) => p.name));
  if (prefixes.some((p) => p.demand === 0)) {
    for (const cidr in map.assignment) pops.add(map.assignment[cidr]);
  }
  return pops;
}
