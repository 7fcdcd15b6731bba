import { DnsMap, DnsMapInput, solveDnsMap } from "../../lib/model/dns-map";
import { latencyMs, pops, prefixes } from "../../stacks/data/reference-platform";
import { expectEdgeError } from "./support/errors";

/** The reference platform's DNS map input (8 POPs on 5 continents, 228 /18s). */
const reference: DnsMapInput = {
  prefixes: prefixes.map(({ cidr, demand }) => ({ cidr, demand })),
  pops: pops.map((p) => ({ name: p.name, capacity: p.capacity! })),
  latencyMs,
};

/** The same with one more POP in Europe: cdg, 300 of capacity, a few ms from fra for every prefix. */
const withCdg: DnsMapInput = {
  ...reference,
  pops: [...reference.pops, { name: "cdg", capacity: 300 }],
  latencyMs: Object.fromEntries(Object.entries(latencyMs).map(([cidr, row]) => [cidr, { ...row, cdg: Math.max(5, row.fra + ((Number(cidr.split(".")[0]) * 7) % 5) - 2) }])),
};

const continentOf = Object.fromEntries(prefixes.map((p) => [p.cidr, p.continent]));
const demandOf = Object.fromEntries(prefixes.map((p) => [p.cidr, p.demand]));

function movedBetween(before: DnsMap, after: DnsMap): { all: string[]; asiaOceania: string[]; demand: number } {
  const all = Object.keys(after.assignment).filter((cidr) => after.assignment[cidr] !== before.assignment[cidr]);
  return {
    all,
    asiaOceania: all.filter((cidr) => continentOf[cidr] === "AS" || continentOf[cidr] === "OC"),
    demand: all.reduce((sum, cidr) => sum + demandOf[cidr], 0),
  };
}

describe("a stable DNS map: adding one POP in Europe to the reference platform", () => {
  const before = solveDnsMap(reference);
  const scratch = solveDnsMap(withCdg, { previous: before.assignment });
  const stable = solveDnsMap(withCdg, { previous: before.assignment, movePenaltyMs: 5 });

  test("from scratch, prefixes move between unrelated POPs in Asia/Oceania", () => {
    const moved = movedBetween(before, scratch);
    console.log(
      `add cdg, re-solved from scratch: ${moved.all.length} prefixes move (demand ${moved.demand}), ${moved.asiaOceania.length} of them in Asia/Oceania: ` +
        moved.asiaOceania.map((cidr) => `${cidr} ${before.assignment[cidr]}→${scratch.assignment[cidr]}`).join(", "),
    );
    expect(scratch.moves).toEqual({ prefixes: moved.all.length, demand: moved.demand, added: 0 });
    expect(moved.asiaOceania.length).toBeGreaterThan(0);
  });

  test("with the previous map and a 5 ms move penalty, far fewer move and none in Asia/Oceania", () => {
    const moved = movedBetween(before, stable);
    console.log(
      `add cdg, movePenaltyMs 5: ${moved.all.length} prefixes move (demand ${moved.demand}), ${moved.asiaOceania.length} in Asia/Oceania; ` +
        `latency cost ${stable.cost} vs ${scratch.cost} from scratch (+${((stable.cost / scratch.cost - 1) * 100).toFixed(2)}%)`,
    );
    expect(stable.moves).toEqual({ prefixes: moved.all.length, demand: moved.demand, added: 0 });
    expect(moved.asiaOceania).toEqual([]);
    expect(moved.all.length * 2).toBeLessThanOrEqual(movedBetween(before, scratch).all.length);
    expect(moved.all.every((cidr) => stable.assignment[cidr] === "cdg" || continentOf[cidr] === "EU" || continentOf[cidr] === "NA")).toBe(true);
    for (const pop of stable.pops) expect(pop.load).toBeLessThanOrEqual(pop.capacity);
  });

  test("reports the penalized objective its bound and gap refer to", () => {
    const moved = movedBetween(before, stable);
    expect(stable.objective).toBeCloseTo(stable.cost + 5 * moved.demand, 6);
    expect(stable.lowerBound).toBeLessThanOrEqual(stable.objective!);
    expect(stable.gap).toBeCloseTo(stable.objective! / stable.lowerBound - 1, 12);
  });

  test("re-solving an unchanged input with its own map as previous moves nothing", () => {
    const again = solveDnsMap(reference, { previous: before.assignment, movePenaltyMs: 5 });
    expect(again.assignment).toEqual(before.assignment);
    expect(again.moves).toEqual({ prefixes: 0, demand: 0, added: 0 });
  });

  test("a drained POP's prefixes must move, and count as moved; new prefixes count as added", () => {
    const drained = { ...reference, pops: reference.pops.filter((p) => p.name !== "syd").map((p) => (p.name === "sin" ? { ...p, capacity: 1100 } : p)) };
    drained.latencyMs = Object.fromEntries(Object.entries(latencyMs).map(([cidr, { syd: _gone, ...row }]) => [cidr, row]));
    const previous = { ...before.assignment };
    delete previous[reference.prefixes[0].cidr];
    const map = solveDnsMap(drained, { previous, movePenaltyMs: 5 });
    const fromSyd = Object.keys(before.assignment).filter((cidr) => before.assignment[cidr] === "syd");
    expect(map.moves!.prefixes).toBeGreaterThanOrEqual(fromSyd.length);
    expect(map.moves!.added).toBe(1);
  });

  test("fails on a negative or non-finite move penalty", () => {
    expectEdgeError(() => solveDnsMap(reference, { movePenaltyMs: -1 }), {
      path: "dnsMap",
      problem: "movePenaltyMs is invalid",
      value: "-1",
      expected: "a finite penalty ≥ 0 ms",
    });
  });
});

describe("short capacity: refuse or spill", () => {
  /** Three prefixes of 6 into two POPs of 9 (and later of 7): whole prefixes do not fit. */
  const short = (capacity: number): DnsMapInput => ({
    prefixes: ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"].map((cidr) => ({ cidr, demand: 6 })),
    pops: [
      { name: "A", capacity },
      { name: "B", capacity },
    ],
    latencyMs: { "10.0.0.0/24": { A: 1, B: 5 }, "10.0.1.0/24": { A: 1, B: 5 }, "10.0.2.0/24": { A: 5, B: 1 } },
  });

  test("refuses by default, naming the totals", () => {
    expect(() => solveDnsMap(short(9))).toThrow(
      'dnsMap: found no assignment that keeps every POP within capacity (each prefix goes whole to one POP) (got {"totalDemand":18,"totalCapacity":18})',
    );
    expect(() => solveDnsMap(short(7), { onShortCapacity: "refuse" })).toThrow("dnsMap: total demand exceeds total POP capacity");
  });

  test("spills when asked, overloading the least loaded POP and reporting the overload per POP", () => {
    for (const capacity of [9, 7]) {
      const map = solveDnsMap(short(capacity), { onShortCapacity: "spill" });
      expect(Object.values(map.assignment).sort()).toEqual(["A", "A", "B"]);
      expect(map.overload).toEqual({ total: 12 - capacity, byPop: { A: 12 - capacity } });
      expect(map.pops.find((p) => p.name === "A")!.utilization).toBeCloseTo(12 / capacity, 12);
    }
  });

  test("spill changes nothing when the map fits", () => {
    const map = solveDnsMap(reference, { onShortCapacity: "spill" });
    expect(map.assignment).toEqual(solveDnsMap(reference).assignment);
    expect(map.overload).toEqual({ total: 0, byPop: {} });
  });
});
