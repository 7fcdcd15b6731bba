/**
 * A small EdgePlatform with latency routing: 2 data centers, 3 POPs with managed L4 tiers behind
 * Global Accelerator, one POP dialed down to 50 % of its region's anycast traffic.
 */
import { App, TerraformStack } from "cdktf";
import { EdgePlatform } from "../lib/platform/edge-platform";
import { awsProvider, exampleNetwork } from "./shared/providers";

const app = new App();
const stack = new TerraformStack(app, "example-edge-platform");
awsProvider(stack);
new EdgePlatform(stack, "Edge", {
  domain: "example.com",
  dataCenters: [
    { name: "ash", region: "us-east-1", originHostname: "ash.dc.example.com", originAddresses: ["10.10.0.10"] },
    { name: "dub", region: "eu-west-1", originHostname: "dub.dc.example.com", originAddresses: ["10.20.0.10"] },
  ],
  pops: [
    { name: "iad", region: "us-east-1", network: exampleNetwork("us-east-1"), l4: { kind: "managed" }, origins: ["ash"] },
    { name: "ams", region: "eu-west-1", network: exampleNetwork("eu-west-1"), l4: { kind: "managed" }, origins: ["dub", "ash"] },
    { name: "bom", region: "ap-south-1", network: exampleNetwork("ap-south-1"), l4: { kind: "managed" }, trafficDialPercent: 50 },
  ],
  dnsRouting: { kind: "latency" },
  globalAccelerator: { name: "example-anycast", byoipAddresses: ["198.51.100.10"], clientAffinity: "SOURCE_IP", flowLogs: { bucketName: "example-anycast-flow-logs" } },
});
app.synth();
