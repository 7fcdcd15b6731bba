// How a company repo tests its stacks with cdktf-edge/testing: a per-tier summary snapshot
// (reviewable diffs: a moved prefix changes one count and the digest) plus matchers.
import { Testing, TerraformStack } from "cdktf";
import { VideoDeliveryStack } from "../../examples/fastly-video-delivery";
import { EdgeConfigError } from "../../lib/errors";
import { EdgePlatform } from "../../lib/platform/edge-platform";
import { loadStack, setupEdgeMatchers, summarizeStack, uncoveredNames } from "../../lib/testing";
import { ReferenceStack } from "../../stacks/main";

setupEdgeMatchers();

describe("summarizeStack", () => {
  const reference = new ReferenceStack(Testing.app(), "main");
  const summary = summarizeStack(reference);

  test("the reference platform, per tier", () => {
    expect(summary).toMatchSnapshot();
  });

  test("is the same from the construct and from the synthesized cdk.tf.json (which keeps the model record)", () => {
    const json = reference.toTerraform() as Record<string, unknown>;
    expect(summarizeStack(JSON.stringify(json))).toEqual(summary);
  });

  test("on the reference platform every name DNS answers is on a certificate (POP SANs, Fastly TLS)", () => {
    expect(reference).toCoverEveryDnsNameWithCertificate();
  });

  test("a DNS map summary counts every prefix once and the demand adds up", () => {
    const map = summary.platforms[0].dnsMap!;
    const counts = Object.values(map.perPop);
    expect(counts.reduce((s, p) => s + p.prefixes, 0)).toBe(map.prefixes);
    expect(counts.reduce((s, p) => s + (p.demandPercent ?? 0), 0)).toBeCloseTo(100, 0);
    expect(map.digest).toMatch(/^[0-9a-f]{16}$/);
  });

  test("Maglev slot shares of the 16-node fleet are even", () => {
    const shares = Object.values(summary.platforms[0].maglev.fra.slotSharePercent);
    expect(shares).toHaveLength(16);
    for (const share of shares) expect(Math.abs(share - 6.25)).toBeLessThan(0.02);
  });

  test("Testing.synth output (metadata stripped) still gives POP-free summaries of certificates and Fastly", () => {
    const fromText = summarizeStack(Testing.synth(reference));
    expect(fromText.platforms).toEqual([]);
    expect(fromText.fastly).toEqual(summary.fastly);
  });

  test("counts the model's prefixes even when Route53 holds their aggregate", () => {
    const stack = new TerraformStack(Testing.app(), "agg");
    const network = (n: number) => ({ vpcId: `vpc-0000000000000000${n}`, publicSubnetIds: [`subnet-0000000000000000${n}`, `subnet-1000000000000000${n}`] });
    new EdgePlatform(stack, "Edge", {
      domain: "example.com",
      dataCenters: [{ name: "ash", region: "us-east-1", originHostname: "ash.example.com", originAddresses: ["10.0.0.1"] }],
      pops: [
        { name: "iad", region: "us-east-1", network: network(1), l4: { kind: "managed" }, capacity: 1000 },
        { name: "fra", region: "eu-central-1", network: network(2), l4: { kind: "managed" }, capacity: 1000 },
      ],
      dnsRouting: {
        kind: "dns-map",
        prefixes: [
          { cidr: "198.51.100.0/25", demand: 10 },
          { cidr: "198.51.100.128/25", demand: 30 },
          { cidr: "203.0.113.0/24", demand: 60 },
        ],
        latencyMs: { "198.51.100.0/25": { iad: 10, fra: 90 }, "198.51.100.128/25": { iad: 12, fra: 90 }, "203.0.113.0/24": { iad: 90, fra: 9 } },
        defaultPop: "iad",
      },
    });
    const map = summarizeStack(stack).platforms[0].dnsMap!;
    expect(map.cidrBlocks).toBe(2); // the two /25s are one /24 in Route53
    expect(map.prefixes).toBe(3);
    expect(map.perPop).toEqual({ fra: { prefixes: 1, demand: 60, demandPercent: 60 }, iad: { prefixes: 2, demand: 40, demandPercent: 40 } });
  });

  test("rejects text that is not Terraform JSON", () => {
    expect(() => summarizeStack("not json")).toThrow(EdgeConfigError);
  });
});

describe("matchers", () => {
  const video = new VideoDeliveryStack(Testing.app(), "fastly-video-delivery");

  test("canary share is read from the rendered VCL", () => {
    expect(video).toHaveCanaryShare(5);
    expect(video).not.toHaveCanaryShare(25);
  });

  test("every DNS name covered by a certificate: the Fastly TLS subscription covers the video domain", () => {
    expect(video).toCoverEveryDnsNameWithCertificate();
  });

  test("a Route53 record without a certificate fails the matcher and names the host", () => {
    const stack = new TerraformStack(Testing.app(), "bare");
    stack.addOverride("resource.aws_route53_record.api", { name: "api.example.com", type: "A", zone_id: "Z1", records: ["192.0.2.1"], ttl: 60 });
    stack.addOverride("resource.aws_acm_certificate.wild", { domain_name: "*.internal.example.com", validation_method: "DNS" });
    expect(stack).not.toCoverEveryDnsNameWithCertificate();
    expect(uncoveredNames(loadStack(stack))).toEqual(["api.example.com"]);
    stack.addOverride("resource.aws_acm_certificate.api", { domain_name: "*.example.com", validation_method: "DNS" });
    expect(stack).toCoverEveryDnsNameWithCertificate();
  });
});
