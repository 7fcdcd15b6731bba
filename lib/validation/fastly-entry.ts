import type { FastlyCdnServiceProps } from "../fastly/cdn-service";
import type { FastlyComputeServiceProps } from "../fastly/compute-service";
import type { FastlyOrigin } from "../fastly/origin";
import type { FastlyTlsSubscriptionProps } from "../fastly/tls-subscription";
import { arn, s3Bucket } from "./aws";
import { all, bool, Check, dict, fail, instance, int, list, obj, oneOf, optional, str, union } from "./core";
import { assertPrefixedBackend, assertUniqueNames, backendName, hostname, simpleName, vclName } from "./names";
import { percent, port } from "./numbers";
import { isUnresolved } from "./token";
import { httpsUrl, urlPath } from "./web";

const HEADER = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;
const headerName: Check = all(str(64), (path, prop, value) => {
  if (!HEADER.test(value as string)) fail(path, "name.simple", prop, "is not a header or cookie name", value, "a letter followed by letters, digits or '-' (at most 64)");
});
// Printable ASCII without the characters that end or escape a VCL string ("{ }" long strings, '"', '%').
const headerValue: Check = all(str(256), (path, prop, value) => {
  if (!/^[\x20-\x7e]*$/.test(value as string) || /["%{}\\]/.test(value as string)) {
    fail(path, "fastly.header-value", prop, "cannot be written into VCL", value, "printable ASCII without \" % { } or \\ (at most 256 characters)");
  }
});
const shieldPop: Check = all(str(64), (path, prop, value) => {
  if (!/^[a-z][a-z_]*(-[a-z][a-z_]*)+$/.test(value as string)) fail(path, "name.simple", prop, "is not a Fastly shield POP code", value, "a lower-case POP code such as bwi-va-us or lcy-london-uk");
});
const ms = (max: number) => optional(int(1, max, "milliseconds"));

const healthCheck: Check = all(
  obj({
    path: urlPath,
    method: optional(oneOf(["HEAD", "GET"])),
    expectedStatus: optional(int(100, 599, "an HTTP status")),
    intervalMs: ms(3600000),
    timeoutMs: ms(3600000),
    window: optional(int(1, 64)),
    threshold: optional(int(1, 64)),
  }, "a health check { path, ... }"),
  (path, prop, value) => {
    const h = value as { window?: number; threshold?: number; timeoutMs?: number; intervalMs?: number };
    const window = h.window ?? 5;
    const threshold = h.threshold ?? 3;
    if (threshold > window) fail(path, "cross.threshold-window", `${prop}.threshold`, `is above the window (${window})`, threshold, `a threshold from 1 to window (${window}): checks that must pass out of the last ${window}`);
    const interval = h.intervalMs ?? 5000;
    const timeout = h.timeoutMs ?? 2000;
    if (timeout > interval) fail(path, "cross.threshold-window", `${prop}.timeoutMs`, `is longer than intervalMs (${interval})`, timeout, `a timeout of at most the interval (${interval} ms)`);
  },
);

const originTarget: Check = (path, prop, value) => {
  if (typeof value === "string") return hostname()(path, prop, value);
  instance("a hostname or a DataCenter / L7Tier / Pop", ["originName", "originHostname", "originTlsHostname", "originPort", "healthCheckPath"])(path, prop, value);
};

export const fastlyOrigin: Check = obj({
  target: originTarget,
  name: optional(backendName),
  port: optional(port),
  tlsHostname: optional(hostname()),
  overrideHost: optional(hostname()),
  shield: optional(shieldPop),
  healthCheck: optional(healthCheck),
  connectTimeoutMs: ms(600000),
  firstByteTimeoutMs: ms(600000),
  betweenBytesTimeoutMs: ms(600000),
  maxConnections: optional(int(1, 100000)),
  keepAliveSeconds: optional(int(1, 3600)),
  weight: optional(int(1, 1000)),
}, "an origin { target, ... }");

const selector: Check = union({
  header: obj({ name: headerName, value: optional(headerValue) }),
  cookie: obj({ name: headerName, value: optional(headerValue) }),
  percentage: obj({ percent, seed: optional(simpleName), userIdHeader: optional(headerName) }),
  ramp: obj({ steps: list(percent, 1, 100), currentStep: int(0, 99), seed: optional(simpleName), userIdHeader: optional(headerName) }),
});

const segmentRule: Check = obj({
  name: simpleName,
  match: union({
    extensions: obj({ extensions: list(all(str(16), (path, prop, value) => {
      if (!/^[A-Za-z0-9]+$/.test(value as string)) fail(path, "name.simple", prop, "is not a file extension", value, 'an extension without the dot, e.g. "ts"');
    }), 1, 100) }),
    pathPrefixes: obj({ prefixes: list(urlPath, 1, 100) }),
    condition: obj({ statement: str(1024) }),
  }),
  blockSizeBytes: optional((path, prop, value) => {
    int(1, 2 ** 31)(path, prop, value);
    const v = value as number;
    if ((v & (v - 1)) !== 0 || v < 65536 || v > 16777216) {
      fail(path, "shape.integer", prop, "is not a segmented caching block size Fastly serves well", value, "a power of two from 65536 (64 KiB) to 16777216 (16 MiB) bytes; omit it for Fastly's default of 1 MiB");
    }
  }),
});

const logEndpoint: Check = union({
  https: obj({ name: simpleName, url: httpsUrl, method: optional(oneOf(["POST", "PUT"])) }),
  bigquery: obj({ name: simpleName, projectId: trimmed(128), dataset: trimmed(1024), table: trimmed(1024) }),
  s3: obj({ name: simpleName, bucketName: s3Bucket, path: optional(all(str(1024), (p, prop, v) => urlPath(p, prop, v))), periodSeconds: optional(int(1, 86400)), iamRoleArn: optional(arn) }),
});

function trimmed(max: number): Check {
  return all(str(max), (path, prop, value) => {
    if (!isUnresolved(value) && (value as string).trim() !== value) fail(path, "shape.string-length", prop, "has leading or trailing spaces", value, "a value without surrounding spaces (the Fastly provider rejects them)");
  });
}

const zoneRef = obj({ zoneId: str(64), zoneName: optional(str(253)) }, "a Route53 zone { zoneId, zoneName? }");

const cdnProps: Check = obj({
  serviceName: optional(simpleName),
  domains: list(hostname(true), 1, 100),
  origins: list(fastlyOrigin, 1, 100),
  director: optional(obj({
    name: optional(vclName),
    type: oneOf(["random", "hash", "client"]),
    quorumPercent: optional(percent),
    retries: optional(int(1, 100)),
    shield: optional(shieldPop),
    origins: optional(list(str(63), 1, 100)),
  })),
  canary: optional(obj({ origin: fastlyOrigin, selector })),
  segmentedCaching: optional(list(segmentRule, 0, 50)),
  cache: optional(obj({ defaultTtlSeconds: optional(int(0, 31536000)), staleIfError: optional(bool), staleIfErrorTtlSeconds: optional(int(0, 31536000)) })),
  compression: optional(obj({ extensions: optional(list(str(16), 1, 100)), contentTypes: optional(list(str(128), 1, 100)), brotli: optional(bool) })),
  esiPathPrefixes: optional(list(urlPath, 1, 100)),
  surrogateKeys: optional(obj({ fromOriginHeader: optional(headerName), serviceKey: optional(str(256)) })),
  logging: optional(list(logEndpoint, 0, 50)),
  tls: optional(obj({
    certificateAuthority: optional(oneOf(["lets-encrypt", "globalsign"])),
    route53Zone: optional(zoneRef),
    routeTraffic: optional(bool),
    trafficTtlSeconds: optional(int(0, 2147483647, "a TTL in seconds")),
  })),
  http3: optional(bool),
  products: optional(obj({ originInspector: optional(bool), domainInspector: optional(bool), websockets: optional(bool) })),
  activate: optional(bool),
  versionComment: optional(str(1000, 0)),
}, "FastlyCdnService props");

function originName(o: FastlyOrigin): string | undefined {
  if (o.name !== undefined) return o.name;
  if (typeof o.target === "string") return isUnresolved(o.target) ? undefined : o.target.replace(/\W/g, "_");
  return o.target.originName;
}

/** Entry-point check of FastlyCdnService (shapes, names unique as VCL sees them, references). */
export function validateCdnServiceProps(path: string, props: FastlyCdnServiceProps): void {
  cdnProps(path, "", props);
  assertUniqueNames(path, "domains", props.domains, "caseless", "domains");
  const production = props.origins.map(originName);
  production.forEach((name, i) => name !== undefined && assertPrefixedBackend(path, `origins[${i}].name`, name));
  const canaryName = props.canary && originName(props.canary.origin);
  if (canaryName !== undefined) assertPrefixedBackend(path, "canary.origin.name", canaryName);
  const backends = props.canary ? [...production, canaryName] : production;
  assertUniqueNames(path, "origins", backends.filter((n) => n !== undefined), "vcl", "backends (origins and the canary)");
  assertUniqueNames(path, "logging", (props.logging ?? []).map((e) => e.name), "vcl", "log endpoints");
  assertUniqueNames(path, "segmentedCaching", (props.segmentedCaching ?? []).map((r) => r.name), "vcl", "segmented caching rules");
  (props.director?.origins ?? []).forEach((name, i) => {
    if (!production.includes(name)) fail(path, "cross.reference", `director.origins[${i}]`, "is not a production origin", name, `one of ${production.join(", ")}`);
  });
  const ramp = props.canary?.selector;
  if (ramp?.kind === "ramp" && ramp.currentStep >= ramp.steps.length) {
    fail(path, "cross.reference", "canary.selector.currentStep", "is not an index of steps", ramp.currentStep, `an integer from 0 to ${ramp.steps.length - 1}`);
  }
  if (props.canary && props.canary.origin.healthCheck === undefined && typeof props.canary.origin.target === "string") {
    fail(path, "cross.reference", "canary.origin.healthCheck", "is missing: traffic could not fall back to production", undefined, 'canary.origin.healthCheck, e.g. { path: "/healthz" }');
  }
}

const storeBase = { name: simpleName, linkName: optional(simpleName), existingId: optional(all(str(64), (path, prop, value) => {
  if (!/^[A-Za-z0-9]+$/.test(value as string)) fail(path, "name.simple", prop, "is not a Fastly id", value, "the alphanumeric id Fastly shows for the store");
})) };

const computeProps: Check = obj({
  serviceName: optional(simpleName),
  domains: list(hostname(true), 1, 100),
  package: obj({
    path: all(str(4096), (path, prop, value) => {
      if (!/\.tar\.gz$/.test(value as string)) fail(path, "fastly.package", prop, "is not a Compute package archive", value, "the .tar.gz that `fastly compute build` writes to pkg/");
    }),
    sourceCodeHash: optional(str(256)),
  }, "a package { path }"),
  origins: optional(list(fastlyOrigin, 0, 100)),
  stores: optional(obj({
    kv: optional(list(obj({ ...storeBase, location: optional(oneOf(["US", "EU", "ASIA", "AUS"])) }), 0, 50)),
    config: optional(list(obj({ ...storeBase, entries: optional(dict(str(256), str(8000, 0))) }), 0, 50)),
    secret: optional(list(obj(storeBase), 0, 50)),
  })),
  activate: optional(bool),
  versionComment: optional(str(1000, 0)),
}, "FastlyComputeService props");

export function validateComputeServiceProps(path: string, props: FastlyComputeServiceProps): void {
  computeProps(path, "", props);
  assertUniqueNames(path, "domains", props.domains, "caseless", "domains");
  assertUniqueNames(path, "origins", (props.origins ?? []).map(originName).filter((n) => n !== undefined), "vcl", "backends");
  const stores = [...(props.stores?.kv ?? []), ...(props.stores?.config ?? []), ...(props.stores?.secret ?? [])];
  assertUniqueNames(path, "stores", stores.map((s) => s.linkName ?? s.name), "caseless", "store link names");
  assertUniqueNames(path, "stores", stores.filter((s) => !s.existingId).map((s) => s.name), "logicalId", "store names");
}

export function validateTlsSubscriptionProps(path: string, props: FastlyTlsSubscriptionProps): void {
  obj({
    domains: list(hostname(true), 1, 100),
    service: instance("the service resource (ITerraformDependable)", ["fqn"]),
    certificateAuthority: optional(oneOf(["lets-encrypt", "globalsign"])),
    route53Zone: optional(zoneRef),
    routeTraffic: optional(bool),
    trafficTtlSeconds: optional(int(0, 2147483647, "a TTL in seconds")),
  }, "FastlyTlsSubscription props")(path, "", props);
  assertUniqueNames(path, "domains", props.domains, "caseless", "domains");
}
