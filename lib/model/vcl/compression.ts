import { vclRegexLiteral, vclString } from "./names";

/** What dynamic Brotli compression applies to. */
export interface BrotliSpec {
  readonly extensions: readonly string[];
  readonly contentTypes: readonly string[];
}

/**
 * FETCH: compress with Brotli when the client accepts it and the origin sent the object
 * uncompressed. (Gzip uses the service's `gzip` block; provider 1.1.4 has no
 * `product_enablement`, so Brotli must already be enabled on the account.)
 */
export function brotliFetch(spec: BrotliSpec): string {
  const tests: string[] = [];
  if (spec.extensions.length > 0) {
    tests.push(`req.url.ext ~ ${vclString(`(?i)^(${spec.extensions.map(vclRegexLiteral).join("|")})$`)}`);
  }
  if (spec.contentTypes.length > 0) {
    tests.push(`beresp.http.Content-Type ~ ${vclString(`(?i)^(${spec.contentTypes.map(vclRegexLiteral).join("|")})`)}`);
  }
  if (tests.length === 0) return "";
  return [
    "# Brotli for compressible objects the origin sent uncompressed.",
    `if (req.http.Accept-Encoding ~ "br" && !beresp.http.Content-Encoding && (${tests.join(" || ")})) {`,
    "  set beresp.brotli = true;",
    "}",
    "",
  ].join("\n");
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
