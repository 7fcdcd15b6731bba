/**
 * The classes of bad input issue 11 found getting something other than an EdgeConfigError (a
 * TypeError, a hang, cdktf's own error) or getting accepted: each now ends in EdgeConfigError
 * naming the construct path, the prop as written, the value and the rule.
 */
import { Testing, TerraformStack } from "cdktf";
import { DataCenter } from "../../lib/aws/data-center";
import { DnsTier } from "../../lib/aws/dns-tier";
import { GlobalAccelerator } from "../../lib/aws/global-accelerator";
import { L4Tier } from "../../lib/aws/l4-tier";
import { L7Tier } from "../../lib/aws/l7-tier";
import { Pop } from "../../lib/aws/pop";
import { EdgeConfigError } from "../../lib/errors";
import { FastlyComputeService } from "../../lib/fastly/compute-service";
import { FastlyTlsSubscription } from "../../lib/fastly/tls-subscription";
import { parseCidr } from "../../lib/model/cidr";
import { solveDnsMap } from "../../lib/model/dns-map";
import { buildMaglevTable } from "../../lib/model/hashing/maglev";
import { nextPrime, previousPrime } from "../../lib/model/hashing/primes";
import { assessPop } from "../../lib/model/handshake";
import { RULE_COUNT } from "../../lib/validation/rules";
import { networkOf, synthCdn, synthPlatform, validCdn, validPlatform } from "./specs";

type Mutable = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function caught(thunk: () => unknown): EdgeConfigError {
  const started = Date.now();
  try {
    thunk();
  } catch (e) {
    expect(Date.now() - started).toBeLessThan(2000);
    if (!(e instanceof EdgeConfigError)) throw new Error(`not an EdgeConfigError: ${String(e)}`);
    return e;
  }
  throw new Error("accepted");
}

const platform = (edit: (p: Mutable) => void) => () => {
  const p: Mutable = validPlatform();
  edit(p);
  return synthPlatform(p);
};
const cdn = (edit: (p: Mutable) => void) => () => {
  const p: Mutable = validCdn();
  edit(p);
  return synthCdn(p);
};
const bgp = (p: Mutable) => p.pops[1].l4;

function tiers() {
  const stack = new TerraformStack(Testing.app(), "test");
  const zone = new DnsTier(stack, "Dns", { zoneName: "example.com", serviceName: "www.example.com" });
  const dc = new DataCenter(stack, "Dc", { name: "ash", region: "us-east-1", originHostname: "o.example.com", originAddresses: ["10.0.0.1"] });
  return { stack, zone, dc };
}

