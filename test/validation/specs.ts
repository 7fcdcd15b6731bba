import { App, TerraformStack, Testing } from "cdktf";
import { FastlyCdnService, FastlyCdnServiceProps } from "../../lib/fastly/cdn-service";
import { EdgePlatform } from "../../lib/platform/edge-platform";
import { EdgePlatformProps } from "../../lib/platform/spec";

/** One VPC per region, as a real account has. */
export const networkOf = (region: string) => {
  const tag = region.replace(/-/g, "");
  return { vpcId: `vpc-${tag}`, publicSubnetIds: [`subnet-${tag}a`, `subnet-${tag}b`] };
};

/** A valid platform: two data centers, a managed POP and a BGP/ECMP POP, latency routing. */
export function validPlatform(): EdgePlatformProps {
  return {
    domain: "example.com",
    dataCenters: [
      { name: "ash", region: "us-east-1", originHostname: "ash.dc.example.com", originAddresses: ["10.10.0.10"] },
      { name: "dub", region: "eu-west-1", originHostname: "dub.dc.example.com", originAddresses: ["10.20.0.10", "10.20.0.11"], healthCheckPath: "/health" },
    ],
    pops: [
      { name: "iad", region: "us-east-1", network: networkOf("us-east-1"), l4: { kind: "managed" }, origins: ["ash"] },
      {
        name: "fra",
        region: "eu-central-1",
        network: networkOf("eu-central-1"),
        l4: {
          kind: "bgp-ecmp",
          exposure: "internet",
          nodes: [
            { name: "l4a", address: "10.30.0.10", subnetId: "subnet-eucentral1a" },
            { name: "l4b", address: "10.30.1.10", subnetId: "subnet-eucentral1b" },
          ],
          ami: "ami-0123456789abcdef0",
          vips: ["203.0.113.10"],
          localAsn: 65010,
          peering: { kind: "route-server", routeTableIds: ["rtb-0123456789abcdef0"] },
          l7Backends: [
            { name: "l7a", address: "10.30.2.10" },
            { name: "l7b", address: "10.30.2.11", weight: 2 },
          ],
          maglevTableSize: 251,
        },
      },
    ],
    dnsRouting: { kind: "latency" },
  };
}

/** A valid Fastly service: two origins behind a director, a canary, logging, segmented caching. */
export function validCdn(): FastlyCdnServiceProps {
  return {
    serviceName: "svc",
    domains: ["cdn.example.com", "*.img.example.com"],
    origins: [
      { name: "east", target: "east.example.com", healthCheck: { path: "/healthz", window: 5, threshold: 3 } },
      { name: "west", target: "west.example.com", port: 8443 },
    ],
    director: { type: "random", quorumPercent: 50 },
    canary: { origin: { name: "canary", target: "canary.example.com", healthCheck: { path: "/healthz" } }, selector: { kind: "percentage", percent: 5 } },
    segmentedCaching: [{ name: "video", match: { kind: "extensions", extensions: ["ts", "m4s"] } }],
    logging: [
      { kind: "https", name: "ingest", url: "https://logs.example.com/ingest" },
      { kind: "bigquery", name: "bq", projectId: "proj", dataset: "edge", table: "requests" },
    ],
  };
}

export function synthPlatform(props: EdgePlatformProps, id = "Edge"): string {
  const app: App = Testing.app();
  const stack = new TerraformStack(app, "test");
  new EdgePlatform(stack, id, props);
  return Testing.synth(stack);
}

export function synthCdn(props: FastlyCdnServiceProps, id = "cdn"): string {
  const app: App = Testing.app();
  const stack = new TerraformStack(app, "test");
  new FastlyCdnService(stack, id, props);
  return Testing.synth(stack);
}
