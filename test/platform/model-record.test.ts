import { decodeRecord, encodeRecord, PlatformRecord } from "../../lib/platform/model-record";

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

  test("a platform without a DNS map writes none", () => {
    const { dnsMap: _dnsMap, ...rest } = record;
    expect(decodeRecord(encodeRecord(rest))).toEqual(rest);
  });
});
