import { Testing, TerraformStack } from "cdktf";
import { L4Exposure, L4Mode } from "../../lib/aws/l4-mode";
import { EdgePlatform } from "../../lib/platform/edge-platform";
import { EdgePlatformProps, PopSpec } from "../../lib/platform/spec";

const networkOf = (region: string) => ({ vpcId: `vpc-${region.replace(/-/g, "")}`, publicSubnetIds: [`subnet-${region.replace(/-/g, "")}a`, `subnet-${region.replace(/-/g, "")}b`] });
const fleet = (exposure: L4Exposure): L4Mode => ({
  kind: "bgp-ecmp",
  exposure,
  ami: "ami-1",
  vips: ["203.0.113.10"],
  localAsn: 65010,
  nodes: [1, 2].map((i) => ({ name: `n${i}`, address: `10.0.0.${i}`, subnetId: "subnet-eucentral1a" })),
  peering: { kind: "transit-gateway", transitGatewayId: "tgw-1", transportAttachmentId: "tgw-attach-1" },
  l7Backends: [{ name: "a", address: "10.0.1.1" }],
});
const pop = (name: string, region: string, l4: L4Mode): PopSpec => ({ name, region, network: networkOf(region), l4, capacity: 100 });

function build(fraExposure: L4Exposure) {
  const props: EdgePlatformProps = {
    domain: "example.com",
    dataCenters: [{ name: "ash", region: "us-east-1", originHostname: "ash.example.com", originAddresses: ["10.0.0.1"] }],
    pops: [pop("iad", "us-east-1", { kind: "managed" }), pop("fra", "eu-central-1", fleet(fraExposure))],
    dnsRouting: {
      kind: "dns-map",
      prefixes: [{ cidr: "23.0.0.0/16", demand: 60 }, { cidr: "31.0.0.0/16", demand: 30 }],
      latencyMs: { "23.0.0.0/16": { iad: 20, fra: 90 }, "31.0.0.0/16": { iad: 95, fra: 15 } },
      defaultPop: "iad",
    },
    globalAccelerator: { name: "edge" },
  };
  const stack = new TerraformStack(Testing.app(), "test");
  const platform = new EdgePlatform(stack, "Edge", props);
  const json = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Record<string, unknown>>> };
  const all = (type: string) => Object.values(json.resource[type] ?? {});
  return { platform, all };
}

describe("EdgePlatform and L4 exposure", () => {
  test("an internet-facing BGP/ECMP POP is mapped, answered through its own accelerator and added to the platform's", () => {
    const { platform, all } = build("internet");
    expect(platform.dnsPlan.assignment).toEqual({ "23.0.0.0/16": "iad", "31.0.0.0/16": "fra" });
    const fra = all("aws_route53_record").find((r) => r.set_identifier === "fra")!;
    expect(fra.alias).toMatchObject({ name: expect.stringMatching(/aws_globalaccelerator_accelerator\.Edge_Pop-fra_L4_Ingress_.*\.dns_name/) });
    expect(all("aws_route53_health_check").map((h) => h.fqdn).sort()).toEqual(["ash.example.com", "fra.pop.example.com", "iad.pop.example.com"]);
    // Its own accelerator (the DNS answer) and the platform-wide anycast one both reach its nodes.
    const groups = all("aws_globalaccelerator_endpoint_group").filter((g) => g.health_check_protocol === "HTTP");
    expect(groups).toHaveLength(2);
  });

  test("a private BGP/ECMP POP gets no prefix, no DNS answer, no hostname record and no health check", () => {
    const { platform, all } = build("private");
    expect(platform.dnsPlan.assignment).toEqual({ "23.0.0.0/16": "iad", "31.0.0.0/16": "iad" });
    expect(all("aws_route53_record").map((r) => r.name).filter((n) => String(n).startsWith("fra"))).toEqual([]);
    expect(all("aws_route53_record").some((r) => r.set_identifier === "fra")).toBe(false);
    expect(all("aws_route53_health_check").map((h) => h.fqdn).sort()).toEqual(["ash.example.com", "iad.pop.example.com"]); // the data center and iad only
    expect(all("aws_globalaccelerator_endpoint_group")).toHaveLength(1);
    expect(platform.pops.fra.reachability).toBe("private");
  });
});
