/**
 * The reference platform (cdktf.json's app): 3 data centers, 8 POPs on 5 continents mapped to
 * users by a solved CIDR DNS map, anycast addresses in front of the managed L4 tiers, one POP
 * (fra) running a BGP/ECMP L4 fleet in front of its own HAProxy L7 fleet, and a Fastly CDN service using three POPs as origins behind one shield.
 * Providers get credentials only from the environment (AWS_* and FASTLY_API_KEY).
 */
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { FastlyCdnService } from "../lib/fastly";
import { FastlyProvider } from "../lib/gen/fastly/provider";
import { EdgePlatform } from "../lib/platform/edge-platform";
import { dataCenters, latencyMs, pops, prefixes } from "./data/reference-platform";

export class ReferenceStack extends TerraformStack {
  public readonly platform: EdgePlatform;
  public readonly cdn: FastlyCdnService;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, "aws", { region: "us-east-1", defaultTags: [{ tags: { "managed-by": "cdktf-edge" } }] });
    new FastlyProvider(this, "fastly", {});

    this.platform = new EdgePlatform(this, "Edge", {
      domain: "edge.example.com",
      dataCenters,
      pops,
      dnsRouting: { kind: "dns-map", prefixes: prefixes.map(({ cidr, demand }) => ({ cidr, demand })), latencyMs, defaultPop: "iad" },
      globalAccelerator: { name: "edge-anycast", clientAffinity: "NONE" },
    });

    const pop = this.platform.pops;
    this.cdn = new FastlyCdnService(this, "Cdn", {
      serviceName: "edge-cdn",
      domains: ["cdn.edge.example.com"],
      origins: [
        { name: "pop_iad", target: pop.iad, healthCheck: { path: "/healthz" } },
        { name: "pop_lhr", target: pop.lhr, healthCheck: { path: "/healthz" } },
        { name: "pop_nrt", target: pop.nrt, healthCheck: { path: "/healthz" } },
      ],
      // One shield for the pool: Fastly applies the director's shield to its members.
      director: { name: "pops", type: "random", quorumPercent: 34, retries: 3, shield: "iad-va-us" },
      segmentedCaching: [{ name: "large-media", match: { kind: "extensions", extensions: ["mp4", "m4s", "ts"] } }],
      surrogateKeys: { fromOriginHeader: "Cache-Tag", serviceKey: "edge" },
      versionComment: "reference platform",
      // The certificate covers exactly the service's domains; the zone gets their ACME challenge
      // and the CNAME that sends cdn.edge.example.com to Fastly.
      tls: { route53Zone: this.platform.dns },
    });
  }
}

if (require.main === module) {
  const app = new App();
  new ReferenceStack(app, "main");
  app.synth();
}
