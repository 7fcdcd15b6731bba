import { DnsMapInput, DnsMapPop } from "../../../lib/model/dns-map";
import { seededRandom } from "./random";

/** Shape of a large clustered DNS map instance. */
export interface LargeShape {
  readonly prefixes: number;
  readonly pops: number;
  /** Total capacity / total demand. */
  readonly slack: number;
  /** Latency entries per prefix: its nearest `minReach`..`maxReach` POPs (drawn per prefix). */
  readonly minReach: number;
  readonly maxReach: number;
}

/** A large instance in flat arrays: latency rows are sparse (rowStart, popIndex, ms), prefixes in the order of `cidrs`. */
export interface LargeInstance {
  readonly cidrs: string[];
  readonly demand: Float64Array;
  readonly pops: DnsMapPop[];
  /** Entries of prefix p: rowStart[p] .. rowStart[p + 1] − 1. */
  readonly rowStart: Int32Array;
  readonly popIndex: Int32Array;
  readonly ms: Float64Array;
}

/**
 * A reproducible instance shaped like real client space: consecutive /24s (IPv4 only, from
 * 11.0.0.0 up) sit together — each /20 at one site, each /16 in one metro around one of 12
 * population centres — so a solved map has sibling blocks going to the same POP, as real maps
 * do. POPs on a unit square; latency 2 ms + 120 ms per unit of distance + up to 8 ms of noise
 * (0.1 ms steps); heavy-tailed integer demand. POP capacities: 30 % spread regardless of
 * demand, 70 % after the demand nearest to each POP but off by a factor 0.4–1.4, so many
 * POPs overflow into their neighbours.
 */
export function largeDnsInstance(seed: number, shape: LargeShape): LargeInstance {
  const random = seededRandom(seed);
  const popCount = shape.pops;
  const popX = Float64Array.from({ length: popCount }, () => random());
  const popY = Float64Array.from({ length: popCount }, () => random());
  const centers = Array.from({ length: 12 }, () => ({ x: random(), y: random() }));
  const n = shape.prefixes;
  const cidrs = new Array<string>(n);
  const demand = new Float64Array(n);
  const rowStart = new Int32Array(n + 1);
  const popIndex = new Int32Array(n * shape.maxReach);
  const ms = new Float64Array(n * shape.maxReach);
  const distance = new Float64Array(popCount);
  const nearest = new Int32Array(shape.maxReach);
  const nearDemand = new Float64Array(popCount);
  let metroX = 0;
  let metroY = 0;
  let siteX = 0;
  let siteY = 0;
  let used = 0;
  for (let i = 0; i < n; i++) {
    const block = i + 11 * 65536;
    if ((i & 0xff) === 0) {
      const center = centers[Math.floor(random() * centers.length)];
      metroX = center.x + (random() - 0.5) * 0.3;
      metroY = center.y + (random() - 0.5) * 0.3;
    }
    if ((i & 0xf) === 0) {
      siteX = metroX + (random() - 0.5) * 0.04;
      siteY = metroY + (random() - 0.5) * 0.04;
    }
    cidrs[i] = `${block >>> 16}.${(block >>> 8) & 255}.${block & 255}.0/24`;
    demand[i] = Math.max(1, Math.round(10 * Math.exp(random() * 2 - 1 + (random() - 0.5))));
    for (let k = 0; k < popCount; k++) distance[k] = Math.hypot(popX[k] - siteX, popY[k] - siteY);
    const reach = shape.minReach + Math.floor(random() * (shape.maxReach - shape.minReach + 1));
    let count = 0;
    for (let k = 0; k < popCount; k++) {
      if (count === reach && distance[k] >= distance[nearest[count - 1]]) continue;
      let j = count < reach ? count++ : count - 1;
      while (j > 0 && distance[nearest[j - 1]] > distance[k]) {
        nearest[j] = nearest[j - 1];
        j--;
      }
      nearest[j] = k;
    }
    nearDemand[nearest[0]] += demand[i];
    rowStart[i] = used;
    for (let r = 0; r < reach; r++) {
      popIndex[used] = nearest[r];
      ms[used] = Math.round(10 * (2 + 120 * distance[nearest[r]] + 8 * random())) / 10;
      used++;
    }
  }
  rowStart[n] = used;
  const totalDemand = demand.reduce((a, b) => a + b, 0);
  const spread = Array.from({ length: popCount }, () => 0.5 + random());
  const spreadTotal = spread.reduce((a, b) => a + b, 0);
  const weight = spread.map((s, k) => 0.3 * (s / spreadTotal) + 0.7 * (nearDemand[k] / totalDemand) * (0.4 + random()));
  const weightTotal = weight.reduce((a, b) => a + b, 0);
  const pops = weight.map((w, k) => ({ name: `pop-${String(k).padStart(3, "0")}`, capacity: Math.ceil((totalDemand * shape.slack * w) / weightTotal) }));
  return { cidrs, demand, pops, rowStart, popIndex: popIndex.subarray(0, used), ms: ms.subarray(0, used) };
}

/** The same instance as the object form of DnsMapInput (prefix and POP names as keys). */
export function asDnsMapInput(instance: LargeInstance): DnsMapInput {
  const latencyMs: Record<string, Record<string, number>> = {};
  instance.cidrs.forEach((cidr, p) => {
    const row: Record<string, number> = {};
    for (let e = instance.rowStart[p]; e < instance.rowStart[p + 1]; e++) row[instance.pops[instance.popIndex[e]].name] = instance.ms[e];
    latencyMs[cidr] = row;
  });
  return { prefixes: instance.cidrs.map((cidr, p) => ({ cidr, demand: instance.demand[p] })), pops: instance.pops, latencyMs };
}
