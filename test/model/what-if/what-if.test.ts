import { EdgeConfigError } from "../../../lib/errors";
import { solveDnsMap } from "../../../lib/model/dns-map";
import { buildMaglevTable } from "../../../lib/model/hashing/maglev";
import { canaryBucket } from "../../../lib/model/vcl/canary";
import { rampStepChange, whatIfBackend, whatIfCanary, whatIfPop } from "../../../lib/model/what-if";
import { latencyMs, pops, prefixes } from "../../../stacks/data/reference-platform";
import { expectEdgeError } from "../support/errors";

const reference = {
  prefixes: prefixes.map(({ cidr, demand }) => ({ cidr, demand })),
  pops: pops.map((p) => ({ name: p.name, capacity: p.capacity! })),
  latencyMs,
};
const fleet = Array.from({ length: 16 }, (_, i) => ({ name: `fra-l7-${String(i + 1).padStart(2, "0")}`, weight: 1 }));

describe("whatIfPop on the reference platform", () => {
  const current = solveDnsMap(reference).assignment;

  test("draining lhr moves every lhr prefix, overloads nothing, and is deterministic and fast", () => {
    const started = Date.now();
    const result = whatIfPop(reference, { kind: "drain", pop: "lhr" });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(1000);
    const lhr = Object.entries(current).filter(([, pop]) => pop === "lhr").map(([cidr]) => cidr);
    const moved = new Set(result.moves.map((m) => m.cidr));
    for (const cidr of lhr) expect(moved.has(cidr)).toBe(true);
    expect(result.moves.every((m) => m.to !== "lhr")).toBe(true);
    expect(result.overloads).toEqual([]);
    // The move penalty keeps the rest of the map: only a couple of extra moves make room.
    expect(result.prefixesMoved).toBeLessThanOrEqual(lhr.length + 4);
    expect(result.pops.find((p) => p.name === "lhr")).toMatchObject({ after: undefined });
    const lhrDemand = prefixes.filter((p) => current[p.cidr] === "lhr").reduce((s, p) => s + p.demand, 0);
    expect(result.demandMoved).toBeGreaterThanOrEqual(lhrDemand);
    // European users now cross the Atlantic: p95 rises.
    expect(result.latency.after.p95Ms).toBeGreaterThan(result.latency.before.p95Ms);
    expect(whatIfPop(reference, { kind: "drain", pop: "lhr" })).toEqual(result);
  });

  test("adding a POP next to Europe takes prefixes from farther POPs and lowers mean latency", () => {
    const near = Object.fromEntries(prefixes.filter((p) => p.continent === "EU").map((p) => [p.cidr, 18]));
    const result = whatIfPop(reference, { kind: "add", pop: { name: "mad", capacity: 400 }, latencyMs: near });
    expect(result.moves.length).toBeGreaterThan(0);
    expect(result.moves.every((m) => m.to === "mad" || m.from !== m.to)).toBe(true);
    expect(result.latency.after.meanMs).toBeLessThan(result.latency.before.meanMs);
    expect(result.pops.find((p) => p.name === "mad")?.before).toBeUndefined();
  });

  test("a capacity cut moves just enough demand; a drain that cannot fit throws EdgeConfigError", () => {
    const cut = whatIfPop(reference, { kind: "capacity", pop: "iad", capacity: 500 });
    const iad = cut.pops.find((p) => p.name === "iad")!;
    expect(iad.after!.demand).toBeLessThanOrEqual(500);
    expect(cut.moves.every((m) => m.from === "iad" || m.to !== "iad")).toBe(true);
    const tiny = { prefixes: [{ cidr: "10.0.0.0/8", demand: 60 }, { cidr: "11.0.0.0/8", demand: 60 }], pops: [{ name: "a", capacity: 100 }, { name: "b", capacity: 100 }], latencyMs: { "10.0.0.0/8": { a: 10, b: 20 }, "11.0.0.0/8": { a: 20, b: 10 } } };
    expect(() => whatIfPop(tiny, { kind: "drain", pop: "b" })).toThrow(EdgeConfigError);
  });

  test("bad changes name the problem", () => {
    expectEdgeError(() => whatIfPop(reference, { kind: "drain", pop: "xxx" }, { current }), {
      path: "whatIf",
      problem: "drain names an unknown POP",
      value: '"xxx"',
      expected: "one of iad, sfo, gru, fra, lhr, nrt, sin, syd",
    });
    expectEdgeError(() => whatIfPop(reference, { kind: "add", pop: { name: "iad", capacity: 1 }, latencyMs: {} }, { current }), {
      path: "whatIf",
      problem: "add names a POP that exists",
      value: '"iad"',
      expected: "a new name (not iad, sfo, gru, fra, lhr, nrt, sin, syd)",
    });
  });
});

