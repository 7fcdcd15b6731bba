/** One L7 tier: ALB with TLS 1.3, ACM certificate validated in Route53, warm HTTP/2 pools to two data centers. */
import { App, TerraformStack } from "cdktf";
import { DataCenter } from "../lib/aws/data-center";
import { DnsTier } from "../lib/aws/dns-tier";
import { L7Tier } from "../lib/aws/l7-tier";
import { awsProvider, exampleNetwork } from "./shared/providers";

const app = new App();
const stack = new TerraformStack(app, "example-l7-tier");
awsProvider(stack);
const dns = new DnsTier(stack, "Dns", { zoneName: "example.com", serviceName: "www.example.com" });
const ashburn = new DataCenter(stack, "Ashburn", {
  name: "ash",
  region: "us-east-1",
  originHostname: "origin-ash.example.com",
  originAddresses: ["10.10.0.10", "10.10.0.11"],
});
const dublin = new DataCenter(stack, "Dublin", {
  name: "dub",
  region: "eu-west-1",
  originHostname: "origin-dub.example.com",
  originAddresses: ["10.20.0.10"],
});
new L7Tier(stack, "L7", {
  name: "fra",
  region: "eu-central-1",
  network: exampleNetwork("eu-central-1"),
  domainName: "fra.pop.example.com",
  zone: dns,
  origins: [ashburn, dublin],
  originWeights: { ash: 1, dub: 3 },
});
app.synth();
