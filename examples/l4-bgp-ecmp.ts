/**
 * Two BGP/ECMP L4 fleets. Frankfurt is internet-facing: a Global Accelerator with the three
 * L4 instances as endpoints (health-checked on each node's gate port) is what public DNS
 * answers, and the nodes also announce the VIP to a Transit Gateway Connect peer (ECMP, BIRD)
 * for networks behind the TGW. Singapore is private: its VIP is announced to a VPC Route
 * Server (ExaBGP, BGP keepalives since ExaBGP has no BFD) and stays out of public DNS. Every
 * node of a fleet loads the same Maglev table (EMGL) over the L7 nodes.
 */
import { App, TerraformStack } from "cdktf";
import { DataCenter } from "../lib/aws/data-center";
import { DnsTier } from "../lib/aws/dns-tier";
import { Pop } from "../lib/aws/pop";
import { awsProvider, exampleNetwork } from "./shared/providers";

const app = new App();
const stack = new TerraformStack(app, "example-l4-bgp-ecmp");
awsProvider(stack);
const dns = new DnsTier(stack, "Dns", { zoneName: "example.com", serviceName: "www.example.com" });
const dc = new DataCenter(stack, "Dc", { name: "ash", region: "us-east-1", originHostname: "origin.example.com", originAddresses: ["10.10.0.10"] });
const l7Backends = ["a", "b", "c", "d"].map((n, i) => ({ name: `l7-${n}`, address: `10.30.1.${10 + i}` }));

const frankfurt = new Pop(stack, "Frankfurt", {
  name: "fra",
  region: "eu-central-1",
  network: exampleNetwork("eu-central-1"),
  hostname: "fra.pop.example.com",
  serviceNames: [dns.serviceName],
  zone: dns,
  origins: [dc],
  l4: {
    kind: "bgp-ecmp",
    exposure: "internet",
    ami: "ami-0123456789abcdef0",
    vips: ["203.0.113.10"],
    localAsn: 65010,
    nodes: [1, 2, 3].map((i) => ({ name: `l4-${i}`, address: `10.30.0.${10 + i}`, subnetId: "subnet-eucentral1a" })),
    peering: { kind: "transit-gateway", transitGatewayId: "tgw-0123456789abcdef0", transportAttachmentId: "tgw-attach-0123456789abcdef0" },
    l7Backends,
  },
});

new Pop(stack, "Singapore", {
  name: "sin",
  region: "ap-southeast-1",
  network: exampleNetwork("ap-southeast-1"),
  hostname: "sin.pop.example.com",
  zone: dns,
  origins: [dc],
  l4: {
    kind: "bgp-ecmp",
    exposure: "private",
    ami: "ami-0123456789abcdef1",
    vips: ["203.0.113.20"],
    localAsn: 65020,
    daemon: "exabgp",
    nodes: [1, 2].map((i) => ({ name: `l4-${i}`, address: `10.40.0.${10 + i}`, subnetId: "subnet-apsoutheast1a" })),
    peering: { kind: "route-server", routeTableIds: ["rtb-0123456789abcdef0"], peerLiveness: "bgp-keepalive" },
    l7Backends: l7Backends.map((b) => ({ ...b, address: b.address.replace("10.30.", "10.40.") })),
  },
});
// Only the internet-facing POP answers in public DNS (through its Global Accelerator).
dns.addPop(frankfurt, { kind: "latency", latencyRegion: "eu-central-1" });
app.synth();
