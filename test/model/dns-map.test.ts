import { EdgeConfigError } from "../../lib/errors";
import { DnsMapInput, exactAssign, greedyNearestAssign, solveDnsMap } from "../../lib/model/dns-map";
import { randomDnsInput } from "./support/dns-instances";
import { expectEdgeError } from "./support/errors";
import { seededRandom, shuffled } from "./support/random";

/**
 * Two POPs; 10.0.1.0/24 is 10 ms from A but 100 ms from B, 10.0.0.0/24 is 5 ms from A and
 * 20 ms from B, and the IPv6 block reaches only B. A holds one /24. Nearest-first in CIDR
 * order gives A to 10.0.0.0/24 and sends 10.0.1.0/24 to B: 10·5 + 10·100 + 5·1 = 1055.
 * The optimum gives A to 10.0.1.0/24, which loses most without it: 10·10 + 10·20 + 5·1 = 305.
 */
const overloaded: DnsMapInput = {
  prefixes: [
    { cidr: "10.0.1.0/24", demand: 10 },
    { cidr: "2001:db8::/48", demand: 5 },
    { cidr: "10.0.0.0/24", demand: 10 },
  ],
  pops: [
    { name: "B", capacity: 15 },
    { name: "A", capacity: 10 },
  ],
  latencyMs: {
    "10.0.1.0/24": { A: 10, B: 100 },
    "10.0.0.0/24": { A: 5, B: 20 },
    "2001:db8::/48": { B: 1 },
  },
};

const costOf = (input: DnsMapInput, assignment: Readonly<Record<string, string>>): number =>
  input.prefixes.reduce((sum, p) => sum + p.demand * input.latencyMs[p.cidr][assignment[p.cidr]], 0);

describe("solveDnsMap on a crafted overloaded case", () => {
  test("gives the contested POP to the prefix with most to lose", () => {
    const map = solveDnsMap(overloaded);
    expect(map.assignment).toEqual({ "10.0.0.0/24": "B", "10.0.1.0/24": "A", "2001:db8::/48": "B" });
    expect(Object.keys(map.assignment)).toEqual(["10.0.0.0/24", "10.0.1.0/24", "2001:db8::/48"]);
    expect(map.cost).toBe(305);
  });

  test("beats the greedy nearest-POP-then-spill baseline, 305 against 1055", () => {
    const greedy = greedyNearestAssign(overloaded);
    expect(greedy.assignment).toEqual({ "10.0.0.0/24": "A", "10.0.1.0/24": "B", "2001:db8::/48": "B" });
    expect(greedy.cost).toBe(1055);
    expect(solveDnsMap(overloaded).cost).toBeLessThan(greedy.cost);
  });

  test("reports loads, demand-weighted latency and the bounds", () => {
    const map = solveDnsMap(overloaded);
    expect(map.pops).toEqual([
      { name: "A", capacity: 10, load: 10, utilization: 1 },
      { name: "B", capacity: 15, load: 15, utilization: 1 },
    ]);
    expect(map.totalDemand).toBe(25);
    // Served latencies by demand: 1 ms × 5, 10 ms × 10, 20 ms × 10 → half the demand at ≤ 10 ms.
    expect(map.latency).toEqual({ meanMs: 12.2, p50Ms: 10, p95Ms: 20 });
    expect(map.bounds.nearest).toBe(155);
    // The splittable optimum is 305 too: the Lagrangian bound closes the gap.
    expect(map.bounds.lagrangian).toBeCloseTo(305, 9);
    expect(map.lowerBound).toBe(Math.max(map.bounds.nearest, map.bounds.lagrangian));
    expect(map.gap).toBeCloseTo(0, 9);
  });

  test("reports the demand-weighted latency of each POP's own clients", () => {
    const map = solveDnsMap(overloaded);
    for (const pop of map.pops) {
      const served = Object.entries(map.assignment).filter(([, name]) => name === pop.name);
      expect(served.length > 0).toBe(map.popLatency[pop.name] !== undefined);
      expect(map.popLatency[pop.name].p95Ms).toBeGreaterThanOrEqual(map.popLatency[pop.name].p50Ms);
      expect(map.popLatency[pop.name].p95Ms).toBeLessThanOrEqual(map.latency.p95Ms);
    }
  });

  test("exactAssign agrees", () => {
    const exact = exactAssign(overloaded);
    expect([exact.assignment, exact.cost]).toEqual([solveDnsMap(overloaded).assignment, 305]);
  });
});

