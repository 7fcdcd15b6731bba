import { flowHash, murmur3_32 } from "../../../lib/model/hashing/hash";
import { balance, disruption } from "../../../lib/model/hashing/metrics";
import { buildHashRing, RING_SEED } from "../../../lib/model/hashing/ring";
import { expectEdgeError } from "../support/errors";
import { backendNames, seededRandom, shuffled } from "../support/random";

const relStdDev = (shares: number[]): number => {
  const mean = 1 / shares.length;
  return Math.sqrt(shares.reduce((acc, s) => acc + (s / mean - 1) ** 2, 0) / shares.length);
};

describe("buildHashRing", () => {
  test("places virtual node v of a backend at murmur3_32(name#v, RING_SEED), sorted", () => {
    const ring = buildHashRing([{ name: "b" }, { name: "a" }], { vnodes: 2 });
    const expected = [
      [murmur3_32("a#0", RING_SEED), 0],
      [murmur3_32("a#1", RING_SEED), 0],
      [murmur3_32("b#0", RING_SEED), 1],
      [murmur3_32("b#1", RING_SEED), 1],
    ].sort((x, y) => x[0] - y[0]);
    expect(Array.from(ring.points)).toEqual(expected.map((e) => e[0]));
    expect(Array.from(ring.owners)).toEqual(expected.map((e) => e[1]));
  });

  test("a flow goes to the first virtual node at or after its hash, wrapping past the top", () => {
    const ring = buildHashRing(backendNames(5), { vnodes: 3 });
    const random = seededRandom(3);
    const flows = Array.from({ length: 200 }, () => `tcp 10.0.0.${Math.floor(random() * 256)}:${Math.floor(random() * 65536)}`);
    const expected = flows.map((f) => {
      const h = flowHash(f);
      const next = Array.from(ring.points).findIndex((p) => p >= h);
      return ring.backends[ring.owners[next === -1 ? 0 : next]];
    });
    expect(flows.map((f) => ring.lookup(f))).toEqual(expected);
    expect(new Set(expected).size).toBe(5);
  });

  test("the sampled table agrees with lookup at each slot's point", () => {
    const ring = buildHashRing(backendNames(7), { vnodes: 4 });
    const table = ring.toSlotTable(1000);
    const first = Array.from(ring.points).findIndex((p) => p >= Math.floor((999 * 4294967296) / 1000));
    expect(table.slots[0]).toBe(ring.owners[0]);
    expect(table.slots[999]).toBe(ring.owners[first === -1 ? 0 : first]);
    expect(table.tableSize).toBe(1000);
  });

  test("arc shares add up to the whole hash space", () => {
    const shares = buildHashRing(backendNames(10)).arcShares();
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  // Gryski, "Consistent Hashing: Algorithmic Tradeoffs": 100 vnodes → std-dev ~10 %, 1000 → ~3.2 %.
  test.each([
    [100, 0.07, 0.13],
    [1000, 0.02, 0.045],
  ])("with %d vnodes and 1000 backends the load std-dev is in [%d, %d]", (vnodes, low, high) => {
    const shares = buildHashRing(backendNames(1000), { vnodes }).arcShares();
    const spread = relStdDev(shares);
    console.log(`ring ${vnodes} vnodes, N = 1000: exact arc rel. std-dev ${(spread * 100).toFixed(2)}%, max/mean ${(Math.max(...shares) * 1000).toFixed(3)}`);
    expect(spread).toBeGreaterThan(low);
    expect(spread).toBeLessThan(high);
  });

  test("removing a backend moves exactly the slots it owned", () => {
    const all = backendNames(50);
    const before = buildHashRing(all).toSlotTable(65537);
    const after = buildHashRing(all.filter((b) => b.name !== "l7-13")).toSlotTable(65537);
    const owned = balance(before).backends[13].slots;
    expect(owned).toBeGreaterThan(0);
    expect(disruption(before, after)).toBe(owned / 65537);
  });

  test("vnodes follow weights, at least 1 for any weight > 0, none for weight 0", () => {
    const ring = buildHashRing(
      [
        { name: "a", weight: 4 },
        { name: "b", weight: 1 },
        { name: "c", weight: 0.001 },
        { name: "d", weight: 0 },
      ],
      { vnodes: 100 },
    );
    const counts = [0, 0, 0, 0];
    ring.owners.forEach((o) => counts[o]++);
    expect(counts).toEqual([100, 25, 1, 0]);
  });

  test("any input order builds the same ring", () => {
    const backends = backendNames(30);
    const reference = buildHashRing(backends);
    const ring = buildHashRing(shuffled(backends, seededRandom(11)));
    expect(Array.from(ring.points)).toEqual(Array.from(reference.points));
    expect(Array.from(ring.owners)).toEqual(Array.from(reference.owners));
  });

  test.each([0, 2.5, -3])("fails on vnodes %d", (vnodes) => {
    expectEdgeError(() => buildHashRing([{ name: "a" }], { vnodes, path: "Edge/Ring" }), {
      path: "Edge/Ring",
      problem: "vnodes is not a positive integer",
      value: String(vnodes),
      expected: "an integer ≥ 1, typically 100 to 1000",
    });
  });

  test.each([0, 1.5])("fails to sample into %d slots", (tableSize) => {
    expectEdgeError(() => buildHashRing([{ name: "a" }]).toSlotTable(tableSize), {
      path: "ring",
      problem: "table size is out of range",
      value: String(tableSize),
      expected: "an integer from 1 to 16777216",
    });
  });

  test("fails on a duplicate backend name like every hash", () => {
    expectEdgeError(() => buildHashRing([{ name: "a" }, { name: "a" }]), {
      path: "ring",
      problem: "two backends share a name",
      value: '"a"',
      expected: "unique backend names",
    });
  });
});
