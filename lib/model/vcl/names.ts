/**
 * Names and literals shared by the VCL builders. Fastly renders a Terraform backend called
 * `origin-a` as the VCL backend `F_origin_a` and a director `api-pool` as `api_pool`; the
 * builders reference them the same way.
 */

/** Request headers the generated VCL sets; clients' copies are discarded at the edge node. */
export const EDGE_HEADERS = {
  /** One id per client request, minted at the edge node in RECV. */
  requestId: "X-Edge-Request-ID",
  /** The canary routing key: `canary` or `production`. Responses Vary on it. */
  canary: "X-Edge-Canary",
  /** Set to `1` when the canary was chosen but unhealthy, so production served. */
  canaryFallback: "X-Edge-Canary-Fallback",
  /** Name of the segmented-caching rule that selected the request. */
  segmented: "X-Edge-Segmented",
} as const;

/** The VCL identifier Fastly gives a backend declared through the API or Terraform. */
export function vclBackendName(backendName: string): string {
  return `F_${backendName.replace(/\W/g, "_")}`;
}

/** The VCL identifier Fastly gives a director declared through the API or Terraform. */
export function vclDirectorName(directorName: string): string {
  return directorName.replace(/\W/g, "_");
}

/** A VCL string literal; uses the `{"..."}` form when the text holds a double quote. */
export function vclString(text: string): string {
  if (!text.includes('"')) return `"${text}"`;
  if (text.includes('"}')) throw new Error(`vclString: text cannot hold both '"' and '"}': ${text}`);
  return `{"${text}"}`;
}

/** Escapes regular-expression metacharacters so text matches literally in a VCL regex. */
export function vclRegexLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
