import { EdgeConfigError } from "../../errors";
import { assertNoOverlap, compareCidrs, Cidr, ipv4Key, parseCidr } from "../cidr";

/** Client prefixes validated and put in CIDR order, in flat arrays. */
export interface SortedPrefixes {
  /** CIDR text as given, in CIDR order (IPv4 first, by address, then wider first). */
  readonly cidrs: string[];
  /** Demand in CIDR order. */
  readonly demand: Float64Array;
  /** Position in CIDR order of each input prefix. */
  readonly rank: Int32Array;
}

/**
 * Parses every CIDR once (IPv4 into numbers without allocating; IPv6 and anything unusual
 * through {@link parseCidr}, which also words the errors), checks demand, sorts, and rejects
 * overlapping blocks naming the first overlapping pair in CIDR order.
 */
export function sortPrefixes(cidrs: readonly string[], demandOf: (i: number) => unknown, path: string): SortedPrefixes {
  const count = cidrs.length;
  const v4Key = new Float64Array(count);
  const v6: { index: number; cidr: Cidr }[] = [];
  const v4: number[] = [];
  for (let i = 0; i < count; i++) {
    const text = cidrs[i];
    const key = ipv4Key(text);
    if (key >= 0) {
      v4Key[i] = key;
      v4.push(i);
    } else {
      const cidr = parseCidr(text, path);
      if (cidr.family === 4) {
        v4Key[i] = Number(cidr.first) * 64 + cidr.prefixLength;
        v4.push(i);
      } else {
        v6.push({ index: i, cidr });
      }
    }
    const demand = demandOf(i);
    if (typeof demand !== "number" || !Number.isFinite(demand) || demand < 0) {
      throw new EdgeConfigError(path, `demand of prefix ${text} is invalid`, demand, "a finite demand ≥ 0");
    }
  }
  let sortedV4 = v4;
  for (let j = 1; j < v4.length; j++) {
    if (v4Key[v4[j - 1]] > v4Key[v4[j]]) {
      sortedV4 = [...v4].sort((a, b) => v4Key[a] - v4Key[b] || a - b);
      break;
    }
  }
  for (let j = 1; j < sortedV4.length; j++) {
    const outer = v4Key[sortedV4[j - 1]];
    const length = outer % 64;
    const last = (outer - length) / 64 + 2 ** (32 - length) - 1;
    if (Math.floor(v4Key[sortedV4[j]] / 64) <= last) {
      assertNoOverlap([parseCidr(cidrs[sortedV4[j - 1]], path), parseCidr(cidrs[sortedV4[j]], path)], path);
    }
  }
  v6.sort((a, b) => compareCidrs(a.cidr, b.cidr) || a.index - b.index);
  assertNoOverlap(
    v6.map((v) => v.cidr),
    path,
  );

  const order = [...sortedV4, ...v6.map((v) => v.index)];
  const rank = new Int32Array(count);
  const sortedCidrs = new Array<string>(count);
  const demand = new Float64Array(count);
  order.forEach((i, position) => {
    rank[i] = position;
    sortedCidrs[position] = cidrs[i];
    demand[position] = demandOf(i) as number;
  });
  return { cidrs: sortedCidrs, demand, rank };
}
