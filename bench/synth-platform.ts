/**
 * A scaled EdgePlatform spec for the synth benchmark: `popCount` POPs round the AWS regions,
 * 5 data centers, a 2,000-prefix DNS map (each prefix with an RTT to every POP) and Global
 * Accelerator. Deterministic: the same count always gives the same stack.
 */
import { DataCenterProps } from "../lib/aws/data-center";
import { AWS_REGIONS } from "../lib/aws/regions";
import { EdgePlatformProps, PopSpec } from "../lib/platform/spec";

const PREFIXES = 2000;

const continentOf = (region: string): string =>
  region.startsWith("us-") || region.startsWith("ca-") || region.startsWith("mx-")
    ? "NA"
    : region.startsWith("sa-")
      ? "SA"
      : region.startsWith("eu-") || region.startsWith("il-") || region.startsWith("me-") || region.startsWith("af-")
        ? "EU"
        : region === "ap-southeast-2" || region === "ap-southeast-4" || region === "ap-southeast-6"
          ? "OC"
          : "AS";

const CONTINENTS = ["NA", "SA", "EU", "AS", "OC"];
const RTT: Record<string, Record<string, number>> = {
  NA: { NA: 30, SA: 120, EU: 90, AS: 160, OC: 170 },
  SA: { NA: 120, SA: 25, EU: 200, AS: 300, OC: 310 },
  EU: { NA: 90, SA: 200, EU: 20, AS: 220, OC: 280 },
  AS: { NA: 160, SA: 300, EU: 220, AS: 45, OC: 120 },
  OC: { NA: 170, SA: 310, EU: 280, AS: 120, OC: 25 },
};

function jitter(a: number, b: number): number {
  const h = Math.imul(a * 2654435761 + b, 16777619) >>> 0;
  return (h % 17) - 8;
}

export function platformProps(popCount: number): EdgePlatformProps {
  const dcRegions = ["us-east-1", "eu-west-1", "ap-southeast-1", "sa-east-1", "ap-northeast-1"];
  const dataCenters: DataCenterProps[] = dcRegions.map((region, i) => ({
    name: `dc${i}`,
    region,
    originHostname: `dc${i}.dc.edge.example.com`,
    originAddresses: [`10.${10 + i}.0.10`, `10.${10 + i}.0.11`],
  }));
  const sites = Array.from({ length: popCount }, (_, i) => {
    const region = AWS_REGIONS[i % AWS_REGIONS.length];
    return { name: `p${String(i).padStart(2, "0")}`, region, continent: continentOf(region) };
  });
  const prefixes = Array.from({ length: PREFIXES }, (_, i) => ({
    cidr: `${1 + (i >> 8)}.${i & 255}.0.0/16`,
    continent: CONTINENTS[i % CONTINENTS.length],
    demand: 5 + ((i * 7) % 30),
  }));
  const totalDemand = prefixes.reduce((sum, p) => sum + p.demand, 0);
  const pops: PopSpec[] = sites.map((site, i) => {
    const tag = `${String(i).padStart(8, "0")}`;
    return {
      name: site.name,
      region: site.region,
      network: { vpcId: `vpc-${tag}00000001`, publicSubnetIds: [`subnet-${tag}0000000a`, `subnet-${tag}0000000b`] },
      origins: [dataCenters[i % dataCenters.length].name],
      capacity: Math.ceil((2 * totalDemand) / popCount),
      l4: { kind: "managed", crossZone: true },
    };
  });
  const latencyMs = Object.fromEntries(
    prefixes.map((p, i) => [p.cidr, Object.fromEntries(sites.map((s, k) => [s.name, Math.max(5, RTT[p.continent][s.continent] + jitter(i, k))]))]),
  );
  return {
    domain: "edge.example.com",
    dataCenters,
    pops,
    dnsRouting: { kind: "dns-map", prefixes: prefixes.map(({ cidr, demand }) => ({ cidr, demand })), latencyMs, defaultPop: sites[0].name },
    globalAccelerator: { name: "edge-anycast", clientAffinity: "NONE" },
  };
}
