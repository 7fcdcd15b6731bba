/**
 * Reference stack (cdktf.json's app): one AWS provider and one Fastly provider, credentials
 * only from the environment the providers read (AWS_* / FASTLY_API_KEY).
 */
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { Route53Record } from "@cdktf/provider-aws/lib/route53-record";
import { Route53Zone } from "@cdktf/provider-aws/lib/route53-zone";
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { FastlyProvider } from "../lib/gen/fastly/provider";
import { ServiceVcl } from "../lib/gen/fastly/service-vcl";

export class ReferenceStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, "aws", { region: "us-east-1" });
    new FastlyProvider(this, "fastly", {});

    const zone = new Route53Zone(this, "zone", { name: "edge.example.com" });
    const nlb = new Lb(this, "l4", {
      name: "edge-l4",
      loadBalancerType: "network",
      internal: false,
      subnets: ["subnet-0123456789abcdef0"],
      enableCrossZoneLoadBalancing: true,
    });
    new Route53Record(this, "www", {
      zoneId: zone.zoneId,
      name: "www.edge.example.com",
      type: "A",
      alias: { name: nlb.dnsName, zoneId: nlb.zoneId, evaluateTargetHealth: true },
    });
    new ServiceVcl(this, "cdn", {
      name: "edge-cdn",
      domain: [{ name: "cdn.edge.example.com" }],
      backend: [
        {
          name: "origin",
          address: "origin.edge.example.com",
          port: 443,
          useSsl: true,
          sslCheckCert: true,
          sslCertHostname: "origin.edge.example.com",
          sslSniHostname: "origin.edge.example.com",
          minTlsVersion: "1.2",
        },
      ],
      snippet: [{ name: "request-id", type: "recv", content: 'set req.http.X-Request-ID = randomstr(16, "0123456789abcdef");' }],
    });
  }
}

const app = new App();
new ReferenceStack(app, "main");
app.synth();
