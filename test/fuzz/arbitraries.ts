/**
 * fast-check arbitraries of VALID specs: every value drawn here is one the library documents as
 * legal, so any rejection of one is a bug. One VPC per region, addresses from the ranges each
 * role allows, names unique after normalisation.
 */
import fc from "fast-check";
import { FastlyCdnServiceProps } from "../../lib/fastly/cdn-service";
import { FastlyOrigin } from "../../lib/fastly/origin";
import { EdgePlatformProps, PopSpec } from "../../lib/platform/spec";
import { L4Mode } from "../../lib/aws/l4-mode";
import { networkOf } from "../validation/specs";

const REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1"];
const POP_NAMES = ["iad", "pdx", "dub", "fra", "sin", "syd", "nrt", "gru"];
const DC_NAMES = ["ash", "dub", "sgp", "nrt", "gru"];

const l4Mode = (popIndex: number): fc.Arbitrary<L4Mode> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant("managed" as const), crossZone: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ["kind"] }) },
    {
      weight: 2,
      arbitrary: fc
        .record({
          nodeCount: fc.integer({ min: 1, max: 3 }),
          backendWeights: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }).filter((w) => w.some((x) => x > 0)),
          vipCount: fc.integer({ min: 1, max: 2 }),
          localAsn: fc.integer({ min: 64600, max: 64700 }),
          tgw: fc.boolean(),
          daemon: fc.constantFrom("bird" as const, "exabgp" as const, undefined),
          tableSize: fc.constantFrom(251, 509, 1021),
        })
        .map(({ nodeCount, backendWeights, vipCount, localAsn, tgw, daemon, tableSize }) => {
          const region = REGIONS[popIndex];
          return {
            kind: "bgp-ecmp" as const,
            exposure: "internet" as const,
            nodes: Array.from({ length: nodeCount }, (_, n) => ({ name: `l4-${n}`, address: `10.${40 + popIndex}.0.${10 + n}`, subnetId: networkOf(region).publicSubnetIds[n % 2] })),
            ami: "ami-0123456789abcdef0",
            vips: Array.from({ length: vipCount }, (_, v) => `203.0.113.${10 * popIndex + v + 1}`),
            localAsn,
            peering: tgw
              ? { kind: "transit-gateway" as const, transitGatewayId: "tgw-0123456789abcdef0", transportAttachmentId: "tgw-attach-0123456789abcdef0" }
              : { kind: "route-server" as const, routeTableIds: ["rtb-0123456789abcdef0"] },
            l7Backends: backendWeights.map((weight, b) => ({ name: `l7-${b}`, address: `10.${40 + popIndex}.1.${10 + b}`, weight })),
            ...(daemon ? { daemon } : {}),
            maglevTableSize: tableSize,
          };
        }),
    },
  );

/** A valid EdgePlatform spec: 1-3 data centers, 1-4 POPs in distinct regions, latency routing or a DNS map. */
export const platformArb: fc.Arbitrary<EdgePlatformProps> = fc
  .record({
    dcCount: fc.integer({ min: 1, max: 3 }),
    popSlots: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 4 }),
    dnsMap: fc.boolean(),
    accelerator: fc.boolean(),
    budget: fc.option(fc.integer({ min: 50, max: 1000 }), { nil: undefined }),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .chain(({ dcCount, popSlots, dnsMap, accelerator, budget, seed }) =>
    fc.tuple(...popSlots.map((slot) => l4Mode(slot)), fc.array(fc.subarray(DC_NAMES.slice(0, dcCount), { minLength: 1 }), { minLength: popSlots.length, maxLength: popSlots.length })).map((drawn) => {
      const modes = drawn.slice(0, popSlots.length) as L4Mode[];
      const originChoices = drawn[popSlots.length] as string[][];
      const dataCenters = DC_NAMES.slice(0, dcCount).map((name, i) => ({
        name,
        region: REGIONS[(i * 3) % REGIONS.length],
        originHostname: `${name}.dc.example.com`,
        originAddresses: [`10.${10 + i}.0.10`, `10.${10 + i}.0.11`].slice(0, 1 + (seed % 2)),
      }));
      const pops: PopSpec[] = popSlots.map((slot, i) => ({
        name: POP_NAMES[slot],
        region: REGIONS[slot],
        network: networkOf(REGIONS[slot]),
        l4: modes[i],
        ...(i % 2 === 1 ? { origins: originChoices[i] } : {}),
        capacity: 1000,
        ...(accelerator && modes[i].kind === "managed" && i % 2 === 0 ? { trafficDialPercent: (seed + i * 37) % 101 } : {}),
      }));
      const prefixes = Array.from({ length: 2 + (seed % 4) }, (_, p) => ({ cidr: `198.${18 + (p >> 8)}.${p}.0/24`, demand: 1 + ((seed + p) % 9) }));
      const latencyMs = Object.fromEntries(prefixes.map((p, k) => [p.cidr, Object.fromEntries(pops.map((pop, j) => [pop.name, 5 + ((seed + 13 * k + 29 * j) % 180)]))]));
      return {
        domain: "example.com",
        dataCenters,
        pops,
        dnsRouting: dnsMap ? { kind: "dns-map" as const, prefixes, latencyMs, defaultPop: pops[0].name } : { kind: "latency" as const },
        ...(accelerator ? { globalAccelerator: { name: "edge-anycast", clientAffinity: seed % 2 ? ("SOURCE_IP" as const) : ("NONE" as const) } } : {}),
        ...(budget !== undefined ? { ttfbBudgetMs: budget } : {}),
      };
    }),
  );

