/**
 * Data of the reference platform: 3 data centers, 8 POPs on 5 continents, and a DNS map input
 * of client prefixes with demand and measured RTT to each POP. Placeholders stand where a real
 * deployment has its own VPCs, subnets, AMIs and measurements.
 */
import { DataCenterProps } from "../../lib/aws/data-center";
import { PopSpec } from "../../lib/platform/spec";

export const dataCenters: DataCenterProps[] = [
  { name: "ash", region: "us-east-1", originHostname: "ash.dc.edge.example.com", originAddresses: ["10.10.0.10", "10.10.0.11"] },
  { name: "dub", region: "eu-west-1", originHostname: "dub.dc.edge.example.com", originAddresses: ["10.20.0.10", "10.20.0.11"] },
  { name: "sgp", region: "ap-southeast-1", originHostname: "sgp.dc.edge.example.com", originAddresses: ["10.30.0.10", "10.30.0.11"] },
];

function network(region: string) {
  // The whole region code: one VPC id per region (ap-southeast-1 and -2 must not share one).
  const tag = region.replace(/-/g, "");
  return { vpcId: `vpc-${tag}`, publicSubnetIds: [`subnet-${tag}a`, `subnet-${tag}b`] };
}

const managed = { kind: "managed" as const, crossZone: true };

/** Where each POP is, for the synthetic RTT model below. */
const popSites: Record<string, { region: string; continent: string; capacity: number; origins: string[] }> = {
  iad: { region: "us-east-1", continent: "NA", capacity: 1200, origins: ["ash"] },
  sfo: { region: "us-west-1", continent: "NA", capacity: 1000, origins: ["ash"] },
  gru: { region: "sa-east-1", continent: "SA", capacity: 800, origins: ["ash"] },
  fra: { region: "eu-central-1", continent: "EU", capacity: 550, origins: ["dub"] },
  lhr: { region: "eu-west-2", continent: "EU", capacity: 550, origins: ["dub"] },
  nrt: { region: "ap-northeast-1", continent: "AS", capacity: 900, origins: ["sgp", "ash"] },
  sin: { region: "ap-southeast-1", continent: "AS", capacity: 800, origins: ["sgp"] },
  syd: { region: "ap-southeast-2", continent: "OC", capacity: 300, origins: ["sgp"] },
};

export const pops: PopSpec[] = Object.entries(popSites).map(([name, site]) => ({
  name,
  region: site.region,
  network: network(site.region),
  origins: site.origins,
  capacity: site.capacity,
  l4:
    name === "fra"
      ? {
          kind: "bgp-ecmp" as const,
          exposure: "internet" as const,
          ami: "ami-0123456789abcdef0",
          vips: ["203.0.113.10"],
          localAsn: 65010,
          nodes: [1, 2, 3, 4].map((i) => ({ name: `l4-${i}`, address: `10.50.0.${10 + i}`, subnetId: "subnet-eucentral1a" })),
          peering: { kind: "transit-gateway" as const, transitGatewayId: "tgw-0123456789abcdef0", transportAttachmentId: "tgw-attach-0123456789abcdef0" },
        }
      : managed,
  // fra runs its own L7: an HAProxy fleet whose nodes are the L4 tier's Maglev backends.
  l7:
    name === "fra"
      ? {
          kind: "fleet" as const,
          ami: "ami-0fedcba9876543210",
          nodes: Array.from({ length: 16 }, (_, i) => ({ name: `fra-l7-${String(i + 1).padStart(2, "0")}`, address: `10.50.1.${10 + i}`, subnetId: "subnet-eucentra0000000a" })),
        }
      : { kind: "alb" as const },
}));

// Client address space per continent (whole /16s from each registry's ranges).
const continentBlocks: Record<string, number[]> = {
  NA: [23, 24, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98],
  SA: [177, 179, 181, 186, 187, 189, 190, 191, 200, 201],
  EU: [31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92],
  AS: [1, 14, 27, 36, 39, 42, 49, 58, 59, 60, 61, 110, 111, 112, 113, 114, 115, 116, 117, 118],
  OC: [101, 103, 121, 124, 144, 202],
};

// Typical RTT (ms) between continents, the synthetic stand-in for Cartographer's measurements.
const rtt: Record<string, Record<string, number>> = {
  NA: { NA: 30, SA: 120, EU: 90, AS: 160, OC: 170 },
  SA: { NA: 120, SA: 25, EU: 200, AS: 300, OC: 310 },
  EU: { NA: 90, SA: 200, EU: 20, AS: 220, OC: 280 },
  AS: { NA: 160, SA: 300, EU: 220, AS: 45, OC: 120 },
  OC: { NA: 170, SA: 310, EU: 280, AS: 120, OC: 25 },
};

/** Deterministic small spread so POPs of one continent are not exact ties. */
function jitter(a: number, b: string): number {
  let h = a * 2654435761;
  for (const c of b) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 17) - 8;
}

export const prefixes = Object.entries(continentBlocks).flatMap(([continent, firsts]) =>
  firsts.flatMap((first) => [0, 64, 128].map((second) => ({ cidr: `${first}.${second}.0.0/18`, continent, demand: 5 + ((first * 7 + second) % 30) }))),
);

export const latencyMs: Record<string, Record<string, number>> = Object.fromEntries(
  prefixes.map((p) => [
    p.cidr,
    Object.fromEntries(Object.entries(popSites).map(([pop, site]) => [pop, Math.max(5, rtt[p.continent][site.continent] + jitter(Number(p.cidr.split(".")[0]) + Number(p.cidr.split(".")[1]), pop))])),
  ]),
);
