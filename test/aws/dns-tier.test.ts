import { markCheckedDnsMap, takeCheckedDnsMap } from "../../lib/aws/checked-dns-maps";
import { DnsTier } from "../../lib/aws/dns-tier";
import { EdgeConfigError } from "../../lib/errors";
import { fixture, ofType } from "./helpers";

const pop = (name: string, address = "192.0.2.1") => ({
  endpointName: name,
  dnsTarget: { kind: "addresses" as const, addresses: [address] },
  healthCheckHost: `${name}.example.com`,
  healthCheckPath: "/healthz",
});

describe("DnsTier", () => {
  test("answers per POP under the routing policy, guarded by the POP's health check", () => {
    const { stack, dns } = fixture();
    dns.addPop(pop("nrt"), { kind: "latency", latencyRegion: "ap-northeast-1" });
    const record = ofType(stack, "aws_route53_record")[0];
    expect(record).toMatchObject({
      name: "www.example.com",
      type: "A",
      set_identifier: "nrt",
      ttl: 60,
      records: ["192.0.2.1"],
      latency_routing_policy: { region: "ap-northeast-1" },
    });
    expect(record.health_check_id).toMatch(/aws_route53_health_check\..*\.id/);
    expect(ofType(stack, "aws_route53_health_check").find((h) => h.fqdn === "nrt.example.com")).toMatchObject({ type: "HTTPS", enable_sni: true, resource_path: "/healthz" });
  });

  test("renders a DNS map as a CIDR collection with one location per POP", () => {
    const { stack, dns } = fixture();
    dns.useDnsMap({ "198.51.100.0/24": "nrt", "203.0.113.0/24": "fra", "192.0.2.0/24": "nrt" });
    dns.addPop(pop("nrt"), { kind: "cidr" }, { defaultForDnsMap: true });
    dns.addPop(pop("fra"), { kind: "cidr" });
    const locations = ofType(stack, "aws_route53_cidr_location");
    expect(locations.map((l) => [l.name, l.cidr_blocks])).toEqual([
      ["fra", ["203.0.113.0/24"]],
      ["nrt", ["192.0.2.0/24", "198.51.100.0/24"]],
    ]);
    const policies = ofType(stack, "aws_route53_record").map((r) => (r.cidr_routing_policy as { location_name: string }).location_name);
    expect(policies.sort()).toEqual(["*", "fra", "nrt"]);
  });

  test("imports an existing zone by id instead of creating one", () => {
    const { stack } = fixture();
    const imported = new DnsTier(stack, "Imported", { zoneName: "example.org", serviceName: "www.example.org", existingZoneId: "Z123" });
    imported.addPop(pop("iad"), { kind: "weighted", weight: 10 });
    expect(ofType(stack, "aws_route53_zone")).toHaveLength(1);
    expect(ofType(stack, "aws_route53_record")[0]).toMatchObject({ zone_id: "Z123", weighted_routing_policy: { weight: 10 } });
  });

  test("fails on duplicate POP names", () => {
    const { dns } = fixture();
    dns.addPop(pop("nrt"), { kind: "weighted", weight: 1 });
    expect(() => dns.addPop(pop("nrt"), { kind: "weighted", weight: 1 })).toThrow(
      new EdgeConfigError("test/Dns/nrt", "two POPs share a name", "nrt", "unique POP names"),
    );
  });

  test("fails on a CIDR policy for a POP the DNS map does not use", () => {
    const { dns } = fixture();
    dns.useDnsMap({ "192.0.2.0/24": "nrt" });
    expect(() => dns.addPop(pop("fra"), { kind: "cidr" })).toThrow(/the DNS map assigns no client prefix to this POP/);
  });

  test("fails on a geoproximity bias outside -99..99", () => {
    const { dns } = fixture();
    expect(() => dns.addPop(pop("fra"), { kind: "geoproximity", awsRegion: "eu-central-1", bias: 120 })).toThrow(
      "test/Dns: routing.bias is out of range (got 120); expected a whole number from -99 to 99",
    );
  });
  test("aggregates the DNS map and splits a POP over several locations, one record each", () => {
    const { stack, dns } = fixture();
    // Every other /24 (nothing merges) to nrt, and four sibling /24s to fra (one /22).
    const assignment: Record<string, string> = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`10.0.${2 * i}.0/24`, "nrt"]));
    for (const third of [0, 1, 2, 3]) assignment[`192.0.${third}.0/24`] = "fra";
    dns.useDnsMap(assignment, { maxBlocksPerLocation: 2 });
    dns.addPop(pop("nrt"), { kind: "cidr" }, { defaultForDnsMap: true });
    dns.addPop(pop("fra"), { kind: "cidr" });
    const locations = ofType(stack, "aws_route53_cidr_location").map((l) => [l.name as string, l.cidr_blocks]);
    expect(locations.sort(([a], [b]) => String(a).localeCompare(String(b)))).toEqual([
      ["fra", ["192.0.0.0/22"]],
      ["nrt", ["10.0.0.0/24"]],
      ["nrt-2", ["10.0.2.0/24", "10.0.4.0/24"]],
      ["nrt-3", ["10.0.6.0/24", "10.0.8.0/24"]],
    ]);
    const records = ofType(stack, "aws_route53_record").map((r) => [r.set_identifier, (r.cidr_routing_policy as { location_name: string }).location_name]);
    expect(records.sort()).toEqual([
      ["fra", "fra"],
      ["nrt", "nrt"],
      ["nrt-2", "nrt-2"],
      ["nrt-3", "nrt-3"],
      ["nrt-default", "*"],
    ]);
    expect(dns.cidrPlan).toMatchObject({ inputBlocks: 9, blocks: 6, locationsByPop: { fra: ["fra"], nrt: ["nrt", "nrt-2", "nrt-3"] } });
  });

  test("fails on a DNS map block longer than Route 53 takes", () => {
    const { dns } = fixture();
    expect(() => dns.useDnsMap({ "192.0.2.0/25": "nrt" })).toThrow(
      "test/Dns: CIDR block 192.0.2.0/25 (POP nrt) is longer than Route 53 CIDR routing takes, even after merging sibling blocks of the same POP",
    );
  });

  test("checks every DNS map at its door but one this library vouched for, and that only once", () => {
    const bad = { "192.0.2.0/24": "not a POP name!" };
    expect(() => fixture().dns.useDnsMap(bad)).toThrow(/assignment\["192\.0\.2\.0\/24"\]|POP name/);
    const vouched = { "192.0.2.0/24": "nrt" };
    markCheckedDnsMap(vouched);
    expect(takeCheckedDnsMap(vouched)).toBe(true);
    expect(takeCheckedDnsMap(vouched)).toBe(false);
    // A mark is used up by the call it was made for: the same map is checked next time.
    markCheckedDnsMap(bad);
    const { dns } = fixture();
    expect(() => dns.useDnsMap(bad)).toThrow(EdgeConfigError);
    expect(() => fixture().dns.useDnsMap(bad)).toThrow(/POP name/);
  });

  test("answers AAAA as well as A for a dual-stack load balancer and for IPv6 addresses", () => {
    const { stack, dns } = fixture();
    dns.addPop(
      { ...pop("fra"), dnsTarget: { kind: "alias", dnsName: "fra-l4.elb.amazonaws.com", hostedZoneId: "Z2IFOLAFXWLO4F", dualStack: true } },
      { kind: "latency", latencyRegion: "eu-central-1" },
    );
    dns.addPop({ ...pop("nrt"), dnsTarget: { kind: "addresses", addresses: ["192.0.2.1", "2001:db8::1"] } }, { kind: "latency", latencyRegion: "ap-northeast-1" });
    dns.addPop(
      { ...pop("sfo"), dnsTarget: { kind: "alias", dnsName: "sfo-l4.elb.amazonaws.com", hostedZoneId: "Z24FKFUX50B4VW" } },
      { kind: "latency", latencyRegion: "us-west-1" },
    );
    const records = ofType(stack, "aws_route53_record").map((r) => [r.set_identifier, r.type, r.records ?? (r.alias as { name: string }).name]).sort();
    expect(records).toEqual([
      ["fra", "A", "fra-l4.elb.amazonaws.com"],
      ["fra", "AAAA", "fra-l4.elb.amazonaws.com"],
      ["nrt", "A", ["192.0.2.1"]],
      ["nrt", "AAAA", ["2001:db8::1"]],
      ["sfo", "A", "sfo-l4.elb.amazonaws.com"],
    ]);
    expect(Object.keys(dns.records)).toEqual(["fra", "fra/AAAA", "nrt", "nrt/AAAA", "sfo"]);
  });

  test("renders multivalue answers for address targets", () => {
    const { stack, dns } = fixture();
    dns.addPop(pop("a", "192.0.2.1"), { kind: "multivalue" });
    dns.addPop(pop("b", "192.0.2.2"), { kind: "multivalue" });
    const records = ofType(stack, "aws_route53_record");
    expect(records.map((r) => [r.set_identifier, r.records, r.multivalue_answer_routing_policy])).toEqual([
      ["a", ["192.0.2.1"], true],
      ["b", ["192.0.2.2"], true],
    ]);
  });

  test("fails on multivalue answers for an alias target", () => {
    const { dns } = fixture();
    const alias = { ...pop("fra"), dnsTarget: { kind: "alias" as const, dnsName: "fra-l4.elb.amazonaws.com", hostedZoneId: "Z2IFOLAFXWLO4F" } };
    expect(() => dns.addPop(alias, { kind: "multivalue" })).toThrow(
      'test/Dns/fra: multivalue answers cannot be alias records (got {"kind":"multivalue"}); expected a POP with address targets, or another routing policy for an alias target',
    );
  });

  test("fails on a geolocation with both a continent and a country, and on a subdivision without its country", () => {
    const { dns } = fixture();
    expect(() => dns.addPop(pop("fra"), { kind: "geolocation", continent: "EU", country: "DE" })).toThrow(
      'test/Dns/fra: a geolocation policy names both a continent and a country (got {"kind":"geolocation","continent":"EU","country":"DE"}); expected one of them: a record per continent, and separate records for countries that need their own answer',
    );
    expect(() => dns.addPop(pop("sfo"), { kind: "geolocation", continent: "NA", subdivision: "CA" })).toThrow(/a geolocation subdivision needs its country/);
  });
});
