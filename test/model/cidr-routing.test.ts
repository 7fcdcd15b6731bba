import { parseCidr } from "../../lib/model/cidr";
import { aggregateBlocks, planCidrLocations } from "../../lib/model/cidr-routing";
import { solveDnsMap } from "../../lib/model/dns-map";
import { expectEdgeError } from "./support/errors";
import { asDnsMapInput, largeDnsInstance } from "./support/dns-large";
import { seededRandom } from "./support/random";

const blocks = (...texts: string[]) => texts.map((t) => parseCidr(t));
const texts = (cidrs: { canonical: string }[]) => cidrs.map((c) => c.canonical);

describe("aggregateBlocks", () => {
  test("merges sibling blocks into their supernet, repeatedly", () => {
    expect(texts(aggregateBlocks(blocks("10.0.3.0/24", "10.0.1.0/24", "10.0.0.0/24", "10.0.2.0/24")))).toEqual(["10.0.0.0/22"]);
  });

  test("keeps neighbours that are not siblings apart", () => {
    // 10.0.1.0/24 and 10.0.2.0/24 touch, but their union is no CIDR block.
    expect(texts(aggregateBlocks(blocks("10.0.1.0/24", "10.0.2.0/24")))).toEqual(["10.0.1.0/24", "10.0.2.0/24"]);
  });

  test("merges IPv6 siblings and keeps the families apart", () => {
    expect(texts(aggregateBlocks(blocks("2001:db8:1::/48", "2001:db8::/48", "192.0.2.0/25", "192.0.2.128/25")))).toEqual(["192.0.2.0/24", "2001:db8::/47"]);
  });

  test("stops at /1: Route 53 takes no /0", () => {
    expect(texts(aggregateBlocks(blocks("128.0.0.0/1", "0.0.0.0/1")))).toEqual(["0.0.0.0/1", "128.0.0.0/1"]);
  });

  test("is lossless on random maps: the same addresses go to the same POP, with fewer blocks", () => {
    const random = seededRandom(5);
    for (let round = 0; round < 20; round++) {
      const assignment: Record<string, string> = {};
      for (let i = 0; i < 512; i++) if (random() < 0.9) assignment[`10.${i >> 8}.${i & 255}.0/24`] = random() < 0.7 ? "a" : "b";
      const plan = planCidrLocations(assignment);
      const owner = new Map<number, string>();
      // Collected, then asserted once per round: an expect per /24 made this test take seconds.
      const coveredTwice: number[] = [];
      for (const location of plan.locations) {
        for (const text of location.cidrBlocks) {
          const cidr = parseCidr(text);
          for (let a = Number(cidr.first); a <= Number(cidr.last); a += 256) {
            if (owner.has(a)) coveredTwice.push(a);
            owner.set(a, location.pop);
          }
        }
      }
      expect(coveredTwice).toEqual([]);
      expect(owner.size).toBe(Object.keys(assignment).length);
      const moved = Object.entries(assignment).filter(([cidr, pop]) => owner.get(Number(parseCidr(cidr).first)) !== pop);
      expect(moved).toEqual([]);
      expect(plan.blocks).toBeLessThan(plan.inputBlocks);
    }
  });
});

