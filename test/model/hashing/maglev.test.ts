import { fnv1a32, flowHash, murmur3_32 } from "../../../lib/model/hashing/hash";
import { buildMaglevTable } from "../../../lib/model/hashing/maglev";
import { balance, disruption } from "../../../lib/model/hashing/metrics";
import { expectEdgeError } from "../support/errors";
import { backendNames, seededRandom, shuffled } from "../support/random";

const slotCounts = (slots: ArrayLike<number>, backends: number): number[] => {
  const counts = new Array<number>(backends).fill(0);
  for (let j = 0; j < slots.length; j++) counts[slots[j]]++;
  return counts;
};

describe("buildMaglevTable: a tiny table pinned by hand", () => {
  // M = 7. From the hashes (offset = fnv1a32 mod 7, skip = murmur3_32 mod 6 + 1):
  //   l7-a: offset 3, skip 1 → preference 3 4 5 6 0 1 2
  //   l7-b: offset 5, skip 5 → preference 5 3 1 6 4 2 0
  //   l7-c: offset 0, skip 1 → preference 0 1 2 3 4 5 6
  // Turns in name order: a→3, b→5, c→0; a→4, b→(3 taken)1, c→(1 taken)2; a→(5 taken)6: full.
  test("the hashes give the offsets and skips the hand computation used", () => {
    expect(["l7-a", "l7-b", "l7-c"].map((n) => [fnv1a32(n) % 7, (murmur3_32(n, 0) % 6) + 1])).toEqual([
      [3, 1],
      [5, 5],
      [0, 1],
    ]);
  });

  test("three equal backends fill slots c b c a a b a", () => {
    const table = buildMaglevTable([{ name: "l7-c" }, { name: "l7-a" }, { name: "l7-b" }], { tableSize: 7 });
    expect(table.backends).toEqual(["l7-a", "l7-b", "l7-c"]);
    expect(table.slots).toBeInstanceOf(Uint16Array);
    expect(Array.from(table.slots)).toEqual([2, 1, 2, 0, 0, 1, 0]);
  });

  // Weights c=2, a=1, b=0 (drained). Max weight 2: c claims a slot every turn, a every
  // second turn. c→0; a→3, c→1; c→2; a→4, c→(3, 4 taken)5; c→6.
  test("weights 1 and 2 with a drained backend fill slots c c c a a c c", () => {
    const table = buildMaglevTable(
      [
        { name: "l7-c", weight: 2 },
        { name: "l7-a", weight: 1 },
        { name: "l7-b", weight: 0 },
      ],
      { tableSize: 7 },
    );
    expect(table.backends).toEqual(["l7-a", "l7-b", "l7-c"]);
    expect(table.weights).toEqual([1, 0, 2]);
    expect(Array.from(table.slots)).toEqual([2, 2, 2, 0, 0, 2, 2]);
  });

  test("lookup sends a flow to the backend of slot flowHash(key) mod M", () => {
    const table = buildMaglevTable([{ name: "l7-a" }, { name: "l7-b" }, { name: "l7-c" }], { tableSize: 7 });
    const flows = ["tcp 198.51.100.7:50123 203.0.113.1:443", "tcp 198.51.100.8:40000 203.0.113.1:443", "udp [2001:db8::1]:5353 [2001:db8::2]:443"];
    const slotNames = ["l7-c", "l7-b", "l7-c", "l7-a", "l7-a", "l7-b", "l7-a"];
    expect(flows.map((f) => table.lookup(f))).toEqual(flows.map((f) => slotNames[flowHash(f) % 7]));
  });
});

