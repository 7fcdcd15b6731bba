/**
 * Two BGP/ECMP L4 fleets: one announcing its VIP to a Transit Gateway Connect peer (ECMP over
 * three nodes, BIRD), one to a VPC Route Server (active/standby with BFD, ExaBGP). Every node
 * loads the same Maglev table over the L7 nodes.
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

new Pop(stack, "Frankfurt", {
  name: "fra",
  region: "eu-central-1",
  network: exampleNetwork("eu-central-1"),
  hostname: "fra.pop.example.com",
  zone: dns,
  origins: [dc],
  l4: {
    kind: "bgp-ecmp",
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
    ami: "ami-0123456789abcdef1",
    vips: ["203.0.113.20"],
    localAsn: 65020,
    daemon: "exabgp",
    nodes: [1, 2].map((i) => ({ name: `l4-${i}`, address: `10.40.0.${10 + i}`, subnetId: "subnet-apsoutheast1a" })),
    peering: { kind: "route-server", routeTableIds: ["rtb-0123456789abcdef0"] },
    l7Backends: l7Backends.map((b) => ({ ...b, address: b.address.replace("10.30.", "10.40.") })),
  },
});
app.synth();
