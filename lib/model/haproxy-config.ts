/**
 * HAProxy configuration of an L7 node (pure: no cdktf, no I/O). One text, checked by
 * `haproxy -c` in the test suite and run as is in the lab:
 * - TLS 1.2/1.3 termination on the VIPs (TLS 1.3 wins whenever the client has it: the server
 *   picks the highest common version), AEAD + forward-secret ciphers only, no session tickets,
 *   no 0-RTT, HTTP/2 and HTTP/1.1 by ALPN;
 * - one backend per data center with a warm, bounded pool: `http-reuse always` shares idle
 *   server connections across client connections, `pool-max-conn`/`pool-low-conn` keep them
 *   open, `maxconn` bounds the TCP connections per origin server, active health checks,
 *   retries on connection failures;
 * - a plain-HTTP health endpoint on the node's own address that fails when no data center has a
 *   live server (the L4 tier's health gate probes it).
 */

/** A data center as the proxy sees it: origin servers sharing one TLS name and health check. */
export interface HaproxyDataCenter {
  /** Backend name suffix: letters, digits, '-' and '_'. */
  readonly name: string;
  /** Name on the origin's certificate: sent as SNI, verified, and used as the health check's Host. */
  readonly tlsHostname: string;
  readonly port: number;
  readonly addresses: readonly string[];
  readonly healthCheckPath: string;
  /** Share of requests, relative to the other data centers; 0 = only when every other is down. */
  readonly weight: number;
}

/** The warm connection pool to each origin server. */
export interface HaproxyPool {
  /**
   * Upper bound of TCP connections per origin server (HAProxy server `maxconn`); more requests queue.
   * HAProxy 2.6 checks it without a lock shared by its threads: a busy node can be `threads - 1` over.
   */
  readonly maxConnectionsPerServer: number;
  /** Idle connections kept open per server for reuse (`pool-max-conn`). */
  readonly idleConnectionsPerServer: number;
  /** Idle connections a thread keeps before it prefers reusing one over opening one (`pool-low-conn`). */
  readonly warmConnectionsPerServer: number;
  /** Milliseconds an idle server connection survives before being closed (`pool-purge-delay`). */
  readonly idlePurgeDelayMs: number;
}

export interface HaproxyTimeouts {
  readonly connectMs: number;
  readonly serverMs: number;
  readonly clientMs: number;
  readonly httpRequestMs: number;
  readonly keepAliveMs: number;
  readonly queueMs: number;
}

export interface HaproxyHealthChecks {
  readonly intervalMs: number;
  /** Failed checks in a row before a server is marked down. */
  readonly fall: number;
  /** Good checks in a row before it is marked up again. */
  readonly rise: number;
}

export interface HaproxyConfigInput {
  readonly nodeName: string;
  /** The node's own address: the health endpoint binds it (never the VIPs). */
  readonly nodeAddress: string;
  /** Addresses clients connect to (on loopback for direct server return). */
  readonly vips: readonly string[];
  /** PEM bundle: certificate, chain and private key. */
  readonly certificateFile: string;
  /** CA bundle that origin certificates are verified against. */
  readonly originCaFile: string;
  readonly healthPort: number;
  readonly healthPath: string;
  readonly dataCenters: readonly HaproxyDataCenter[];
  readonly pool: HaproxyPool;
  readonly timeouts: HaproxyTimeouts;
  readonly healthChecks: HaproxyHealthChecks;
  /** L7 retries of a request on another server after a connection failure or an empty response. */
  readonly retries: number;
  /** Directory of the admin socket. */
  readonly runtimeDir: string;
  /** `log` target, e.g. "/dev/log local0" or "stdout format raw local0". */
  readonly logTarget: string;
  /** Global connection limit of the process. */
  readonly maxConnections: number;
  /** HSTS max-age in seconds added to every HTTPS response; 0 adds no header. */
  readonly hstsMaxAgeSeconds: number;
}

/** TLS 1.3 suites, in preference order. */
export const TLS13_CIPHERSUITES = ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"];
/** TLS 1.2 ciphers: ECDHE key exchange with AEAD only (Mozilla "intermediate" without DHE). */
export const TLS12_CIPHERS = [
  "ECDHE-ECDSA-AES128-GCM-SHA256",
  "ECDHE-RSA-AES128-GCM-SHA256",
  "ECDHE-ECDSA-AES256-GCM-SHA384",
  "ECDHE-RSA-AES256-GCM-SHA384",
  "ECDHE-ECDSA-CHACHA20-POLY1305",
  "ECDHE-RSA-CHACHA20-POLY1305",
];
/** Key exchange groups offered, preferred first. */
export const TLS_CURVES = ["X25519", "P-256", "P-384"];

/** Backend name of a data center. */
export function dataCenterBackend(name: string): string {
  return `dc_${name}`;
}

