import { acceleratorName, arn, awsId, awsRegion, hostedZoneId, s3Bucket, tlsPolicy } from "./aws";
import { ipv4 } from "./address";
import { all, bool, Check, dict, fail, instance, int, list, obj, oneOf, optional, str, union } from "./core";
import { simpleName, hostname, popName } from "./names";
import { asn, port, percent } from "./numbers";
import { urlPath } from "./web";

/** Shapes of the AWS constructs' props: every prop typed, every concept checked by its one validator. */

export const network: Check = obj({ vpcId: awsId("vpc"), publicSubnetIds: list(awsId("subnet"), 1, 16) }, "{ vpcId, publicSubnetIds }");

const dcName: Check = all(str(32), (path, prop, value) => {
  if (!/^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/.test(value as string)) {
    fail(path, "aws.name", prop, "is not a usable data center name", value, "1-32 letters, digits or inner '-' (it names target groups and health checks)");
  }
});

export const dataCenterProps: Check = obj({
  name: dcName,
  region: awsRegion,
  originHostname: hostname(),
  originAddresses: list(ipv4("private"), 1, 64),
  tlsHostname: optional(hostname()),
  port: optional(port),
  healthCheckPath: optional(urlPath),
}, "data center props");

export const routingPolicy: Check = union({
  latency: obj({ latencyRegion: awsRegion }),
  geolocation: obj({ continent: optional(oneOf(["AF", "AN", "AS", "EU", "NA", "OC", "SA"])), country: optional(str(2)), subdivision: optional(str(3)) }),
  geoproximity: obj({ awsRegion: optional(awsRegion), bias: optional(int(-99, 99)), coordinates: optional(obj({ latitude: str(12), longitude: str(12) })) }),
  weighted: obj({ weight: int(0, 255) }),
  failover: obj({ role: oneOf(["PRIMARY", "SECONDARY"]) }),
  cidr: obj({}),
  multivalue: obj({}),
});

export const dnsTierProps: Check = obj({
  zoneName: hostname(),
  serviceName: hostname(),
  existingZoneId: optional(hostedZoneId),
  ttlSeconds: optional(int(0, 86400)),
}, "DNS tier props");

export const l4Node: Check = obj({ name: simpleName, address: ipv4("unicast"), subnetId: awsId("subnet"), insideCidrBlock: optional(str(18)) });

const l7Backend: Check = obj({ name: simpleName, address: ipv4("unicast"), weight: optional(int(0, 1000000)) });
const l7HealthCheck: Check = obj({
  protocol: optional(oneOf(["http", "https"])),
  port: optional(port),
  path: optional(urlPath),
  serverName: optional(hostname()),
  caFile: optional(str(1024)),
  timeoutSeconds: optional(int(1, 30)),
  minHealthyPercent: optional(int(1, 100)),
}, "an L7 health check");
/** A list of L7 backends, or an L7 fleet supplying them (`IL7BackendPool`). */
const l7Backends: Check = (path, prop, value) =>
  Array.isArray(value)
    ? list(l7Backend, 1, 1000)(path, prop, value)
    : obj({ maglevBackends: list(l7Backend, 1, 1000), healthCheck: optional(l7HealthCheck) }, "a list of L7 backends or an L7 fleet { maglevBackends }")(path, prop, value);

export const l4Mode: Check = union({
  managed: obj({ crossZone: optional(bool) }),
  "bgp-ecmp": obj({
    exposure: oneOf(["internet", "private"]),
    nodes: list(l4Node, 1, 64),
    ami: awsId("ami"),
    instanceType: optional(str(32)),
    vips: list(ipv4("unicast"), 1, 64),
    localAsn: asn,
    peering: union({
      "transit-gateway": obj({ transitGatewayId: awsId("tgw"), transportAttachmentId: awsId("tgw-attach"), transitGatewayAsn: optional(asn) }),
      "route-server": obj({ amazonSideAsn: optional(asn), routeTableIds: list(awsId("rtb"), 1, 32), peerLiveness: optional(oneOf(["bfd", "bgp-keepalive"])) }),
    }),
    l7Backends: optional(l7Backends),
    l7HealthCheck: optional(l7HealthCheck),
    gate: optional(obj({ intervalSeconds: optional(int(1, 60)), rise: optional(int(1, 10)), fall: optional(int(1, 10)), readyPort: optional(int(1024, 65535)) })),
    daemon: optional(oneOf(["bird", "exabgp"])),
    maglevTableSize: optional(int(3, 16777216)),
    ports: optional(list(port, 1, 16)),
    underlayMtu: optional(int(1280, 9001)),
    installPackages: optional(bool),
  }),
});

