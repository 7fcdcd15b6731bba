import { LatencyMatrix } from "../../lib/model/dns-map";
import { readLatencyTable } from "../../lib/model/dns/latency-table";
import { decodeRecord, encodeRecord, fromLatencyColumns, latencyColumnsJson, PlatformRecord } from "../../lib/platform/model-record";

const record: PlatformRecord = {
  path: "s/Edge",
  domain: "example.com",
  serviceName: "www.example.com",
  dataCenters: [{ name: "ash", region: "us-east-1" }],
  pops: [{ name: "iad", region: "us-east-1", hostname: "iad.pop.example.com", capacity: 10, l4: "managed", l7: "alb", origins: ["ash"], vips: [] }],
  dnsMap: {
    defaultPop: "iad",
    prefixes: [{ cidr: "198.51.100.0/24", demand: 3 }, { cidr: "203.0.113.0/24", demand: 1 }],
    latencyMs: { "198.51.100.0/24": { iad: 12, fra: 90 }, "203.0.113.0/24": { iad: 30 } },
  },
};

describe("the model record written under the stack's \"//\"", () => {
  test("round-trips exactly, a prefix without latency to a POP staying without it", () => {
    expect(decodeRecord(encodeRecord(record))).toEqual(record);
  });

  test("holds the DNS map as one string, so Testing.synth does not walk thousands of keys", () => {
    const written = encodeRecord(record) as unknown as Record<string, unknown>;
    expect(written.dnsMap).toBeUndefined();
    expect(JSON.parse(String(written.dnsMapJson)).latencyColumns).toEqual({
      cidrs: ["198.51.100.0/24", "203.0.113.0/24"],
      pops: ["fra", "iad"],
      rows: [[90, 12], [null, 30]],
    });
  });

  test("writes the prefixes once when the latency rows are the prefixes, in full otherwise", () => {
    const aligned = JSON.parse(String(encodeRecord(record).dnsMapJson));
    expect(aligned.demand).toEqual([3, 1]);
    expect(aligned.prefixes).toBeUndefined();
    const reordered: PlatformRecord = { ...record, dnsMap: { ...record.dnsMap!, prefixes: [...record.dnsMap!.prefixes].reverse() } };
    const missingRow: PlatformRecord = { ...record, dnsMap: { ...record.dnsMap!, prefixes: [...record.dnsMap!.prefixes, { cidr: "192.0.2.0/24", demand: 2 }] } };
    for (const other of [reordered, missingRow]) {
      expect(JSON.parse(String(encodeRecord(other).dnsMapJson)).prefixes).toEqual(other.dnsMap!.prefixes);
      expect(decodeRecord(encodeRecord(other))).toEqual(other);
    }
  });

  test("a platform without a DNS map writes none", () => {
    const { dnsMap: _dnsMap, ...rest } = record;
    expect(decodeRecord(encodeRecord(rest))).toEqual(rest);
  });

  test("packs a full matrix of whole milliseconds as 16-bit integers, and reads it back exactly", () => {
    const latencyMs = { "10.0.0.0/16": { a: 0, b: 65534, c: 7 }, "10.1.0.0/16": { a: 300, b: 1, c: 256 } };
    const text = latencyColumnsJson(latencyMs);
    const packed = JSON.parse(text);
    expect(packed.rows).toBeUndefined();
    expect(packed.pops).toEqual(["a", "b", "c"]);
    // Row by row, little-endian: 0, 65534, 7, 300, 1, 256.
    expect([...Buffer.from(packed.msUint16, "base64")]).toEqual([0, 0, 254, 255, 7, 0, 44, 1, 1, 0, 0, 1]);
    expect(fromLatencyColumns(packed)).toEqual(latencyMs);
    const prefixes = Object.keys(latencyMs).map((cidr) => ({ cidr, demand: 1 }));
    const dense: PlatformRecord = { ...record, dnsMap: { defaultPop: "a", prefixes, latencyMs } };
    expect(decodeRecord(encodeRecord(dense))).toEqual(dense);
  });

  test("keeps the columns form where packing would lose something: fractions, 65,535 ms or more, a missing POP, POPs out of order", () => {
    const matrices: LatencyMatrix[] = [
      { "10.0.0.0/16": { a: 1, b: 2.5 } },
      { "10.0.0.0/16": { a: 1, b: 65535 } },
      { "10.0.0.0/16": { a: 1, b: 2 }, "10.1.0.0/16": { a: 3 } },
      { "10.0.0.0/16": { b: 1, a: 2 } },
    ];
    for (const latencyMs of matrices) {
      const columns = JSON.parse(latencyColumnsJson(latencyMs));
      expect(columns.msUint16).toBeUndefined();
      expect(fromLatencyColumns(columns)).toEqual(latencyMs);
    }
  });

  test("gives the same text from the table as EdgePlatform's door check read it (packed or not)", () => {
    const matrices: LatencyMatrix[] = [
      { "10.0.0.0/16": { a: 0, b: 65534, c: 7 }, "10.1.0.0/16": { a: 300, b: 1, c: 256 } },
      { "10.0.0.0/16": { a: 1, b: 2.5 } },
      { "10.0.0.0/16": { a: 1, b: 65535 } },
      { "10.0.0.0/16": { a: 1, b: 2 }, "10.1.0.0/16": { a: 3 } },
      { "10.0.0.0/16": { a: 1 }, "10.1.0.0/16": { a: 3, b: 2 } },
      { "10.0.0.0/16": { a: 1, b: 2 }, "10.1.0.0/16": { b: 3, a: 2 } },
      { "10.0.0.0/16": { b: 1, a: 2 } },
      { "10.0.0.0/16": {} },
    ];
    for (const latencyMs of matrices) {
      const read = readLatencyTable(latencyMs)!;
      expect(latencyColumnsJson(latencyMs, Object.keys(latencyMs), read)).toBe(latencyColumnsJson(latencyMs));
    }
  });

  test("writes the latency columns as JSON.stringify would, any number included", () => {
    const latencyMs = { "10.0.0.0/8": { b: 0.5, a: -0, c: 1e21 }, "10.1.0.0/16": { a: 1, b: 2.5, c: 3, d: 4 }, "10.2.0.0/16": { a: 1, b: 2, d: 4, c: 3 }, "192.0.2.0/24": { c: 7, d: 1e-7 }, "2001:db8::/32": {} };
    const pops = ["a", "b", "c", "d"];
    const cidrs = Object.keys(latencyMs);
    const rows = cidrs.map((cidr) => pops.map((pop) => (latencyMs as Record<string, Record<string, number>>)[cidr][pop] ?? null));
    expect(latencyColumnsJson(latencyMs)).toBe(JSON.stringify({ cidrs, pops, rows }));
    // POPs already in order, one first named by a later row.
    const growing = { "10.0.0.0/8": { a: 1, b: 2 }, "10.1.0.0/16": { a: 3, b: 4, c: 5 }, "10.2.0.0/16": { b: 6 } };
    expect(latencyColumnsJson(growing)).toBe(JSON.stringify({ cidrs: Object.keys(growing), pops: ["a", "b", "c"], rows: [[1, 2, null], [3, 4, 5], [null, 6, null]] }));
  });
});
