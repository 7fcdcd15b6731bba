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
});
