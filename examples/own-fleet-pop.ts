/**
 * Two POPs side by side behind one service name:
 * - Frankfurt, an own-fleet POP: three L4 nodes announce the VIP over BGP to a Transit Gateway
 *   Connect peer (ECMP) and Maglev-hash flows over IPIP to four HAProxy L7 nodes, which
 *   terminate TLS (ACM exportable certificate for the service name and the POP's hostname) and
 *   keep warm, bounded pools to two data centers;
 * - Sydney, a managed POP: NLB in front of an ALB.
 * One spec per POP: the fleet's nodes are the L4 tier's Maglev backends.
 */
import { App, TerraformStack } from "cdktf";
import { DataCenter } from "../lib/aws/data-center";
import { DnsTier } from "../lib/aws/dns-tier";
import { Pop } from "../lib/aws/pop";
import { awsProvider, exampleNetwork } from "./shared/providers";

const app = new App();
const stack = new TerraformStack(app, "example-own-fleet-pop");
awsProvider(stack);
const dns = new DnsTier(stack, "Dns", { zoneName: "example.com", serviceName: "www.example.com" });
const ashburn = new DataCenter(stack, "Ashburn", { name: "ash", region: "us-east-1", originHostname: "ash.dc.example.com", originAddresses: ["10.10.0.10", "10.10.0.11"] });
const dublin = new DataCenter(stack, "Dublin", { name: "dub", region: "eu-west-1", originHostname: "dub.dc.example.com", originAddresses: ["10.20.0.10"] });

const frankfurt = new Pop(stack, "Frankfurt", {
  name: "fra",
  region: "eu-central-1",
  network: exampleNetwork("eu-central-1"),
  hostname: "fra.pop.example.com",
  serviceNames: [dns.serviceName],
  zone: dns,
  origins: [dublin, ashburn],
  l4: {
    kind: "bgp-ecmp",
    exposure: "internet",
    ami: "ami-0123456789abcdef0",
    vips: ["203.0.113.10"],
    localAsn: 65010,
    nodes: [1, 2, 3].map((i) => ({ name: `l4-${i}`, address: `10.30.0.${10 + i}`, subnetId: "subnet-eucentra0000000a" })),
    peering: { kind: "transit-gateway", transitGatewayId: "tgw-0123456789abcdef0", transportAttachmentId: "tgw-attach-0123456789abcdef0" },
  },
  l7: {
    kind: "fleet",
    ami: "ami-0fedcba9876543210",
    nodes: ["a", "b", "c", "d"].map((n, i) => ({ name: `l7-${n}`, address: `10.30.1.${10 + i}`, subnetId: "subnet-eucentra0000000a" })),
    originWeights: { dub: 3, ash: 1 },
    pool: { maxConnectionsPerServer: 64, idleConnectionsPerServer: 32 },
    hstsMaxAgeSeconds: 31536000,
  },
});

const sydney = new Pop(stack, "Sydney", {
  name: "syd",
  region: "ap-southeast-2",
  network: exampleNetwork("ap-southeast-2"),
  hostname: "syd.pop.example.com",
  serviceNames: [dns.serviceName],
  zone: dns,
  origins: [ashburn],
  l4: { kind: "managed" },
});

dns.addPop(frankfurt, { kind: "latency", latencyRegion: "eu-central-1" });
dns.addPop(sydney, { kind: "latency", latencyRegion: "ap-southeast-2" });
app.synth();
