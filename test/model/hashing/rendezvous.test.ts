import { flowHash, fmix32, murmur3_32 } from "../../../lib/model/hashing/hash";
import { balance, disruption } from "../../../lib/model/hashing/metrics";
import { buildRendezvous, RENDEZVOUS_SEED } from "../../../lib/model/hashing/rendezvous";
import { expectEdgeError } from "../support/errors";
import { backendNames, seededRandom, shuffled } from "../support/random";

describe("buildRendezvous", () => {
  test("a flow goes to the backend with the highest fmix32(hash xor seed(name))", () => {
    const hrw = buildRendezvous(backendNames(4));
    const flow = "tcp 192.0.2.1:1234 203.0.113.1:443";
    const scores = hrw.backends.map((name) => fmix32(flowHash(flow) ^ murmur3_32(name, RENDEZVOUS_SEED)));
    expect(hrw.lookup(flow)).toBe(hrw.backends[scores.indexOf(Math.max(...scores))]);
  });

  test("removing a backend moves only its own flows", () => {
    const all = backendNames(100);
    const before = buildRendezvous(all).toSlotTable(65537);
    const after = buildRendezvous(all.filter((b) => b.name !== "l7-37")).toSlotTable(65537);
    const owned = balance(before).backends[37].slots;
    expect(owned).toBeGreaterThan(0);
    expect(disruption(before, after)).toBe(owned / 65537);
  });

  test("a drained backend takes nothing and changes nothing", () => {
    const all = backendNames(20);
    const before = buildRendezvous(all).toSlotTable(10007);
    const after = buildRendezvous([...all, { name: "l7-spare", weight: 0 }]).toSlotTable(10007);
    expect(disruption(before, after)).toBe(0);
    expect(balance(after).backends.find((b) => b.name === "l7-spare")?.slots).toBe(0);
  });

  test("weights 1:2:3 give shares within 2 % of 1/6, 2/6, 3/6", () => {
    const table = buildRendezvous([
      { name: "a", weight: 1 },
      { name: "b", weight: 2 },
      { name: "c", weight: 3 },
    ]).toSlotTable(65537);
    for (const b of balance(table).backends) expect(Math.abs(b.share / b.idealShare - 1)).toBeLessThan(0.02);
  });

  test("1000 equal backends over 65537 points spread like independent draws (rel. std-dev ≈ √(N/M) = 12 %)", () => {
    const result = balance(buildRendezvous(backendNames(1000)).toSlotTable(65537));
    console.log(`rendezvous N = 1000, M = 65537: rel. std-dev ${(result.relStdDev * 100).toFixed(2)}%, max/mean ${result.maxOverMean.toFixed(3)}`);
    expect(result.relStdDev).toBeGreaterThan(0.09);
    expect(result.relStdDev).toBeLessThan(0.15);
  });

  test("any input order gives the same lookups", () => {
    const backends = backendNames(25).map((b, i) => ({ ...b, weight: 1 + (i % 3) }));
    const a = buildRendezvous(backends).toSlotTable(5000);
    const b = buildRendezvous(shuffled(backends, seededRandom(5))).toSlotTable(5000);
    expect(Array.from(b.slots)).toEqual(Array.from(a.slots));
  });

  test("fails when every backend is drained", () => {
    expectEdgeError(() => buildRendezvous([{ name: "a", weight: 0 }], { path: "Edge/Hrw" }), {
      path: "Edge/Hrw",
      problem: "every backend is drained (weight 0), so nothing can take traffic",
      value: '{"a":0}',
      expected: "at least one backend with weight > 0",
    });
  });
});
