import type { DataCenterProps } from "../aws/data-center";
import type { DnsTierProps } from "../aws/dns-tier";
import type { GlobalAcceleratorProps } from "../aws/global-accelerator";
import type { L4TierProps } from "../aws/l4-tier";
import type { L7FleetProps } from "../aws/l7-fleet";
import type { L7TierProps } from "../aws/l7-tier";
import type { PopProps } from "../aws/pop";
import { assertLbName } from "./aws";
import {
  dataCenterProps, dnsTierProps, globalAcceleratorProps, l4TierProps, l7FleetProps, l7TierProps, popProps, routingPolicy, trafficDial,
} from "./aws-props";
import { awsRegion } from "./aws";
import { cidr } from "./address";
import { dict, fail, instance, obj, optional, bool, str } from "./core";
import { checkL4Fleet } from "./l4";
import { assertInZone, assertUniqueNames, isPopName, popName } from "./names";
import { ipv4Key } from "../model/cidr";
import { uncoveredNames } from "../model/tls-names";
import { isUnresolved } from "./token";

/** Entry-point checks of the AWS constructs: each constructor calls one of these first. */

export function validateDataCenterProps(path: string, props: DataCenterProps): void {
  dataCenterProps(path, "", props);
  assertUniqueNames(path, "originAddresses", props.originAddresses, "caseless", "origin addresses");
}

export function validateDnsTierProps(path: string, props: DnsTierProps): void {
  dnsTierProps(path, "", props);
  assertInZone(path, "serviceName", props.serviceName, props.zoneName);
}

const dnsMapAssignment = dict(cidr, popName);

/** The common case (plain IPv4 blocks to POP names) in a plain loop; anything else through dnsMapAssignment for its error. */
function plainAssignment(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const pops = new Set<unknown>();
  const assignment = value as Record<string, unknown>;
  for (const block in assignment) {
    if (!Object.prototype.hasOwnProperty.call(assignment, block) || ipv4Key(block) < 0) return false;
    const pop = assignment[block];
    if (pops.has(pop)) continue;
    if (!isPopName(pop)) return false;
    pops.add(pop);
  }
  return true;
}

export function validateUseDnsMap(path: string, assignment: Readonly<Record<string, string>>): void {
  if (!plainAssignment(assignment)) dnsMapAssignment(path, "assignment", assignment);
}

export function validateAddPop(path: string, pop: unknown, routing: unknown, options: unknown): void {
  instance("a POP or L4 tier (IDnsEndpoint)", ["endpointName", "dnsTarget", "healthCheckHost", "healthCheckPath"])(path, "pop", pop);
  routingPolicy(path, "routing", routing);
  optional(obj({ defaultForDnsMap: optional(bool) }))(path, "options", options);
}

export function validatePopProps(path: string, props: PopProps): void {
  popProps(path, "", props);
  assertInZone(path, "hostname", props.hostname, props.zone.zoneName);
  assertUniqueNames(path, "origins", props.origins.map((o) => o.originName), "logicalId", "origins");
  checkL4Fleet(path, "l4", props.l4);
  checkDerivedNames(path, props.name, props.origins.map((o) => o.originName));
}

export function validateL7TierProps(path: string, props: L7TierProps): void {
  l7TierProps(path, "", props);
  assertInZone(path, "domainName", props.domainName, props.zone.zoneName);
  assertUniqueNames(path, "origins", props.origins.map((o) => o.originName), "logicalId", "origins");
  for (const name of Object.keys(props.originWeights ?? {})) {
    if (!props.origins.some((o) => o.originName === name)) {
      fail(path, "cross.reference", `originWeights.${name}`, "names an unknown data center", name, `one of ${props.origins.map((o) => o.originName).join(", ")}`);
    }
  }
  checkDerivedNames(path, props.name, props.origins.map((o) => o.originName));
}