export function renderHaproxyConfig(input: HaproxyConfigInput): string {
  const t = input.timeouts;
  const lines = [
    `# edge-l7 ${input.nodeName}: TLS for ${input.vips.join(", ")}, warm pools to ${input.dataCenters.map((d) => d.name).join(", ")}`,
    "global",
    `  log ${input.logTarget}`,
    `  maxconn ${input.maxConnections}`,
    `  stats socket ${input.runtimeDir}/admin.sock mode 600 level admin`,
    // Certificates and sockets are opened as root; the proxy then runs unprivileged, jailed.
    "  user haproxy",
    "  group haproxy",
    "  chroot /var/lib/haproxy",
    `  ssl-default-bind-ciphersuites ${TLS13_CIPHERSUITES.join(":")}`,
    `  ssl-default-bind-ciphers ${TLS12_CIPHERS.join(":")}`,
    `  ssl-default-bind-curves ${TLS_CURVES.join(":")}`,
    "  ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets",
    `  ssl-default-server-ciphersuites ${TLS13_CIPHERSUITES.join(":")}`,
    `  ssl-default-server-ciphers ${TLS12_CIPHERS.join(":")}`,
    "  ssl-default-server-options ssl-min-ver TLSv1.2",
    "",
    "defaults",
    "  mode http",
    "  log global",
    "  option httplog",
    "  option dontlognull",
    `  timeout connect ${t.connectMs}ms`,
    `  timeout client ${t.clientMs}ms`,
    `  timeout server ${t.serverMs}ms`,
    `  timeout http-request ${t.httpRequestMs}ms`,
    `  timeout http-keep-alive ${t.keepAliveMs}ms`,
    `  timeout queue ${t.queueMs}ms`,
    `  timeout check ${t.connectMs}ms`,
    `  retries ${input.retries}`,
    "  retry-on conn-failure empty-response response-timeout",
    "  option redispatch 1",
    "",
    ...renderHealthFrontend(input),
    "",
    ...renderHttpsFrontend(input),
    "",
    "frontend http_redirect",
    ...input.vips.map((vip) => `  bind ${vip}:80`),
    "  http-request redirect scheme https code 301",
    ...input.dataCenters.flatMap((dc) => ["", ...renderDataCenterBackend(input, dc)]),
  ];
  return `${lines.join("\n")}\n`;
}

// 200 while at least one data center has a live server: a node that cannot reach any origin
// answers only 503s and must leave the L4 tier's table.
function renderHealthFrontend(input: HaproxyConfigInput): string[] {
  const down = input.dataCenters.map((dc) => `${dataCenterBackend(dc.name)}_down`);
  return [
    "frontend health",
    `  bind ${input.nodeAddress}:${input.healthPort}`,
    `  monitor-uri ${input.healthPath}`,
    ...input.dataCenters.map((dc) => `  acl ${dataCenterBackend(dc.name)}_down nbsrv(${dataCenterBackend(dc.name)}) lt 1`),
    `  monitor fail if ${down.join(" ")}`,
    "  http-request deny deny_status 404",
  ];
}

// Weighted choice among data centers by one random draw, each choice guarded by "has a live
// server"; then any data center that is up; the first one last (its 503 is the answer).
function renderHttpsFrontend(input: HaproxyConfigInput): string[] {
  const total = input.dataCenters.reduce((s, d) => s + d.weight, 0);
  const out = [
    "frontend https",
    ...input.vips.map((vip) => `  bind ${vip}:443 ssl crt ${input.certificateFile} alpn h2,http/1.1`),
    "  option forwardfor",
    "  http-request set-header X-Forwarded-Proto https",
    "  http-request set-var(txn.edge_pick) rand(" + Math.max(total, 1) + ")",
  ];
  if (input.hstsMaxAgeSeconds > 0) out.push(`  http-response set-header Strict-Transport-Security "max-age=${input.hstsMaxAgeSeconds}"`);
  let upTo = 0;
  for (const dc of input.dataCenters) {
    if (dc.weight === 0) continue;
    upTo += dc.weight;
    out.push(`  use_backend ${dataCenterBackend(dc.name)} if { var(txn.edge_pick) -m int lt ${upTo} } { nbsrv(${dataCenterBackend(dc.name)}) gt 0 }`);
  }
  for (const dc of input.dataCenters) out.push(`  use_backend ${dataCenterBackend(dc.name)} if { nbsrv(${dataCenterBackend(dc.name)}) gt 0 }`);
  out.push(`  default_backend ${dataCenterBackend(input.dataCenters[0].name)}`);
  return out;
}

function renderDataCenterBackend(input: HaproxyConfigInput, dc: HaproxyDataCenter): string[] {
  const p = input.pool;
  const h = input.healthChecks;
  const serverOptions = [
    `check inter ${h.intervalMs}ms fall ${h.fall} rise ${h.rise}`,
    `ssl verify required ca-file ${input.originCaFile} verifyhost ${dc.tlsHostname} sni str(${dc.tlsHostname})`,
    "alpn h2,http/1.1",
    `check-sni ${dc.tlsHostname} check-alpn http/1.1`,
    `maxconn ${p.maxConnectionsPerServer} pool-max-conn ${p.idleConnectionsPerServer} pool-low-conn ${p.warmConnectionsPerServer} pool-purge-delay ${p.idlePurgeDelayMs}ms`,
  ];
  return [
    `backend ${dataCenterBackend(dc.name)}`,
    "  balance leastconn",
    "  http-reuse always",
    "  option httpchk",
    `  http-check send meth GET uri ${dc.healthCheckPath} ver HTTP/1.1 hdr Host ${dc.tlsHostname}`,
    "  http-check expect status 200",
    `  default-server ${serverOptions.join(" ")}`,
    ...dc.addresses.map((a) => `  server ${dc.name}-${a.replace(/[.:]/g, "-")} ${a}:${dc.port}`),
  ];
}
