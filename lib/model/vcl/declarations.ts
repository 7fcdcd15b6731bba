import { vclBackendName, vclDirectorName, vclString } from "./names";
import { blocks, ServiceBackendJson, ServiceDirectorJson, ServiceHealthcheckJson, ServiceVclJson } from "./service-json";

/** The VCL name Fastly gives the shield POP `pop` (e.g. `bwi-va-us` → `ssl_shield_bwi_va_us`). */
export function shieldDirectorName(pop: string): string {
  return `ssl_shield_${pop.replace(/\W/g, "_")}`;
}

const DIRECTOR_TYPES: Readonly<Record<number, string>> = { 1: "random", 3: "hash", 4: "client" };

/** Milliseconds as a VCL RTIME literal. */
const rtime = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`);

function probe(check: ServiceHealthcheckJson): string[] {
  const request = [
    `${check.method ?? "HEAD"} ${check.path} HTTP/${check.http_version ?? "1.1"}`,
    `Host: ${check.host}`,
    "Connection: close",
    "User-Agent: Varnish/fastly (healthcheck)",
    ...(check.headers ?? []),
  ];
  return [
    "    .probe = {",
    `      .expected_response = ${check.expected_response ?? 200};`,
    `      .initial = ${check.initial ?? 1};`,
    `      .interval = ${rtime(check.check_interval ?? 5000)};`,
    `      .request = ${request.map(vclString).join(" ")};`,
    `      .threshold = ${check.threshold ?? 3};`,
    `      .timeout = ${rtime(check.timeout ?? 500)};`,
    `      .window = ${check.window ?? 5};`,
    "    }",
  ];
}

/** The probe Fastly adds to a backend without a health check: always healthy. */
function dummyProbe(host: string): string[] {
  return [
    "    .probe = {",
    "      .dummy = true;",
    "      .initial = 5;",
    `      .request = "HEAD / HTTP/1.1" ${vclString(`Host: ${host}`)} "Connection: close";`,
    "      .threshold = 1;",
    "      .timeout = 2s;",
    "      .window = 5;",
    "    }",
  ];
}

/** `backend F_<name> { … }` as Fastly declares a Terraform backend. */
export function backendDeclaration(b: ServiceBackendJson, checks: readonly ServiceHealthcheckJson[]): string {
  const ssl = b.use_ssl === true;
  const props = [
    ...(b.override_host !== undefined ? ["    .always_use_host_header = true;"] : []),
    `    .between_bytes_timeout = ${rtime(b.between_bytes_timeout ?? 10000)};`,
    `    .connect_timeout = ${rtime(b.connect_timeout ?? 1000)};`,
    "    .dynamic = true;",
    `    .first_byte_timeout = ${rtime(b.first_byte_timeout ?? 15000)};`,
    `    .host = ${vclString(b.address)};`,
    ...(b.override_host !== undefined ? [`    .host_header = ${vclString(b.override_host)};`] : []),
    ...(b.keepalive_time !== undefined ? [`    .keepalive_time = ${b.keepalive_time}s;`] : []),
    `    .max_connections = ${b.max_conn ?? 200};`,
    `    .port = "${b.port ?? 80}";`,
    ...(ssl
      ? [
          "    .ssl = true;",
          ...(b.ssl_cert_hostname !== undefined ? [`    .ssl_cert_hostname = ${vclString(b.ssl_cert_hostname)};`] : []),
          `    .ssl_check_cert = ${b.ssl_check_cert === false ? "never" : "always"};`,
          ...(b.ssl_sni_hostname !== undefined ? [`    .ssl_sni_hostname = ${vclString(b.ssl_sni_hostname)};`] : []),
          ...(b.min_tls_version !== undefined ? [`    .min_tls_version = ${vclString(b.min_tls_version)};`] : []),
          ...(b.max_tls_version !== undefined ? [`    .max_tls_version = ${vclString(b.max_tls_version)};`] : []),
        ]
      : []),
  ];
  const check = b.healthcheck === undefined ? undefined : checks.find((c) => c.name === b.healthcheck);
  const probeLines = check ? probe(check) : dummyProbe(b.override_host ?? b.address);
  return [`backend ${vclBackendName(b.name)} {`, ...props, ...probeLines, "}"].join("\n");
}

/** `director <name> <type> { … }` with its members' weights. */
export function directorDeclaration(d: ServiceDirectorJson, backends: readonly ServiceBackendJson[]): string {
  const type = DIRECTOR_TYPES[d.type ?? 1] ?? "random";
  const members = d.backends.map((name) => {
    const weight = backends.find((b) => b.name === name)?.weight ?? 100;
    return `  { .backend = ${vclBackendName(name)}; .weight = ${weight}; }`;
  });
  return [
    `director ${vclDirectorName(d.name)} ${type} {`,
    `  .quorum = ${d.quorum ?? 75}%;`,
    // Only random directors retry other members; Fastly renders no .retries for the others.
    ...(type === "random" ? [`  .retries = ${d.retries ?? 5};`] : []),
    ...members,
    "}",
  ].join("\n");
}

/**
 * The shield POP as Fastly declares it. Fastly also writes `.shield = "<pop>"` and
 * `.is_ssl = true`; falco 2.3.0 rejects the `.shield` property when it runs the VCL (lint
 * accepts it), so both stay in a comment and the director stays runnable.
 */
export function shieldDeclaration(pop: string): string {
  return [`director ${shieldDirectorName(pop)} shield {`, `  # Fastly: .shield = ${vclString(pop)}; .is_ssl = true;`, "}"].join("\n");
}

/** Backend, shield and director declarations, in the order Fastly prints them. */
export function declarations(service: ServiceVclJson): string[] {
  const backends = blocks(service.backend);
  const checks = blocks(service.healthcheck);
  const directors = blocks(service.director);
  const pops = [...new Set([...backends, ...directors].flatMap((x) => (x.shield ? [x.shield] : [])))].sort();
  return [
    "# Backends",
    ...backends.map((b) => backendDeclaration(b, checks)),
    ...pops.map(shieldDeclaration),
    ...directors.map((d) => directorDeclaration(d, backends)),
  ];
}