describe("whatIfBackend", () => {
  test("removing one of 16 L7 nodes moves its 1/16 of flows plus little Maglev churn", () => {
    const started = Date.now();
    const result = whatIfBackend(fleet, { kind: "remove", backend: "fra-l7-03" });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.minimumMoved).toBeCloseTo(1 / 16, 3);
    expect(result.flowsMoved).toBeGreaterThanOrEqual(result.minimumMoved);
    expect(result.flowsMoved).toBeLessThan(result.minimumMoved * 1.2);
    expect(result.backends.find((b) => b.name === "fra-l7-03")).toEqual({ name: "fra-l7-03", before: expect.any(Number), after: 0 });
    // Cross-check a moved share against the tables themselves.
    const before = buildMaglevTable(fleet);
    const after = buildMaglevTable(fleet.filter((b) => b.name !== "fra-l7-03"));
    let moved = 0;
    for (let j = 0; j < before.tableSize; j++) if (before.backends[before.slots[j]] !== after.backends[after.slots[j]]) moved++;
    expect(result.flowsMoved).toBe(moved / before.tableSize);
  });

  test("adding a node gives it about 1/17 and moves about that much", () => {
    const result = whatIfBackend(fleet, { kind: "add", backend: "fra-l7-17" });
    expect(result.backends.find((b) => b.name === "fra-l7-17")!.after).toBeCloseTo(1 / 17, 2);
    expect(result.flowsMoved).toBeLessThan((1 / 17) * 1.2);
  });
});

describe("whatIfCanary", () => {
  test("5 % → 25 % switches exactly 20 % of users, matching the VCL hash on a sample", () => {
    const result = whatIfCanary({ from: 5, to: 25, seed: "edge-cdn" });
    expect(result.usersSwitched).toBeCloseTo(0.2, 10);
    expect(result.toProduction).toBe(0);
    expect(Math.abs(result.sampled.switched - 0.2)).toBeLessThan(0.015);
    expect(result.sampled.toProduction).toBe(0);
    // The sample uses the same bucket function the VCL does.
    expect(canaryBucket("edge-cdn", "user-0")).toBeGreaterThanOrEqual(0);
  });

  test("ramp steps map to percentages; a ramp back switches users to production", () => {
    const change = rampStepChange([1, 5, 25, 100], 2, 1, "svc");
    expect(change).toEqual({ from: 25, to: 5, seed: "svc" });
    const result = whatIfCanary(change);
    expect(result.toProduction).toBeCloseTo(0.2, 10);
    expectEdgeError(() => rampStepChange([1, 5], 0, 2), { path: "whatIf", problem: "ramp step is not an index of steps", value: "2", expected: "an integer from 0 to 1" });
  });

  test("a new seed reshuffles: switched share is from·(1−to) + to·(1−from)", () => {
    const result = whatIfCanary({ from: 10, to: 10, seed: "a", toSeed: "b" });
    expect(result.usersSwitched).toBeCloseTo(0.18, 10);
    expect(Math.abs(result.sampled.switched - 0.18)).toBeLessThan(0.015);
  });
});
