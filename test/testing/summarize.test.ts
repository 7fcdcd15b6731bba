// How a company repo tests its stacks with cdktf-edge/testing: a per-tier summary snapshot
// (reviewable diffs: a moved prefix changes one count and the digest) plus matchers.
import { Testing, TerraformStack } from "cdktf";
import { VideoDeliveryStack } from "../../examples/fastly-video-delivery";
import { EdgeConfigError } from "../../lib/errors";
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