export function validateL7FleetProps(path: string, props: L7FleetProps): void {
  l7FleetProps(path, "", props);
  assertInZone(path, "hostname", props.hostname, props.zone.zoneName);
  (props.alternativeNames ?? []).forEach((n, i) => assertInZone(path, `alternativeNames[${i}]`, n, props.zone.zoneName));
  assertUniqueNames(path, "origins", props.origins.map((o) => o.originName), "logicalId", "origins");
  assertUniqueNames(path, "nodes", props.nodes.map((n) => n.name), "logicalId", "L7 nodes");
  assertUniqueNames(path, "nodes", props.nodes.map((n) => n.address), "caseless", "L7 node addresses");
  if (props.nodes.every((n) => (n.weight ?? 1) === 0)) {
    fail(path, "shape.integer", "nodes", "are all drained (weight 0)", props.nodes.map((n) => n.name), "at least one L7 node with weight > 0");
  }
  for (const name of Object.keys(props.originWeights ?? {})) {
    if (!props.origins.some((o) => o.originName === name)) {
      fail(path, "cross.reference", `originWeights.${name}`, "names an unknown data center", name, `one of ${props.origins.map((o) => o.originName).join(", ")}`);
    }
  }
  if (props.healthPort === 80 || props.healthPort === 443) {
    fail(path, "cross.health-port", "healthPort", "collides with the VIP listeners", props.healthPort, "a port other than 80 and 443 (e.g. the default 8080)");
  }
  const pool = props.pool ?? {};
  const max = pool.maxConnectionsPerServer ?? 64;
  const idle = pool.idleConnectionsPerServer ?? Math.min(32, max);
  if (idle > max) fail(path, "cross.pool-bounds", "pool.idleConnectionsPerServer", `is more than pool.maxConnectionsPerServer (${max})`, idle, `at most ${max}`);
  const warm = pool.warmConnectionsPerServer ?? Math.min(4, idle);
  if (warm > idle) fail(path, "cross.pool-bounds", "pool.warmConnectionsPerServer", `is more than pool.idleConnectionsPerServer (${idle})`, warm, `at most ${idle}`);
  const cert = props.certificate;
  if (cert?.kind === "secrets-manager") {
    if (!isUnresolved(cert.secretArn) && !/^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/.test(cert.secretArn)) {
      fail(path, "aws.arn", "certificate.secretArn", "is not a Secrets Manager secret ARN", cert.secretArn, "arn:aws:secretsmanager:<region>:<account>:secret:<name>");
    }
    const missing = uncoveredNames(cert.names, [props.hostname, ...(props.alternativeNames ?? [])]);
    if (missing.length > 0) {
      fail(path, "cross.certificate-names", "certificate.names", "do not cover every name DNS sends to the fleet", cert.names, `names covering ${missing.join(", ")} too`);
    }
  }
}

export function validateL4TierProps(path: string, props: L4TierProps): void {
  l4TierProps(path, "", props);
  checkL4Fleet(path, "mode", props.mode);
}

export function validateGlobalAcceleratorProps(path: string, props: GlobalAcceleratorProps): void {
  globalAcceleratorProps(path, "", props);
  assertUniqueNames(path, "ports", (props.ports ?? []).map(String), "caseless", "ports");
  assertUniqueNames(path, "byoipAddresses", props.byoipAddresses ?? [], "caseless", "BYOIP addresses");
}

export function validateAcceleratorAddPop(path: string, l4: unknown, region: unknown, trafficDialPercent: unknown): void {
  instance("an L4Tier", ["endpointName"])(path, "l4", l4);
  awsRegion(path, "region", region);
  trafficDial(path, "trafficDialPercent", trafficDialPercent);
}

/**
 * AWS names the tiers derive from the POP name: `<pop>-l4`, `<pop>-l4-443`, `<pop>-l7` and the
 * target groups `<pop>-<data center>` cut to 32 characters, which must stay valid and distinct.
 */
export function checkDerivedNames(path: string, pop: string, dataCenters: readonly string[]): void {
  for (const suffix of ["-l4", "-l4-443", "-l4-80", "-l7"]) assertLbName(path, "name", `${pop}${suffix}`, pop);
  const groups = dataCenters.map((dc) => `${pop}-${dc}`.slice(0, 32));
  dataCenters.forEach((dc, i) => assertLbName(path, "origins", groups[i], dc));
  const seen = new Map<string, string>();
  dataCenters.forEach((dc, i) => {
    const other = seen.get(groups[i]);
    if (other !== undefined) {
      fail(path, "cross.aws-name-length", "origins", `"${other}" and "${dc}" give one target group name "${groups[i]}" after AWS's 32-character cut`, dc, "data center names that differ within the first 32 characters of <pop>-<data center>");
    }
    seen.set(groups[i], dc);
  });
  str(32)(path, "name", pop);
}