describe("planCidrLocations", () => {
  test("plain IPv4 maps (merged on numbers) come out as aggregateBlocks merges each POP's blocks", () => {
    const random = seededRandom(11);
    let merges = 0;
    for (let round = 0; round < 30; round++) {
      // Non-overlapping blocks from /14 to /24: cut 10.0.0.0/8 into pieces of random size.
      const assignment: Record<string, string> = {};
      for (let address = 10 * 2 ** 24; address < 11 * 2 ** 24; ) {
        let length = 14 + Math.floor(random() * 11);
        while (address % 2 ** (32 - length) !== 0) length++;
        if (random() < 0.8) assignment[`${address >>> 24}.${(address >>> 16) & 255}.${(address >>> 8) & 255}.0/${length}`] = ["a", "b", "c"][Math.floor(random() * 3)];
        address += 2 ** (32 - length);
      }
      const byPop = new Map<string, string[]>();
      for (const [cidr, pop] of Object.entries(assignment)) byPop.set(pop, [...(byPop.get(pop) ?? []), cidr]);
      const expected = [...byPop.keys()].sort().map((pop) => ({ name: pop, pop, cidrBlocks: texts(aggregateBlocks(blocks(...byPop.get(pop)!))) }));
      const plan = planCidrLocations(assignment);
      expect(plan.locations).toEqual(expected);
      merges += plan.inputBlocks - plan.blocks;
    }
    expect(merges).toBeGreaterThan(100);
  });

  test("one location per POP, named after it, blocks in address order", () => {
    const plan = planCidrLocations({ "198.51.100.0/24": "nrt", "203.0.113.0/24": "fra", "192.0.2.0/24": "nrt", "192.0.3.0/24": "nrt" });
    expect(plan.locations).toEqual([
      { name: "fra", pop: "fra", cidrBlocks: ["203.0.113.0/24"] },
      { name: "nrt", pop: "nrt", cidrBlocks: ["192.0.2.0/23", "198.51.100.0/24"] },
    ]);
    expect([plan.inputBlocks, plan.blocks, plan.aggregationRatio, plan.maxBlocksInLocation]).toEqual([4, 3, 4 / 3, 2]);
  });

  test("splits a POP with more blocks than a location holds into balanced parts", () => {
    // Every other /24: nothing merges.
    const assignment = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`10.0.${2 * i}.0/24`, "nrt"]));
    const plan = planCidrLocations({ ...assignment, "192.0.2.0/24": "fra" }, { maxBlocksPerLocation: 10 });
    expect(plan.locations.map((l) => [l.name, l.pop, l.cidrBlocks.length])).toEqual([
      ["fra", "fra", 1],
      ["nrt", "nrt", 8],
      ["nrt-2", "nrt", 8],
      ["nrt-3", "nrt", 9],
    ]);
    expect(plan.locationsByPop).toEqual({ fra: ["fra"], nrt: ["nrt", "nrt-2", "nrt-3"] });
    expect(plan.locations.flatMap((l) => (l.pop === "nrt" ? l.cidrBlocks : []))).toEqual(Object.keys(assignment));
  });

  test("fails, when asked to refuse, on a POP whose blocks do not fit one location", () => {
    const assignment = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`10.0.${2 * i}.0/24`, "nrt"]));
    expectEdgeError(() => planCidrLocations(assignment, { maxBlocksPerLocation: 10, onTooManyBlocks: "refuse", path: "Edge/Dns" }), {
      path: "Edge/Dns",
      problem: "POP nrt has 11 CIDR blocks after aggregation, more than one Route 53 location holds",
      value: "11",
      expected: 'at most 10 blocks per POP (coarser prefixes, or onTooManyBlocks: "split" to use 2 locations)',
    });
  });

  test("fails when a split part's name is taken by another POP or too long", () => {
    const assignment = { ...Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`10.0.${2 * i}.0/24`, "nrt"])), "192.0.2.0/24": "nrt-2" };
    expectEdgeError(() => planCidrLocations(assignment, { maxBlocksPerLocation: 2 }), {
      path: "cidrRouting",
      problem: "POP nrt needs 2 Route 53 locations, but the name of part 2 is not free",
      value: '"nrt-2"',
      expected: 'a POP name of at most 14 characters that no other POP\'s name extends with "-<n>"',
    });
    const long = Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`10.0.${2 * i}.0/24`, "sixteen-chars-16"]));
    expect(() => planCidrLocations(long, { maxBlocksPerLocation: 2 })).toThrow(/the name of part 2 is not free/);
  });

  test.each([
    ["10.0.0.0/25", "IPv4 blocks from /1 to /24 (map the enclosing /24 to one POP)"],
    ["2001:db8::/64", "IPv6 blocks from /1 to /48 (map the enclosing /48 to one POP)"],
  ])("fails on %s, longer than Route 53 takes", (cidr, expected) => {
    expectEdgeError(() => planCidrLocations({ [cidr]: "nrt", "192.0.2.0/24": "fra" }), {
      path: "cidrRouting",
      problem: `CIDR block ${cidr} (POP nrt) is longer than Route 53 CIDR routing takes, even after merging sibling blocks of the same POP`,
      value: JSON.stringify(cidr),
      expected,
    });
  });

  test("takes a /25 whose sibling goes to the same POP: together they are a /24", () => {
    expect(planCidrLocations({ "10.0.0.0/25": "nrt", "10.0.0.128/25": "nrt" }).locations[0].cidrBlocks).toEqual(["10.0.0.0/24"]);
  });

  test("fails on a /0 block and points at the default location", () => {
    expectEdgeError(() => planCidrLocations({ "0.0.0.0/0": "nrt" }), {
      path: "cidrRouting",
      problem: "the DNS map sends the whole IPv4 space to POP nrt as one block",
      value: '"0.0.0.0/0"',
      expected: 'no /0 block: make the POP the default location "*" (defaultForDnsMap) instead',
    });
  });

  test.each(["", "fra 1", "a-name-of-17-char", "*"])("fails on the location name %j", (name) => {
    expectEdgeError(() => planCidrLocations({ "192.0.2.0/24": name }), {
      path: "cidrRouting",
      problem: "a POP name cannot be a Route53 CIDR location name",
      value: JSON.stringify(name),
      expected: "1-16 letters, digits, '-' or '_'",
    });
  });

  test("fails on overlapping blocks and on a bad limit", () => {
    expect(() => planCidrLocations({ "10.0.0.0/16": "a", "10.0.1.0/24": "b" })).toThrow(/prefixes 10.0.0.0\/16 and 10.0.1.0\/24 overlap/);
    expect(() => planCidrLocations({ "10.0.0.0/16": "a" }, { maxBlocksPerLocation: 1001 })).toThrow(
      "cidrRouting: maxBlocksPerLocation is out of range (got 1001); expected an integer from 1 to 1000 (Route 53's limit per location)",
    );
  });
});