describe("buildMaglevTable: balance", () => {
  test.each([3, 10, 1000])("with M = 65537 and N = %d equal backends, each gets ⌊M/N⌋ or ⌈M/N⌉ slots", (n) => {
    const table = buildMaglevTable(backendNames(n));
    const counts = slotCounts(table.slots, n);
    const floor = Math.floor(65537 / n);
    expect(counts.filter((c) => c !== floor && c !== floor + 1)).toEqual([]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(65537);
  });

  test("the default table size is 65537", () => {
    const table = buildMaglevTable(backendNames(2));
    expect([table.tableSize, table.slots.length]).toEqual([65537, 65537]);
  });

  test("weights 1:2:3 give slot shares within 1 % of 1/6, 2/6, 3/6", () => {
    const table = buildMaglevTable([
      { name: "a", weight: 1 },
      { name: "b", weight: 2 },
      { name: "c", weight: 3 },
    ]);
    const { backends } = balance(table);
    for (const b of backends) expect(Math.abs(b.share / b.idealShare - 1)).toBeLessThan(0.01);
    expect(backends.map((b) => b.idealShare)).toEqual([1 / 6, 2 / 6, 3 / 6]);
  });

  test("only weight ratios matter: 1:2:3 and 100:200:300 build the same table", () => {
    const small = buildMaglevTable([{ name: "a", weight: 1 }, { name: "b", weight: 2 }, { name: "c", weight: 3 }]);
    const large = buildMaglevTable([{ name: "a", weight: 100 }, { name: "b", weight: 200 }, { name: "c", weight: 300 }]);
    expect(Buffer.from(large.slots.buffer).equals(Buffer.from(small.slots.buffer))).toBe(true);
  });

  test("more than 65535 backends switch the slots to a Uint32Array", () => {
    const table = buildMaglevTable(backendNames(70000), { tableSize: 70001 });
    expect(table.slots).toBeInstanceOf(Uint32Array);
    expect(Math.max(...slotCounts(table.slots, 70000))).toBe(2);
  });
});

describe("buildMaglevTable: disruption", () => {
  const n = 100;
  const all = backendNames(n);
  const before = buildMaglevTable(all);

  test("a drained backend gets no slots, and draining it moves its slots plus under 1/N more", () => {
    const drainedIndex = 42;
    const after = buildMaglevTable(all.map((b, i) => (i === drainedIndex ? { ...b, weight: 0 } : b)));
    let own = 0;
    let others = 0;
    for (let j = 0; j < 65537; j++) {
      if (before.slots[j] === drainedIndex) own++;
      else if (before.slots[j] !== after.slots[j]) others++;
    }
    console.log(`Maglev drain 1 of ${n}: own slots ${((own / 65537) * 100).toFixed(3)}%, other slots moved ${((others / 65537) * 100).toFixed(3)}%`);
    expect(slotCounts(after.slots, n)[drainedIndex]).toBe(0);
    expect(disruption(before, after)).toBe((own + others) / 65537);
    expect(others / 65537).toBeLessThan(1 / n);
  });

  test("removing 1 of 100 backends moves at least its own slots and at most 2/N of all slots", () => {
    const figures = [0, 17, 50, 83, 99].map((removed) => {
      const after = buildMaglevTable(all.filter((_, i) => i !== removed));
      const own = slotCounts(before.slots, n)[removed] / 65537;
      return { removed, own, moved: disruption(before, after) };
    });
    console.log(
      `Maglev remove 1 of ${n} (M = 65537): moved ${figures.map((f) => `${(f.moved * 100).toFixed(3)}%`).join(", ")} (ideal ${100 / n}%, bound ${200 / n}%)`,
    );
    for (const f of figures) {
      expect(f.moved).toBeGreaterThanOrEqual(f.own);
      expect(f.moved).toBeLessThanOrEqual(2 / n);
    }
  });
});

describe("buildMaglevTable: determinism", () => {
  test("any input order builds the same table", () => {
    const backends = backendNames(50).map((b, i) => ({ ...b, weight: 1 + (i % 4) }));
    const reference = buildMaglevTable(backends, { tableSize: 5003 });
    const random = seededRandom(7);
    for (let round = 0; round < 5; round++) {
      const table = buildMaglevTable(shuffled(backends, random), { tableSize: 5003 });
      expect(table.backends).toEqual(reference.backends);
      expect(Array.from(table.slots)).toEqual(Array.from(reference.slots));
    }
  });
});

describe("buildMaglevTable: errors", () => {
  const two = [{ name: "a" }, { name: "b" }];

  test("fails on a table size that is not prime, naming the nearest primes", () => {
    expectEdgeError(() => buildMaglevTable(two, { tableSize: 65536, path: "Edge/L4" }), {
      path: "Edge/L4",
      problem: "table size is not prime",
      value: "65536",
      expected: "a prime table size, e.g. 65537 (nearest primes: 65521 below, 65537 above)",
    });
  });

  test.each([1, 0, 2.5, NaN, 16777259])("fails on table size %d out of range", (tableSize) => {
    expectEdgeError(() => buildMaglevTable(two, { tableSize }), {
      path: "maglev",
      problem: "table size is out of range",
      value: String(tableSize),
      expected: "a prime from 2 to 16777216, e.g. 65537",
    });
  });

  test("fails on a table smaller than the active backends", () => {
    expectEdgeError(() => buildMaglevTable([...two, { name: "c" }, { name: "d", weight: 0 }], { tableSize: 2 }), {
      path: "maglev",
      problem: "table size is smaller than the 3 backends with weight > 0",
      value: "2",
      expected: "a prime ≥ 3, ideally > 100 × backends (e.g. 307)",
    });
  });

  test.each([
    [-1, "-1"],
    [NaN, "NaN"],
    [Infinity, "Infinity"],
  ])("fails on weight %d", (weight, shown) => {
    expectEdgeError(() => buildMaglevTable([{ name: "a" }, { name: "b", weight }]), {
      path: "maglev",
      problem: 'backend "b" has an invalid weight',
      value: shown,
      expected: "a finite weight ≥ 0 (0 drains the backend)",
    });
  });

  test("fails on duplicate names", () => {
    expectEdgeError(() => buildMaglevTable([{ name: "a" }, { name: "b" }, { name: "a", weight: 2 }]), {
      path: "maglev",
      problem: "two backends share a name",
      value: '"a"',
      expected: "unique backend names",
    });
  });

  test("fails on an empty name", () => {
    expectEdgeError(() => buildMaglevTable([{ name: "" }]), {
      path: "maglev",
      problem: "a backend has an empty name",
      value: '""',
      expected: "a non-empty backend name",
    });
  });

  test("fails on an empty backend list", () => {
    expectEdgeError(() => buildMaglevTable([]), {
      path: "maglev",
      problem: "no backends given",
      value: "[]",
      expected: "at least one backend { name, weight? }",
    });
  });

  test("fails when every backend is drained", () => {
    expectEdgeError(() => buildMaglevTable([{ name: "b", weight: 0 }, { name: "a", weight: 0 }]), {
      path: "maglev",
      problem: "every backend is drained (weight 0), so nothing can take traffic",
      value: '{"a":0,"b":0}',
      expected: "at least one backend with weight > 0",
    });
  });
});
