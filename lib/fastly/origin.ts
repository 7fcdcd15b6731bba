import { Token } from "cdktf";
import { EdgeConfigError } from "../errors";
import { isOriginEndpoint, IOriginEndpoint } from "../origin";
import { checkBackendName, checkHostname, checkPositiveInteger, checkShieldPop } from "./validation";

/** Health check Fastly runs against one origin from every POP. */
export interface FastlyHealthCheck {
  /** Path that answers `expectedStatus` when the origin is healthy. */
  readonly path: string;
  /** @default "HEAD" */
  readonly method?: "HEAD" | "GET";
  /** @default 200 */
  readonly expectedStatus?: number;
  /** Milliseconds between checks. @default 5000 */
  readonly intervalMs?: number;
  /** Milliseconds one check may take. @default 2000 */
  readonly timeoutMs?: number;
  /** Checks kept in the sliding window. @default 5 */
  readonly window?: number;
  /** Checks in the window that must pass for the origin to be healthy. @default 3 */
  readonly threshold?: number;
}

/** An origin (a Fastly backend), reached over TLS with its certificate verified. */
export interface FastlyOrigin {
  /** A hostname, or one of the library's DataCenter / L7Tier / Pop objects. */
  readonly target: string | IOriginEndpoint;
  /**
   * Backend name, unique in the service; also the logical name of the health check.
   * A letter, then letters, digits, '_' or '-'. A VCL service declares it as `F_<name>` with '-'
   * as '_' (so `api-east` and `api_east` are the same backend there) and refuses all capitals.
   * @default - the endpoint's originName, or the hostname with '.' and '-' replaced by '_'
   */
  readonly name?: string;
  /** @default - the endpoint's originPort, or 443 */
  readonly port?: number;
  /**
   * Name the origin certificate must be valid for; sent as SNI and checked.
   * @default - the endpoint's originTlsHostname, or the hostname
   */
  readonly tlsHostname?: string;
  /** Host header sent to the origin. @default - the TLS hostname */
  readonly overrideHost?: string;
  /** Fastly POP that shields this origin (e.g. `bwi-va-us`). @default - no shielding */
  readonly shield?: string;
  /**
   * Health check for the origin.
   * @default - for an IOriginEndpoint, its healthCheckPath; for a hostname, no health check
   */
  readonly healthCheck?: FastlyHealthCheck;
  /** @default 1000 */
  readonly connectTimeoutMs?: number;
  /** @default 15000 */
  readonly firstByteTimeoutMs?: number;
  /** @default 10000 */
  readonly betweenBytesTimeoutMs?: number;
  /** Connections Fastly keeps open to the origin per cache node. @default 200 */
  readonly maxConnections?: number;
  /**
   * Seconds an idle connection to the origin stays open for reuse (`keepalive_time`): warm
   * connections spare each request a TCP and TLS handshake to the origin.
   * @default - Fastly's default
   */
  readonly keepAliveSeconds?: number;
  /** Weight inside a director. @default 100 */
  readonly weight?: number;
}

/** An origin with every default filled in, as the constructs render it. */
export interface ResolvedOrigin {
  readonly name: string;
  readonly address: string;
  readonly port: number;
  readonly tlsHostname: string;
  readonly overrideHost: string;
  readonly shield?: string;
  readonly healthCheck?: Required<FastlyHealthCheck> & { readonly name: string };
  readonly connectTimeoutMs: number;
  readonly firstByteTimeoutMs: number;
  readonly betweenBytesTimeoutMs: number;
  readonly maxConnections: number;
  readonly keepAliveSeconds?: number;
  readonly weight: number;
}

/** Fills in defaults and validates one origin; `path` is the owning construct's path. */
export function resolveOrigin(path: string, origin: FastlyOrigin): ResolvedOrigin {
  const endpoint = isOriginEndpoint(origin.target) ? origin.target : undefined;
  const address = endpoint ? endpoint.originHostname : (origin.target as string);
  checkHostname(path, "origin hostname", address);
  if (origin.name === undefined && !endpoint && Token.isUnresolved(address)) {
    throw new EdgeConfigError(path, "an origin given as an unresolved hostname has no name", address, "a `name` for the origin (letters, digits, '_', '-')");
  }
  const name = origin.name ?? endpoint?.originName ?? address.replace(/\W/g, "_");
  checkBackendName(path, "origin name", name);
  const tlsHostname = origin.tlsHostname ?? endpoint?.originTlsHostname ?? address;
  checkHostname(path, `TLS hostname of origin "${name}"`, tlsHostname);
  if (origin.shield !== undefined) checkShieldPop(path, origin.shield);
  const port = origin.port ?? endpoint?.originPort ?? 443;
  checkPositiveInteger(path, `port of origin "${name}"`, port, 65535);
  if (origin.keepAliveSeconds !== undefined) checkPositiveInteger(path, `keepAliveSeconds of origin "${name}"`, origin.keepAliveSeconds, 3600);
  const check = origin.healthCheck ?? (endpoint ? { path: endpoint.healthCheckPath } : undefined);
  return {
    name,
    address,
    port,
    tlsHostname,
    overrideHost: origin.overrideHost ?? tlsHostname,
    shield: origin.shield,
    healthCheck: check && {
      name: `${name}-health`,
      path: check.path,
      method: check.method ?? "HEAD",
      expectedStatus: check.expectedStatus ?? 200,
      intervalMs: check.intervalMs ?? 5000,
      timeoutMs: check.timeoutMs ?? 2000,
      window: check.window ?? 5,
      threshold: check.threshold ?? 3,
    },
    connectTimeoutMs: origin.connectTimeoutMs ?? 1000,
    firstByteTimeoutMs: origin.firstByteTimeoutMs ?? 15000,
    betweenBytesTimeoutMs: origin.betweenBytesTimeoutMs ?? 10000,
    maxConnections: origin.maxConnections ?? 200,
    keepAliveSeconds: origin.keepAliveSeconds,
    weight: origin.weight ?? 100,
  };
}

/** Fastly backend block for a resolved origin: TLS 1.2+, certificate checked, SNI set. */
export function backendBlock(o: ResolvedOrigin) {
  return {
    name: o.name,
    address: o.address,
    port: o.port,
    useSsl: true,
    sslCheckCert: true,
    sslCertHostname: o.tlsHostname,
    sslSniHostname: o.tlsHostname,
    minTlsVersion: "1.2",
    overrideHost: o.overrideHost,
    shield: o.shield,
    healthcheck: o.healthCheck?.name,
    connectTimeout: o.connectTimeoutMs,
    firstByteTimeout: o.firstByteTimeoutMs,
    betweenBytesTimeout: o.betweenBytesTimeoutMs,
    maxConn: o.maxConnections,
    keepaliveTime: o.keepAliveSeconds,
    weight: o.weight,
    autoLoadbalance: false,
  };
}

/** Fastly healthcheck block for a resolved origin, or undefined when it has none. */
export function healthCheckBlock(o: ResolvedOrigin) {
  const h = o.healthCheck;
  if (!h) return undefined;
  return {
    name: h.name,
    host: o.overrideHost,
    path: h.path,
    method: h.method,
    expectedResponse: h.expectedStatus,
    checkInterval: h.intervalMs,
    timeout: h.timeoutMs,
    window: h.window,
    threshold: h.threshold,
    initial: h.threshold,
    httpVersion: "1.1",
  };
}
