import { balance, disruption } from "../../../lib/model/hashing/metrics";
import { SlotTable } from "../../../lib/model/hashing/slot-table";
import { expectEdgeError } from "../support/errors";

const table = (backends: string[], weights: number[], slots: number[]): SlotTable => ({
  tableSize: slots.length,
  backends,
  weights,
  slots: Uint16Array.from(slots),
});

describe("balance", () => {
  test("compares each backend with weight > 0 with its ideal share", () => {
    // GIVEN a holds 3 of 8 slots, b holds 5, c is drained
    const result = balance(table(["a", "b", "c"], [1, 1, 0], [0, 0, 0, 1, 1, 1, 1, 1]));

    // THEN ratios are 0.75 and 1.25 of the ideal 1/2; rel. std-dev √(½·0.25² + ½·0.25²)
    expect(result.backends).toEqual([
      { name: "a", slots: 3, share: 0.375, idealShare: 0.5 },
      { name: "b", slots: 5, share: 0.625, idealShare: 0.5 },
      { name: "c", slots: 0, share: 0, idealShare: 0 },
    ]);
    expect(result.maxOverMean).toBe(1.25);
    expect(result.minOverMean).toBe(0.75);
    expect(result.relStdDev).toBe(0.25);
  });

  test("a table that matches its weights has ratios of exactly 1", () => {
    const result = balance(table(["a", "b"], [1, 3], [0, 1, 1, 1]));
    expect([result.maxOverMean, result.minOverMean, result.relStdDev]).toEqual([1, 1, 0]);
  });
});

describe("disruption", () => {
  test("compares slots by backend name, not index", () => {
    // before: a b a b; after (a removed, c added): b b c c → slots 0, 2 and 3 changed
    const before = table(["a", "b"], [1, 1], [0, 1, 0, 1]);
    const after = table(["b", "c"], [1, 1], [0, 0, 1, 1]);
    expect(disruption(before, after)).toBe(0.75);
    expect(disruption(before, before)).toBe(0);
  });

  test("fails on tables of different sizes", () => {
    expectEdgeError(() => disruption(table(["a"], [1], [0, 0]), table(["a"], [1], [0, 0, 0]), "stack/l4"), {
      path: "stack/l4",
      problem: "tables of different sizes cannot be compared slot by slot",
      value: '{"before":2,"after":3}',
      expected: "two tables with the same tableSize",
    });
  });
});