const origin = (name: string, withHealth: boolean): fc.Arbitrary<FastlyOrigin> =>
  fc.record({
    port: fc.option(fc.constantFrom(443, 8443), { nil: undefined }),
    keepAliveSeconds: fc.option(fc.integer({ min: 1, max: 3600 }), { nil: undefined }),
    window: fc.integer({ min: 1, max: 10 }),
    thresholdShare: fc.double({ min: 0, max: 1, noNaN: true }),
  }).map(({ port, keepAliveSeconds, window, thresholdShare }) => ({
    name,
    target: `${name}.origin.example.com`,
    ...(port ? { port } : {}),
    ...(keepAliveSeconds ? { keepAliveSeconds } : {}),
    ...(withHealth ? { healthCheck: { path: "/healthz", window, threshold: Math.max(1, Math.round(thresholdShare * window)) } } : {}),
  }));

/** A valid FastlyCdnService spec. */
export const cdnArb: fc.Arbitrary<FastlyCdnServiceProps> = fc
  .record({
    domainCount: fc.integer({ min: 1, max: 3 }),
    originCount: fc.integer({ min: 1, max: 3 }),
    directorType: fc.constantFrom("random" as const, "hash" as const, "client" as const),
    canary: fc.option(
      fc.oneof(
        fc.record({ kind: fc.constant("percentage" as const), percent: fc.integer({ min: 0, max: 100 }) }),
        fc.record({ kind: fc.constant("header" as const), name: fc.constant("X-Canary"), value: fc.constantFrom("1", "yes", "beta users") }),
        fc.record({ kind: fc.constant("cookie" as const), name: fc.constant("canary") }),
        fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 }).map((steps) => ({ kind: "ramp" as const, steps: steps.sort((a, b) => a - b), currentStep: 0 })),
      ),
      { nil: undefined },
    ),
    logging: fc.subarray(["https", "bigquery", "s3"] as const),
    segmented: fc.boolean(),
    compression: fc.option(fc.record({ brotli: fc.boolean() }), { nil: undefined }),
    http3: fc.option(fc.boolean(), { nil: undefined }),
    ttl: fc.option(fc.integer({ min: 0, max: 86400 }), { nil: undefined }),
  })
  .chain(({ domainCount, originCount, directorType, canary, logging, segmented, compression, http3, ttl }) =>
    fc.tuple(...Array.from({ length: originCount }, (_, i) => origin(`o${i}`, i === 0)), origin("canary", true)).map((origins) => ({
      serviceName: "svc",
      domains: ["cdn.example.com", "*.img.example.com", "static.example.com"].slice(0, domainCount),
      origins: origins.slice(0, originCount),
      ...(originCount > 1 ? { director: { type: directorType } } : {}),
      ...(canary ? { canary: { origin: origins[originCount], selector: canary } } : {}),
      ...(logging.length > 0
        ? {
            logging: logging.map((kind) =>
              kind === "https"
                ? { kind, name: "ingest", url: "https://logs.example.com/ingest" }
                : kind === "bigquery"
                  ? { kind, name: "bq", projectId: "proj", dataset: "edge", table: "requests" }
                  : { kind, name: "archive", bucketName: "edge-logs", iamRoleArn: "arn:aws:iam::123456789012:role/fastly-logs" },
            ),
          }
        : {}),
      ...(segmented ? { segmentedCaching: [{ name: "video", match: { kind: "extensions" as const, extensions: ["ts", "m4s"] } }] } : {}),
      ...(compression ? { compression } : {}),
      ...(http3 !== undefined ? { http3 } : {}),
      ...(ttl !== undefined ? { cache: { defaultTtlSeconds: ttl } } : {}),
    })),
  );
