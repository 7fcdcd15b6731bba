import { Testing, TerraformStack } from "cdktf";
import { readLatencyTable } from "../../lib/model/dns/latency-table";
import { planDnsRouting } from "../../lib/platform/dns-plan";
import { EdgePlatform } from "../../lib/platform/edge-platform";
import { EdgePlatformProps, PopSpec } from "../../lib/platform/spec";

// One VPC per region: a VPC lives in one region, and the platform rejects one id used in two.
const network = (region: string) => ({ vpcId: `vpc-${region.replace(/-/g, "")}`, publicSubnetIds: [`subnet-${region.replace(/-/g, "")}a`, `subnet-${region.replace(/-/g, "")}b`] });
const pop = (name: string, region: string, extra: Partial<PopSpec> = {}): PopSpec => ({ name, region, network: network(region), l4: { kind: "managed" }, capacity: 100, ...extra });

function spec(overrides: Partial<EdgePlatformProps> = {}): EdgePlatformProps {
  return {
    domain: "example.com",
    dataCenters: [{ name: "ash", region: "us-east-1", originHostname: "ash.example.com", originAddresses: ["10.0.0.1"] }],
    pops: [pop("iad", "us-east-1", { capacity: 130 }), pop("fra", "eu-central-1")],
    dnsRouting: {
      kind: "dns-map",
      prefixes: [
        { cidr: "23.0.0.0/16", demand: 60 },
        { cidr: "31.0.0.0/16", demand: 60 },
        { cidr: "37.0.0.0/16", demand: 60 },
      ],
      latencyMs: {
        "23.0.0.0/16": { iad: 20, fra: 90 },
        "31.0.0.0/16": { iad: 95, fra: 15 },
        "37.0.0.0/16": { iad: 90, fra: 20 },
      },
      defaultPop: "iad",
    },
    ...overrides,
  };
}

function build(props: EdgePlatformProps) {
  const stack = new TerraformStack(Testing.app(), "test");
  const platform = new EdgePlatform(stack, "Edge", props);
  return { stack, platform, json: JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Record<string, unknown>>> } };
}