describe("a solved 50,000 × 20 DNS map as Route 53 CIDR locations", () => {
  const instance = largeDnsInstance(9, { prefixes: 50000, pops: 20, slack: 1.5, minReach: 8, maxReach: 12 });
  const map = solveDnsMap(asDnsMapInput(instance));

  test("aggregates losslessly to fewer blocks and fits by splitting POPs over locations of ≤ 1,000 blocks", () => {
    const plan = planCidrLocations(map.assignment);
    const split = Object.values(plan.locationsByPop).filter((names) => names.length > 1).length;
    console.log(
      `CIDR routing, 50,000 /24s × 20 POPs: ${plan.inputBlocks} blocks → ${plan.blocks} after aggregation (${plan.aggregationRatio.toFixed(2)}×), ` +
        `${plan.locations.length} locations (${split} POPs split), fullest location ${plan.maxBlocksInLocation} blocks`,
    );
    expect(plan.inputBlocks).toBe(50000);
    expect(plan.aggregationRatio).toBeGreaterThan(2);
    expect(plan.maxBlocksInLocation).toBeLessThanOrEqual(1000);
    expect(plan.locations.reduce((n, l) => n + l.cidrBlocks.length, 0)).toBe(plan.blocks);
    expect(split).toBeGreaterThan(0);
  });

  test("fails clearly when told to refuse instead of splitting", () => {
    expect(() => planCidrLocations(map.assignment, { onTooManyBlocks: "refuse", path: "Edge/Dns" })).toThrow(
      /^Edge\/Dns: POP pop-\d+ has \d{4,} CIDR blocks after aggregation, more than one Route 53 location holds/,
    );
  });
});