describe("solveDnsMap on random instances", () => {
  const input = randomDnsInput(2024, { prefixes: 600, pops: 12, slack: 1.1 });
  const map = solveDnsMap(input);

  test("keeps every POP within capacity and every prefix at a POP it can reach", () => {
    for (const pop of map.pops) expect(pop.load).toBeLessThanOrEqual(pop.capacity);
    for (const prefix of input.prefixes) expect(input.latencyMs[prefix.cidr][map.assignment[prefix.cidr]]).toBeDefined();
    expect(Object.keys(map.assignment)).toHaveLength(600);
  });

  test("reports the cost of its own assignment and a bound below it", () => {
    expect(map.cost).toBeCloseTo(costOf(input, map.assignment), 6);
    expect(map.bounds.nearest).toBeLessThanOrEqual(map.bounds.lagrangian);
    expect(map.lowerBound).toBeLessThanOrEqual(map.cost);
    expect(map.gap).toBeCloseTo(map.cost / map.lowerBound - 1, 12);
  });

  test("lands within 1 % of the lower bound and beats the greedy baseline", () => {
    const greedy = greedyNearestAssign(input);
    console.log(`DNS map 600 × 12: gap ${(map.gap * 100).toFixed(3)}%, greedy baseline gap ${(greedy.gap * 100).toFixed(3)}%`);
    expect(map.gap).toBeLessThan(0.01);
    expect(map.cost).toBeLessThan(greedy.cost);
  });

  test("is deterministic under any order of prefixes, POPs and latency entries", () => {
    const random = seededRandom(99);
    const reordered: DnsMapInput = {
      prefixes: shuffled(input.prefixes, random),
      pops: shuffled(input.pops, random),
      latencyMs: Object.fromEntries(
        shuffled(Object.entries(input.latencyMs), random).map(([cidr, row]) => [cidr, Object.fromEntries(shuffled(Object.entries(row), random))]),
      ),
    };
    const again = solveDnsMap(reordered);
    expect(again).toEqual(map);
    expect(Object.keys(again.assignment)).toEqual(Object.keys(map.assignment));
  });
});

describe("solveDnsMap against exactAssign on small seeded instances", () => {
  test("100 instances of 9 prefixes × 4 POPs: bound ≤ optimum ≤ heuristic, ≥ 80 % optimal, mean gap < 0.2 %, worst < 3 %", () => {
    const gaps: number[] = [];
    let infeasible = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const input = randomDnsInput(seed, { prefixes: 9, pops: 4, slack: 1.25 });
      let optimum: number;
      try {
        optimum = exactAssign(input).cost;
      } catch {
        infeasible++;
        expect(() => solveDnsMap(input)).toThrow(EdgeConfigError);
        continue;
      }
      const map = solveDnsMap(input);
      expect(map.lowerBound).toBeLessThanOrEqual(optimum * (1 + 1e-12));
      expect(map.cost).toBeGreaterThanOrEqual(optimum * (1 - 1e-12));
      gaps.push(map.cost / optimum - 1);
    }
    const optimal = gaps.filter((g) => g <= 1e-12).length;
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    const worst = Math.max(...gaps);
    console.log(
      `DNS map vs exact, 9 × 4: ${optimal}/${gaps.length} optimal, mean gap ${(mean * 100).toFixed(3)}%, worst ${(worst * 100).toFixed(2)}% (${infeasible} infeasible)`,
    );
    expect(infeasible).toBeLessThan(10);
    expect(optimal / gaps.length).toBeGreaterThanOrEqual(0.8);
    expect(mean).toBeLessThan(0.002);
    expect(worst).toBeLessThan(0.03);
  });
});

describe("solveDnsMap tie-breaking", () => {
  test("equal latencies go to the POP first by name", () => {
    const map = solveDnsMap({
      prefixes: [{ cidr: "192.0.2.0/24", demand: 1 }],
      pops: [
        { name: "zrh", capacity: 5 },
        { name: "ams", capacity: 5 },
      ],
      latencyMs: { "192.0.2.0/24": { zrh: 12, ams: 12 } },
    });
    expect(map.assignment).toEqual({ "192.0.2.0/24": "ams" });
  });

  test("equal claims on one slot of capacity go to the prefix first in CIDR order", () => {
    const map = solveDnsMap({
      prefixes: [
        { cidr: "198.51.100.0/24", demand: 4 },
        { cidr: "192.0.2.0/24", demand: 4 },
      ],
      pops: [
        { name: "near", capacity: 4 },
        { name: "far", capacity: 4 },
      ],
      latencyMs: { "198.51.100.0/24": { near: 10, far: 30 }, "192.0.2.0/24": { near: 10, far: 30 } },
    });
    expect(map.assignment).toEqual({ "192.0.2.0/24": "near", "198.51.100.0/24": "far" });
  });
});