describe("EdgePlatform", () => {
  test("solves the same DNS map from the latency table its door check read as from the table itself", () => {
    const props = spec();
    const rows = (props.dnsRouting as { latencyMs: Record<string, Record<string, number>> }).latencyMs;
    const reordered = { ...props, dnsRouting: { ...props.dnsRouting, latencyMs: Object.fromEntries(Object.entries(rows).reverse()) } };
    for (const p of [props, reordered]) {
      const latencyMs = (p.dnsRouting as { latencyMs: Record<string, Record<string, number>> }).latencyMs;
      expect(planDnsRouting("s/Edge", p, readLatencyTable(latencyMs))).toEqual(planDnsRouting("s/Edge", p));
    }
  });

  test("a POP that the map gives only prefixes without demand still answers for them", () => {
    const props = spec({
      pops: [pop("iad", "us-east-1", { capacity: 200 }), pop("fra", "eu-central-1")],
      dnsRouting: {
        kind: "dns-map",
        prefixes: [
          { cidr: "23.0.0.0/16", demand: 60 },
          { cidr: "31.0.0.0/16", demand: 0 },
        ],
        latencyMs: { "23.0.0.0/16": { iad: 20, fra: 90 }, "31.0.0.0/16": { iad: 95, fra: 15 } },
        defaultPop: "iad",
      },
    });
    const { platform, json } = build(props);
    expect(platform.dnsPlan.assignment).toEqual({ "23.0.0.0/16": "iad", "31.0.0.0/16": "fra" });
    expect(platform.dnsPlan.dnsMap!.pops.find((p) => p.name === "fra")!.load).toBe(0);
    expect([...platform.dnsPlan.mappedPops].sort()).toEqual(["fra", "iad"]);
    const cidrAnswers = Object.values(json.resource.aws_route53_record).map((r) => (r.cidr_routing_policy as { location_name?: string } | undefined)?.location_name);
    expect(cidrAnswers).toContain("fra");
  });

  test("solves the DNS map under POP capacity and renders it as CIDR locations", () => {
    const { platform, json } = build(spec());
    // fra can take only 100 of the 120 demand European prefixes send: one spills to iad.
    expect(platform.dnsPlan.assignment).toEqual({ "23.0.0.0/16": "iad", "31.0.0.0/16": "fra", "37.0.0.0/16": "iad" });
    const locations = Object.values(json.resource.aws_route53_cidr_location).map((l) => [l.name, l.cidr_blocks]);
    expect(locations).toEqual([
      ["fra", ["31.0.0.0/16"]],
      ["iad", ["23.0.0.0/16", "37.0.0.0/16"]],
    ]);
    const defaults = Object.values(json.resource.aws_route53_record).filter((r) => (r.cidr_routing_policy as { location_name?: string } | undefined)?.location_name === "*");
    expect(defaults).toHaveLength(1);
  });

  test("wires each POP's L7 tier to its data centers and its certificate to the platform zone", () => {
    const { platform, json } = build(spec());
    expect(Object.keys(platform.pops)).toEqual(["iad", "fra"]);
    const certs = Object.values(json.resource.aws_acm_certificate).map((c) => [c.domain_name, c.region]);
    expect(certs.sort()).toEqual([
      ["fra.pop.example.com", "eu-central-1"],
      ["iad.pop.example.com", "us-east-1"],
    ]);
    const validation = Object.values(json.resource.aws_route53_record).filter((r) => r.for_each !== undefined);
    expect(validation.every((r) => String(r.zone_id).includes("aws_route53_zone.Edge_Dns"))).toBe(true);
  });

  test("warns when the DNS map sends clients to a POP too far for the time-to-first-byte budget", () => {
    const { platform, stack } = build(spec({ ttfbBudgetMs: 200 }));
    // 37.0.0.0/16 spills to iad at 90 ms RTT: TCP + TLS 1.3 + request = 3 RTT = 270 ms.
    expect(platform.dnsPlan.warnings).toContain(
      "POP iad (p95 of the clients the DNS map sends it): time to first byte over tcp+tls1.3 at 90 ms RTT is 270 ms (3 RTT), over the 200 ms budget by 70 ms: terminate TLS at a POP within 66.7 ms RTT of these clients, or use tls1.3-0rtt / quic / quic-0rtt",
    );
    const annotations = stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === "@cdktf/warn");
    expect(annotations.map((m) => m.data)).toEqual(expect.arrayContaining([...platform.dnsPlan.warnings]));
  });

  test("uses latency routing to each POP's region when asked", () => {
    const { json } = build(spec({ dnsRouting: { kind: "latency" } }));
    const policies = Object.values(json.resource.aws_route53_record)
      .map((r) => [r.set_identifier, r.latency_routing_policy])
      .filter(([, policy]) => policy !== undefined);
    expect(policies.sort()).toEqual([
      ["fra", { region: "eu-central-1" }],
      ["iad", { region: "us-east-1" }],
    ]);
    expect(json.resource.aws_route53_cidr_collection).toBeUndefined();
  });

  test("fails on duplicate POP names", () => {
    expect(() => build(spec({ pops: [pop("iad", "us-east-1"), pop("iad", "us-east-2")] }))).toThrow(
      /^test\/Edge: pops has two POPs with one name: "iad" is listed twice/,
    );
  });

  test("fails on a POP with no L7 tier (no data center to serve)", () => {
    expect(() => build(spec({ pops: [pop("iad", "us-east-1", { origins: [], capacity: 130 }), pop("fra", "eu-central-1")] }))).toThrow(
      'test/Edge: pops[0].origins is empty: the POP would have no L7 tier (got []); expected one or more data center names (ash) for its L7 tier to serve',
    );
  });

  test("fails on an overlapping CIDR in the DNS map input", () => {
    const base = spec();
    const routing = base.dnsRouting as Extract<EdgePlatformProps["dnsRouting"], { kind: "dns-map" }>;
    const prefixes = [...routing.prefixes, { cidr: "23.0.128.0/17", demand: 1 }];
    const latencyMs = { ...routing.latencyMs, "23.0.128.0/17": { iad: 20, fra: 90 } };
    expect(() => build(spec({ dnsRouting: { ...routing, prefixes, latencyMs } }))).toThrow(/^test\/Edge: .*23\.0\.0\.0\/16.*23\.0\.128\.0\/17/);
  });

  test("fails on an invalid CIDR in the DNS map input", () => {
    const base = spec();
    const routing = base.dnsRouting as Extract<EdgePlatformProps["dnsRouting"], { kind: "dns-map" }>;
    const prefixes = [{ cidr: "23.0.0.1/16", demand: 1 }];
    expect(() => build(spec({ dnsRouting: { ...routing, prefixes, latencyMs: { "23.0.0.1/16": { iad: 1 } } } }))).toThrow(/^test\/Edge: .*23\.0\.0\.1\/16.*23\.0\.0\.0\/16/);
  });

  test("fails on a region string that is not an AWS region", () => {
    expect(() => build(spec({ pops: [pop("iad", "us-east-1", { capacity: 130 }), pop("fra", "eu-frankfurt-1")] }))).toThrow(/test\/Edge: pops\[1\]\.region is not an AWS region \(got "eu-frankfurt-1"\)/);
  });
});

describe("EdgePlatform synthesis", () => {
  test("is deterministic and matches the reviewed snapshot", () => {
    const first = Testing.synth(build(spec()).stack);
    const second = Testing.synth(build(spec()).stack);
    expect(second).toBe(first);
    expect(JSON.parse(first)).toMatchSnapshot();
  });

  test("does not depend on the order POPs and prefixes are listed in", () => {
    const base = spec();
    const routing = base.dnsRouting as Extract<EdgePlatformProps["dnsRouting"], { kind: "dns-map" }>;
    const reordered = spec({ pops: [...base.pops].reverse(), dnsRouting: { ...routing, prefixes: [...routing.prefixes].reverse() } });
    const a = JSON.parse(Testing.synth(build(base).stack)) as { resource: Record<string, Record<string, unknown>> };
    const b = JSON.parse(Testing.synth(build(reordered).stack)) as { resource: Record<string, Record<string, unknown>> };
    expect(Object.keys(b.resource.aws_lb).sort()).toEqual(Object.keys(a.resource.aws_lb).sort());
    expect(b.resource.aws_route53_cidr_location).toEqual(a.resource.aws_route53_cidr_location);
  });
});
