/** A POP with a managed L4 tier (NLB, cross-zone on) behind Global Accelerator anycast addresses. */
import { App, TerraformStack } from "cdktf";
import { DataCenter } from "../lib/aws/data-center";
import { DnsTier } from "../lib/aws/dns-tier";
import { GlobalAccelerator } from "../lib/aws/global-accelerator";
import { Pop } from "../lib/aws/pop";
import { awsProvider, exampleNetwork } from "./shared/providers";

const app = new App();
const stack = new TerraformStack(app, "example-l4-managed");
awsProvider(stack);
const dns = new DnsTier(stack, "Dns", { zoneName: "example.com", serviceName: "www.example.com" });
const dc = new DataCenter(stack, "Dc", { name: "ash", region: "us-east-1", originHostname: "origin.example.com", originAddresses: ["10.10.0.10"] });
const pop = new Pop(stack, "Sydney", {
  name: "syd",
  region: "ap-southeast-2",
  network: exampleNetwork("ap-southeast-2"),
  hostname: "syd.pop.example.com",
  serviceNames: [dns.serviceName],
  zone: dns,
  origins: [dc],
  l4: { kind: "managed", crossZone: true },
});
const anycast = new GlobalAccelerator(stack, "Anycast", { name: "edge-anycast", clientAffinity: "NONE" });
anycast.addPop(pop.l4, pop.region, 100);
dns.addPop(pop, { kind: "latency", latencyRegion: "ap-southeast-2" });
app.synth();