const hostedZone = instance("a hosted zone { zoneId, zoneName } (a DnsTier)", ["zoneId", "zoneName"]);
const dataCenter = instance("a DataCenter", ["originName", "originHostname", "originAddresses", "healthCheckPath", "originPort"]);
const l7Tier = instance("an L7Tier or L7Fleet", ["healthCheckPath", "originTlsHostname", "certificateNames"]);

/** Names DNS sends to a listener besides its own hostname (certificate SANs; ACM allows 10 names by default). */
const otherNames: Check = list(hostname(true), 0, 9);

const fleetNode: Check = obj({ name: simpleName, address: ipv4("private"), subnetId: awsId("subnet"), weight: optional(int(0, 1000)) }, "an L7 node { name, address, subnetId, weight? }");

/** The fleet-specific part of an L7 fleet (Pop's `l7: { kind: "fleet", ... }`). */
const l7FleetSpecFields: Readonly<Record<string, Check>> = {
  nodes: list(fleetNode, 1, 256),
  ami: awsId("ami"),
  instanceType: optional(str(32)),
  certificate: optional(union({
    "acm-export": obj({}),
    "secrets-manager": obj({ secretArn: arn, names: list(hostname(true), 1, 10) }),
  })),
  pool: optional(obj({
    maxConnectionsPerServer: optional(int(1, 10000)),
    idleConnectionsPerServer: optional(int(0, 10000)),
    warmConnectionsPerServer: optional(int(0, 10000)),
    idleTimeoutSeconds: optional(int(1, 3600)),
  })),
  healthPort: optional(port),
  retries: optional(int(0, 10)),
  connectTimeoutMs: optional(int(100, 60000)),
  serverTimeoutMs: optional(int(1000, 3600000)),
  healthCheckIntervalMs: optional(int(100, 60000)),
  l4SourceCidrs: optional(list(str(18), 1, 50)),
  maxClientConnections: optional(int(100, 1000000)),
  hstsMaxAgeSeconds: optional(int(0, 63072000)),
  originWeights: optional(dict(str(64), int(0, 999))),
};

/** How a POP terminates TLS: an ALB, or an HAProxy fleet. */
export const popL7: Check = union({ alb: obj({}), fleet: obj(l7FleetSpecFields, "an L7 fleet spec") });

export const l7FleetProps: Check = obj({
  ...l7FleetSpecFields,
  name: popName,
  region: awsRegion,
  network,
  hostname: hostname(),
  alternativeNames: optional(otherNames),
  zone: hostedZone,
  origins: list(dataCenter, 1, 100),
  vips: list(ipv4("unicast"), 1, 64),
  replyVia: optional(list(ipv4("unicast"), 1, 64)),
}, "L7 fleet props");

export const popProps: Check = obj({
  name: popName,
  region: awsRegion,
  network,
  hostname: hostname(),
  serviceNames: optional(otherNames),
  zone: hostedZone,
  origins: list(dataCenter, 1, 100),
  l4: l4Mode,
  l7: optional(popL7),
  tlsPolicy: optional(tlsPolicy),
}, "POP props");

export const l7TierProps: Check = obj({
  name: popName,
  region: awsRegion,
  network: obj({ vpcId: awsId("vpc"), publicSubnetIds: list(awsId("subnet"), 2, 16) }, "{ vpcId, publicSubnetIds } with two or more subnets (an ALB spans at least two zones)"),
  domainName: hostname(),
  alternativeNames: optional(otherNames),
  zone: hostedZone,
  origins: list(dataCenter, 1, 100),
  originWeights: optional(dict(str(64), int(0, 999))),
  tlsPolicy: optional(tlsPolicy),
  idleTimeoutSeconds: optional(int(1, 4000)),
  clientKeepAliveSeconds: optional(int(60, 604800)),
  slowStartSeconds: optional((path, prop, value) => {
    int(0, 900)(path, prop, value);
    if (value !== 0 && (value as number) < 30) int(30, 900)(path, prop, value);
  }),
}, "L7 tier props");

export const l4TierProps: Check = obj({ name: popName, region: awsRegion, network, l7: l7Tier, mode: l4Mode }, "L4 tier props");

export const globalAcceleratorProps: Check = obj({
  name: acceleratorName,
  byoipAddresses: optional(list(ipv4("public"), 1, 2)),
  clientAffinity: optional(oneOf(["NONE", "SOURCE_IP"])),
  ports: optional(list(port, 1, 10)),
  flowLogs: optional(obj({ bucketName: s3Bucket, prefix: optional(str(512, 0)) })),
}, "Global Accelerator props");

export const iamRoleArn = arn;
export const trafficDial = percent;