describe("DNS map errors", () => {
  const base = (over: Partial<DnsMapInput>): DnsMapInput => ({ ...overloaded, ...over });

  test("fails when total demand exceeds total capacity, with both numbers", () => {
    expectEdgeError(() => solveDnsMap(base({ pops: [{ name: "A", capacity: 10 }, { name: "B", capacity: 11 }] }), { path: "Edge/Dns" }), {
      path: "Edge/Dns",
      problem: "total demand exceeds total POP capacity",
      value: '{"totalDemand":25,"totalCapacity":21}',
      expected: "total capacity ≥ 25 (add 4 of capacity or shed demand)",
    });
  });

  test("fails on a CIDR with host bits set, naming the network", () => {
    const input = base({ prefixes: [{ cidr: "10.0.1.7/24", demand: 1 }], latencyMs: { "10.0.1.7/24": { A: 1 } } });
    expectEdgeError(() => solveDnsMap(input), {
      path: "dnsMap",
      problem: "host bits are set",
      value: '"10.0.1.7/24"',
      expected: "the network address 10.0.1.0/24",
    });
  });

  test("fails on a malformed CIDR", () => {
    expectEdgeError(() => solveDnsMap(base({ prefixes: [{ cidr: "10.0.1/24", demand: 1 }] })), {
      path: "dnsMap",
      problem: "not a CIDR block",
      value: '"10.0.1/24"',
      expected: "a CIDR block such as 192.0.2.0/24 or 2001:db8::/32",
    });
  });

  test("fails on overlapping prefixes, naming both", () => {
    const input = base({ prefixes: [...overloaded.prefixes, { cidr: "10.0.0.0/16", demand: 1 }] });
    expectEdgeError(() => solveDnsMap(input), {
      path: "dnsMap",
      problem: "prefixes 10.0.0.0/16 and 10.0.0.0/24 overlap",
      value: '["10.0.0.0/16","10.0.0.0/24"]',
      expected: "non-overlapping blocks (10.0.0.0/24 lies inside 10.0.0.0/16: drop one, or split 10.0.0.0/16 around it)",
    });
  });

  test.each([
    [-1, "-1"],
    [NaN, "NaN"],
    [Infinity, "Infinity"],
  ])("fails on demand %d", (demand, shown) => {
    expectEdgeError(() => solveDnsMap(base({ prefixes: [{ cidr: "10.0.1.0/24", demand }] })), {
      path: "dnsMap",
      problem: "demand of prefix 10.0.1.0/24 is invalid",
      value: shown,
      expected: "a finite demand ≥ 0",
    });
  });

  test.each([
    [0, "0"],
    [-5, "-5"],
    [NaN, "NaN"],
  ])("fails on capacity %d", (capacity, shown) => {
    expectEdgeError(() => solveDnsMap(base({ pops: [{ name: "A", capacity }, { name: "B", capacity: 100 }] })), {
      path: "dnsMap",
      problem: "capacity of POP A is invalid",
      value: shown,
      expected: "a finite capacity > 0",
    });
  });

  test("fails on duplicate POP names", () => {
    expectEdgeError(() => solveDnsMap(base({ pops: [{ name: "A", capacity: 10 }, { name: "B", capacity: 10 }, { name: "A", capacity: 10 }] })), {
      path: "dnsMap",
      problem: "two POPs share a name",
      value: '"A"',
      expected: "unique POP names",
    });
  });

  test("fails on an empty POP list and an empty prefix list", () => {
    expectEdgeError(() => solveDnsMap(base({ pops: [] })), {
      path: "dnsMap",
      problem: "no POPs given",
      value: "[]",
      expected: "at least one POP { name, capacity }",
    });
    expectEdgeError(() => solveDnsMap(base({ prefixes: [] })), {
      path: "dnsMap",
      problem: "no client prefixes given",
      value: "[]",
      expected: "at least one prefix { cidr, demand }",
    });
  });

  test("fails on a prefix with no latency to any POP", () => {
    const { "2001:db8::/48": _dropped, ...rest } = overloaded.latencyMs;
    expectEdgeError(() => solveDnsMap(base({ latencyMs: rest })), {
      path: "dnsMap",
      problem: "prefix 2001:db8::/48 has no latency to any POP, so no POP can serve it",
      value: '"2001:db8::/48"',
      expected: 'latencyMs["2001:db8::/48"] with at least one POP',
    });
  });

  test("fails on a latency row for an unlisted prefix", () => {
    expectEdgeError(() => solveDnsMap(base({ latencyMs: { ...overloaded.latencyMs, "10.9.0.0/16": { A: 1 } } })), {
      path: "dnsMap",
      problem: "latencyMs has a row for a prefix that is not in prefixes",
      value: '"10.9.0.0/16"',
      expected: "rows keyed by the cidr text of a listed prefix",
    });
  });

  test("fails on a latency entry for an unknown POP", () => {
    expectEdgeError(() => solveDnsMap(base({ latencyMs: { ...overloaded.latencyMs, "10.0.0.0/24": { A: 5, C: 3 } } })), {
      path: "dnsMap",
      problem: 'latencyMs["10.0.0.0/24"] names a POP that is not in pops',
      value: '"C"',
      expected: "one of A, B",
    });
  });

  test.each([
    [-1, "-1"],
    [NaN, "NaN"],
  ])("fails on latency %d", (ms, shown) => {
    expectEdgeError(() => solveDnsMap(base({ latencyMs: { ...overloaded.latencyMs, "10.0.0.0/24": { A: ms } } })), {
      path: "dnsMap",
      problem: "latency from 10.0.0.0/24 to A is invalid",
      value: shown,
      expected: "a finite latency ≥ 0 ms (leave the entry out if the POP cannot serve the prefix)",
    });
  });

  test("fails on a prefix larger than every POP that can serve it", () => {
    const input = base({
      prefixes: [...overloaded.prefixes.slice(0, 2), { cidr: "10.0.0.0/24", demand: 11 }],
      pops: [{ name: "A", capacity: 10 }, { name: "B", capacity: 20 }],
      latencyMs: { ...overloaded.latencyMs, "10.0.0.0/24": { A: 5 } },
    });
    expectEdgeError(() => solveDnsMap(input), {
      path: "dnsMap",
      problem: "prefix 10.0.0.0/24 sends more than any POP that can serve it holds (largest: A, capacity 10)",
      value: "11",
      expected: "demand ≤ 10, or latency entries to larger POPs (split the prefix to spread it)",
    });
  });

  test("fails when whole prefixes cannot be packed although total capacity suffices", () => {
    // Three prefixes of 6 into two POPs of 9: 18 ≤ 18, but no POP takes two of them.
    const input: DnsMapInput = {
      prefixes: ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"].map((cidr) => ({ cidr, demand: 6 })),
      pops: [
        { name: "A", capacity: 9 },
        { name: "B", capacity: 9 },
      ],
      latencyMs: Object.fromEntries(["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"].map((cidr) => [cidr, { A: 1, B: 2 }])),
    };
    const expected = {
      path: "dnsMap",
      value: '{"totalDemand":18,"totalCapacity":18}',
      expected: "more POP capacity, latency entries to more POPs, or smaller (split) prefixes",
    };
    expectEdgeError(() => solveDnsMap(input), { ...expected, problem: "found no assignment that keeps every POP within capacity (each prefix goes whole to one POP)" });
    expectEdgeError(() => exactAssign(input), { ...expected, problem: "no assignment exists that keeps every POP within capacity (each prefix goes whole to one POP)" });
    expectEdgeError(() => greedyNearestAssign(input), {
      ...expected,
      problem: "greedy nearest-POP assignment found no POP with room for 10.0.2.0/24 that keeps every POP within capacity (each prefix goes whole to one POP)",
    });
  });

  test("exactAssign fails on more prefixes than it searches", () => {
    expectEdgeError(() => exactAssign(overloaded, { maxPrefixes: 2, path: "bench" }), {
      path: "bench",
      problem: "too many prefixes for an exact search",
      value: "3",
      expected: "at most 2 prefixes (use solveDnsMap)",
    });
  });
});
