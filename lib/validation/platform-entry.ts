import type { EdgePlatformProps } from "../platform/spec";
import { globalAcceleratorProps, l4Mode, network, popL7 } from "./aws-props";
import { awsRegion, hostedZoneId, tlsPolicy } from "./aws";
import { ipv4Key } from "../model/cidr";
import { ReadLatency, readLatencyTable } from "../model/dns/latency-table";
import { cidr } from "./address";
import { Check, dict, fail, list, num, obj, optional, str, union } from "./core";
import { checkDerivedNames, validateGlobalAcceleratorProps } from "./aws-entry";
import { checkL4Fleet } from "./l4";
import { assertInZone, assertUniqueNames, hostname, popName } from "./names";
import { percent } from "./numbers";
import { dataCenterProps } from "./aws-props";

const popSpec: Check = obj({
  name: popName,
  region: awsRegion,
  network,
  l4: l4Mode,
  l7: optional(popL7),
  origins: optional(list(str(32), 0, 100)),
  capacity: optional(num(0, Number.MAX_VALUE, true)),
  hostname: optional(hostname()),
  trafficDialPercent: optional(percent),
}, "a POP spec");

const latencyTable: Check = dict(str(64), dict(str(16), num(0, 1e6)));

/**
 * latencyTable, with a plain loop first: a 100,000-prefix map has millions of entries. Whatever
 * the loop accepts, latencyTable accepts too; anything else goes through latencyTable for its error.
 */
const latencyMs: Check = (path, prop, value) => {
  if (!plainLatencyTable(value)) latencyTable(path, prop, value);
};

/** Tables plainLatencyTable accepted, read (their POP names for the cross-check that follows; the rest for the DNS map and record). */
const readTables = new WeakMap<object, ReadLatency>();

/** Whether the table has the shape latencyTable checks; if so, keeps it as read. */
function plainLatencyTable(value: unknown): boolean {
  const read = readLatencyTable(value);
  if (!read) return false;
  const { cidrs, pops, ms } = read;
  for (const prefix of cidrs) if (prefix.length < 1 || prefix.length > 64) return false;
  for (const pop of pops) if (pop.length < 1 || pop.length > 16) return false;
  for (let e = 0; e < ms.length; e++) if (!(ms[e] >= 0 && ms[e] <= 1e6)) return false;
  readTables.set(value as object, read);
  return true;
}

const prefixList = list(obj({ cidr, demand: num(0, Number.MAX_VALUE) }), 1, 100000);

/** Prefixes that prefixList accepts, the common case (plain IPv4 blocks) in a plain loop. */
function plainPrefixList(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 1 || value.length > 100000) return false;
  for (const item of value as unknown[]) {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return false;
    const { cidr, demand } = item as { cidr?: unknown; demand?: unknown };
    if (typeof cidr !== "string" || ipv4Key(cidr) < 0 || typeof demand !== "number" || !(demand >= 0 && demand <= Number.MAX_VALUE)) return false;
  }
  return true;
}

const dnsRouting: Check = union({
  latency: obj({}),
  "dns-map": obj({
    prefixes: (path, prop, value) => (plainPrefixList(value) ? undefined : prefixList(path, prop, value)),
    latencyMs,
    defaultPop: str(16),
  }),
});

const platformProps: Check = obj({
  domain: hostname(),
  serviceName: optional(hostname()),
  existingZoneId: optional(hostedZoneId),
  dataCenters: list(dataCenterProps, 1, 100),
  pops: list(popSpec, 1, 200),
  dnsRouting,
  tlsPolicy: optional(tlsPolicy),
  globalAccelerator: optional(globalAcceleratorProps),
  ttfbBudgetMs: optional(num(0, 60000, true)),
}, "EdgePlatform props");

/** What the door check of EdgePlatform read on the way, for the platform to use instead of reading it again. */
export interface CheckedPlatform {
  /** `dnsRouting.latencyMs` as read, when it is a plain table (the usual case). */
  readonly latency?: ReadLatency;
}

/** Entry-point check of EdgePlatform: shapes, then every rule that spans props. */
export function validateEdgePlatformProps(path: string, props: EdgePlatformProps): CheckedPlatform {
  platformProps(path, "", props);
  if (props.globalAccelerator) validateGlobalAcceleratorProps(path, props.globalAccelerator);
  assertUniqueNames(path, "pops", props.pops.map((p) => p.name), "logicalId", "POPs");
  assertUniqueNames(path, "dataCenters", props.dataCenters.map((d) => d.name), "logicalId", "data centers");
  if (props.serviceName !== undefined) assertInZone(path, "serviceName", props.serviceName, props.domain);
  const dcNames = props.dataCenters.map((d) => d.name);
  const vpcRegion = new Map<string, { region: string; pop: string }>();
  props.pops.forEach((pop, i) => {
    const at = `pops[${i}]`;
    if (pop.hostname !== undefined) assertInZone(path, `${at}.hostname`, pop.hostname, props.domain);
    if (pop.origins?.length === 0) {
      fail(path, "shape.array-length", `${at}.origins`, "is empty: the POP would have no L7 tier", pop.origins, `one or more data center names (${dcNames.join(", ")}) for its L7 tier to serve, or no origins for all of them`);
    }
    (pop.origins ?? []).forEach((name, j) => {
      if (!dcNames.includes(name)) fail(path, "cross.reference", `${at}.origins[${j}]`, "names an unknown data center", name, `one of ${dcNames.join(", ")}`);
    });
    assertUniqueNames(path, `${at}.origins`, pop.origins ?? [], "logicalId", "origins");
    checkL4Fleet(path, `${at}.l4`, pop.l4);
    checkDerivedNames(path, pop.name, pop.origins ?? dcNames);
    const seen = vpcRegion.get(pop.network.vpcId);
    if (seen && seen.region !== pop.region) {
      fail(path, "cross.vpc-region", `${at}.network.vpcId`, `is also the VPC of POP ${seen.pop} in ${seen.region}`, pop.network.vpcId, `one VPC per region (a VPC lives in one region; ${pop.name} is in ${pop.region})`);
    }
    vpcRegion.set(pop.network.vpcId, { region: pop.region, pop: pop.name });
    if (pop.trafficDialPercent !== undefined && !props.globalAccelerator) {
      fail(path, "cross.reference", `${at}.trafficDialPercent`, "is set without a globalAccelerator", pop.trafficDialPercent, "a globalAccelerator, or no trafficDialPercent (it dials the accelerator's traffic)");
    }
  });
  const routing = props.dnsRouting;
  if (routing.kind === "dns-map") {
    const names = props.pops.map((p) => p.name);
    if (!names.includes(routing.defaultPop)) fail(path, "cross.reference", "dnsRouting.defaultPop", "is not a POP of the platform", routing.defaultPop, `one of ${names.join(", ")}`);
    props.pops.forEach((p, i) => {
      if (p.capacity === undefined) fail(path, "cross.reference", `pops[${i}].capacity`, "is missing: a DNS map needs every POP's capacity", p.capacity, "capacity: a positive number in the unit of the prefixes' demand");
    });
    const known = new Set(names);
    const latency = readTables.get(routing.latencyMs);
    readTables.delete(routing.latencyMs);
    if (latency && latency.pops.every((pop) => known.has(pop))) return { latency };
    for (const [prefix, row] of Object.entries(routing.latencyMs)) {
      for (const pop of Object.keys(row)) {
        if (!known.has(pop)) fail(path, "cross.reference", `dnsRouting.latencyMs["${prefix}"]`, "names an unknown POP", pop, `one of ${names.join(", ")}`);
      }
    }
  }
  return {};
}
