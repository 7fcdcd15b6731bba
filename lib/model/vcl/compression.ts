import { vclRegexLiteral, vclString } from "./names";

/**
 * RECV: advertise HTTP/3 to clients on HTTP/1.1 or HTTP/2. Fastly adds the Alt-Svc header
 * itself after vcl_deliver, matching the HTTP/3 versions it supports.
 */
export function http3AltSvcRecv(): string {
  return ["# Advertise HTTP/3 (Alt-Svc) to clients that connected over an older HTTP.", "h3.alt_svc();", ""].join("\n");
}

/** FETCH: process Edge Side Includes in objects under the given path prefixes. */
export function esiFetch(pathPrefixes: readonly string[]): string {
  return [
    `if (req.url.path ~ ${vclString(`^(${pathPrefixes.map(vclRegexLiteral).join("|")})`)}) {`,
    "  esi;",
    "}",
    "",
  ].join("\n");
}
