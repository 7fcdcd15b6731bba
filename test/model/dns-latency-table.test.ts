import { readLatencyTable } from "../../lib/model/dns/latency-table";

describe("readLatencyTable (EdgePlatform's door check reads the DNS map's latency once)", () => {
  test("keeps the rows in key order and each row's POPs in its own order, POPs numbered as first met", () => {
    const read = readLatencyTable({ "10.0.0.0/16": { b: 5, a: 7 }, "10.1.0.0/16": { a: 1, c: 2 }, "10.2.0.0/16": {} })!;
    expect(read.cidrs).toEqual(["10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16"]);
    expect(read.pops).toEqual(["b", "a", "c"]);
    expect([...read.rowStart]).toEqual([0, 2, 4, 4]);
    expect([...read.pop]).toEqual([0, 1, 1, 2]);
    expect([...read.ms]).toEqual([5, 7, 1, 2]);
  });

  test("grows past a first row narrower than the rest", () => {
    const wide = Object.fromEntries(Array.from({ length: 30 }, (_, k) => [`p${k}`, k]));
    const read = readLatencyTable({ "10.0.0.0/16": { p0: 1 }, "10.1.0.0/16": wide, "10.2.0.0/16": wide })!;
    expect([...read.rowStart]).toEqual([0, 1, 31, 61]);
    expect(read.ms.length).toBe(61);
    expect([...read.ms.subarray(31)]).toEqual(Array.from({ length: 30 }, (_, k) => k));
  });

  test("leaves anything but an object of objects of numbers to the shape checks", () => {
    for (const table of [null, [], "x", { a: [] }, { a: null }, { a: { b: "1" } }, { a: { b: 1 }, c: 2 }]) {
      expect(readLatencyTable(table)).toBeUndefined();
    }
  });
});