describe("every class of bad input ends in EdgeConfigError with its rule", () => {
  test.each<[string, () => unknown, string, RegExp]>([
    ["nextPrime(NaN) (used to hang)", () => nextPrime(NaN), "bounded.number", /^nextPrime: n /],
    ["nextPrime(Infinity) (used to hang)", () => nextPrime(Infinity), "bounded.number", /./],
    ["previousPrime(Infinity) (used to hang)", () => previousPrime(Infinity), "bounded.number", /./],
    ["platform props undefined", () => synthPlatform(undefined as Mutable), "shape.required", /props is missing/],
    ["dnsRouting undefined", platform((p) => delete p.dnsRouting), "shape.required", /dnsRouting is missing/],
    ["a POP's l4 undefined", platform((p) => delete p.pops[0].l4), "shape.required", /pops\[0\]\.l4 is missing/],
    ["a POP's origins null", platform((p) => (p.pops[0].origins = null)), "shape.required", /pops\[0\]\.origins is missing/],
    ["a null data center name (was rendered null-origin)", platform((p) => (p.dataCenters[0].name = null)), "shape.required", /dataCenters\[0\]\.name/],
    ["POPs iad and IAD (cdktf's duplicate construct error)", platform((p) => p.pops.push({ ...p.pops[0], name: "IAD" })), "name.unique", /"iad" and "IAD" are the same logical id/],
    ["one VPC id in two regions", platform((p) => (p.pops[1].network = networkOf("us-east-1"))), "cross.vpc-region", /pops\[1\]\.network\.vpcId/],
    ["a load balancer with subnets: []", platform((p) => (p.pops[0].network.publicSubnetIds = [])), "shape.array-length", /pops\[0\]\.network\.publicSubnetIds has 0 entries/],
    ["an unknown L4 daemon", platform((p) => (bgp(p).daemon = "gobgp")), "shape.enum", /pops\[1\]\.l4\.daemon/],
    ["a VIP that is not IPv4 text", platform((p) => (bgp(p).vips = ["203.0.113.999"])), "ipv4", /pops\[1\]\.l4\.vips\[0\] is not an IPv4 address/],
    ["a VIP 127.0.0.1", platform((p) => (bgp(p).vips = ["127.0.0.1"])), "ipv4.usable", /loopback/],
    ["a VIP equal to a node's own address", platform((p) => (bgp(p).vips = ["10.30.0.10"])), "cross.vip-node", /pops\[1\]\.l4\.vips\[0\]/],
    ["an L7 backend address 10.1.2.300", platform((p) => (bgp(p).l7Backends[0].address = "10.1.2.300")), "ipv4", /l7Backends\[0\]\.address/],
    ["a health-check path without /", platform((p) => (p.dataCenters[0].healthCheckPath = "healthz")), "url.path", /dataCenters\[0\]\.healthCheckPath/],
    ["a POP hostname outside the zone (certificate)", platform((p) => (p.pops[0].hostname = "iad.example.net")), "hostname.in-zone", /pops\[0\]\.hostname is not inside the zone/],
    ["an unknown TLS policy (was called 'below 1.2')", platform((p) => (p.tlsPolicy = "MyPolicy")), "aws.tls-policy", /is not an ELB security policy/],
    ["a TLS 1.0 policy of the TLS13 family (was accepted)", platform((p) => (p.tlsPolicy = "ELBSecurityPolicy-TLS13-1-0-2021-06")), "aws.tls-policy", /allows TLS below 1.2/],
    ["a POP name with '_' (two checks disagreed)", platform((p) => (p.pops[0].name = "ia_d")), "name.pop", /./],
    ["a zero TTFB budget names the prop as written", platform((p) => (p.ttfbBudgetMs = 0)), "shape.number", /ttfbBudgetMs is out of range/],
    ["Global Accelerator port 0", platform((p) => (p.globalAccelerator = { name: "any", ports: [0] })), "port", /globalAccelerator\.ports\[0\]/],
    ["Global Accelerator port 70000", platform((p) => (p.globalAccelerator = { name: "any", ports: [70000] })), "port", /./],
    ["Global Accelerator name with spaces", platform((p) => (p.globalAccelerator = { name: "my accel" })), "aws.name", /globalAccelerator\.name/],
    ["Global Accelerator name with '.' (the provider takes letters, digits, '-'; found by the fuzz phase)", platform((p) => (p.globalAccelerator = { name: "edge.anycast" })), "aws.name", /globalAccelerator\.name/],
    ["a BYOIP address 198.51.100.999", platform((p) => (p.globalAccelerator = { name: "any", byoipAddresses: ["198.51.100.999"] })), "ipv4", /./],
    ["a private BYOIP address", platform((p) => (p.globalAccelerator = { name: "any", byoipAddresses: ["10.0.0.1"] })), "ipv4.public", /./],
    ["a canary header value with '\"}' (error had no path)", cdn((p) => (p.canary.selector = { kind: "header", name: "X-Canary", value: 'a"}' })), "fastly.header-value", /^test\/cdn: canary\.selector\.value/],
    ["canary.selector undefined", cdn((p) => delete p.canary.selector), "shape.required", /canary\.selector is missing/],
    ["HTTPS logging without url", cdn((p) => delete p.logging[0].url), "shape.required", /logging\[0\]\.url is missing/],
    ["HTTPS logging to http://", cdn((p) => (p.logging[0].url = "http://logs.example.com/")), "url.https", /logging\[0\]\.url is not an https URL/],
    ["HTTPS logging URL with credentials", cdn((p) => (p.logging[0].url = "https://user:secret@logs.example.com/")), "url.https", /carries credentials/],
    ["BigQuery logging without dataset", cdn((p) => delete p.logging[1].dataset), "shape.required", /logging\[1\]\.dataset is missing/],
    ["health check threshold above window", cdn((p) => (p.origins[0].healthCheck = { path: "/h", window: 3, threshold: 5 })), "cross.threshold-window", /origins\[0\]\.healthCheck\.threshold/],
    ["duplicate domains (message suggested a `name` they do not have)", cdn((p) => (p.domains = ["a.example.com", "A.example.com"])), "name.unique", /^(?!.*give one of them a `name`)/],
    ["origins undefined", cdn((p) => delete p.origins), "shape.required", /origins is missing/],
    ["parseCidr(undefined)", () => parseCidr(undefined as Mutable), "shape.required", /^cidr: cidr is missing/],
    ["solveDnsMap(undefined)", () => solveDnsMap(undefined as Mutable), "shape.required", /^dnsMap: input is missing/],
    ["buildMaglevTable(null)", () => buildMaglevTable(null as Mutable), "shape.required", /./],
    ["assessPop({})", () => assessPop({} as Mutable), "shape.required", /./],
    ["Compute package undefined", () => new FastlyComputeService(tiers().stack, "c", { domains: ["a.example.com"] } as Mutable), "shape.required", /package is missing/],
    ["TLS subscription with no domains", () => new FastlyTlsSubscription(tiers().stack, "t", { domains: [], service: tiers().zone.zone! }), "shape.array-length", /domains has 0 entries/],
    ["a Pop without zone", () => { const t = tiers(); new Pop(t.stack, "P", { name: "iad", region: "us-east-1", network: networkOf("us-east-1"), hostname: "iad.example.com", origins: [t.dc], l4: { kind: "managed" } } as Mutable); }, "shape.required", /zone is missing/],
    ["an L4 tier without l7", () => new L4Tier(tiers().stack, "L4", { name: "iad", region: "us-east-1", network: networkOf("us-east-1"), mode: { kind: "managed" } } as Mutable), "shape.required", /l7 is missing/],
    ["an L7 tier with one subnet (an ALB needs two zones)", () => { const t = tiers(); new L7Tier(t.stack, "L7", { name: "iad", region: "us-east-1", network: { vpcId: "vpc-1", publicSubnetIds: ["subnet-1"] }, domainName: "iad.example.com", zone: t.zone, origins: [t.dc] }); }, "shape.array-length", /./],
    ["an L7 certificate outside the zone", () => { const t = tiers(); new L7Tier(t.stack, "L7", { name: "iad", region: "us-east-1", network: networkOf("us-east-1"), domainName: "iad.example.org", zone: t.zone, origins: [t.dc] }); }, "hostname.in-zone", /./],
    ["an accelerator POP with dial 101", () => new GlobalAccelerator(tiers().stack, "G", { name: "g" }).addPop({ endpointName: "x" } as Mutable, "us-east-1", 101), "shape.integer", /trafficDialPercent/],
  ])("%s", (_name, thunk, rule, message) => {
    const error = caught(thunk);
    expect(error.rule).toBe(rule);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/\(got .*\); expected /);
  });

  test("the layer has a rule id for every rejection it makes", () => {
    expect(RULE_COUNT).toBeGreaterThanOrEqual(35);
  });

  test("the valid specs synthesize", () => {
    expect(() => synthPlatform(validPlatform())).not.toThrow();
    expect(() => synthCdn(validCdn())).not.toThrow();
  });
});
