import { DnsMapInput } from "../../../lib/model/dns-map";
import { seededRandom } from "./random";

/** Shape of a random DNS map instance. */
export interface InstanceShape {
  readonly prefixes: number;
  readonly pops: number;
  /** Total capacity / total demand. */
  readonly slack: number;
  /** Latency entries per prefix: its nearest `reachable` POPs. @default pops */
  readonly reachable?: number;
}

/**
 * A reproducible instance: POPs and client clusters on a unit square, latency 2 ms + 120 ms per
 * unit of distance + up to 8 ms of noise (0.1 ms steps), heavy-tailed integer demand, POP
 * capacities that ignore where demand is (so popular POPs overflow). Every fifth prefix is IPv6.
 */
export function randomDnsInput(seed: number, shape: InstanceShape): DnsMapInput {
  const random = seededRandom(seed);
  const pops = Array.from({ length: shape.pops }, (_, k) => ({ name: `pop-${String(k).padStart(2, "0")}`, x: random(), y: random() }));
  const centers = Array.from({ length: 8 }, () => ({ x: random(), y: random() }));
  const prefixes = Array.from({ length: shape.prefixes }, (_, i) => {
    const center = centers[Math.floor(random() * centers.length)];
    const x = center.x + (random() - 0.5) * 0.3;
    const y = center.y + (random() - 0.5) * 0.3;
    const cidr = i % 5 === 4 ? `2001:db8:${i.toString(16)}::/48` : `10.${(i >> 8) & 255}.${i & 255}.0/24`;
    const demand = Math.max(1, Math.round(10 * Math.exp(random() * 2 - 1 + (random() - 0.5))));
    return { cidr, demand, x, y };
  });
  const latencyMs: Record<string, Record<string, number>> = {};
  for (const prefix of prefixes) {
    const measured = pops
      .map((pop) => ({ name: pop.name, ms: Math.round(10 * (2 + 120 * Math.hypot(pop.x - prefix.x, pop.y - prefix.y) + 8 * random())) / 10 }))
      .sort((a, b) => a.ms - b.ms)
      .slice(0, shape.reachable ?? shape.pops);
    latencyMs[prefix.cidr] = Object.fromEntries(measured.map((m) => [m.name, m.ms]));
  }
  const totalDemand = prefixes.reduce((a, p) => a + p.demand, 0);
  const spread = pops.map(() => 0.5 + random());
  const spreadTotal = spread.reduce((a, b) => a + b, 0);
  return {
    prefixes: prefixes.map(({ cidr, demand }) => ({ cidr, demand })),
    pops: pops.map((pop, k) => ({ name: pop.name, capacity: Math.ceil((totalDemand * shape.slack * spread[k]) / spreadTotal) })),
    latencyMs,
  };
}
