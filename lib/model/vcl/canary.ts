import { createHash } from "crypto";
import { EDGE_HEADERS, vclString } from "./names";

/** How the edge node decides that a request goes to the canary. */
export type CanaryDecision =
  /** The request carries header `name` (with `value`, when given). */
  | { readonly kind: "header"; readonly name: string; readonly value?: string }
  /** The request carries cookie `name` (with `value`, when given). */
  | { readonly kind: "cookie"; readonly name: string; readonly value?: string }
  /**
   * `percent` % of users, chosen by a seeded SHA-256 of the user id (header `userIdHeader`,
   * or the client IP when the header is absent): a user keeps the same answer on every request,
   * and users inside the canary at a lower percentage stay inside at a higher one.
   */
  | { readonly kind: "percentage"; readonly percent: number; readonly seed: string; readonly userIdHeader: string };

/** Everything the canary VCL needs, already validated and resolved to VCL identifiers. */
export interface CanaryVclSpec {
  readonly decision: CanaryDecision;
  /** VCL backend of the canary, e.g. `F_canary`. */
  readonly canaryBackend: string;
  /** VCL backend or director that serves production, e.g. `F_origin` or `api_pool`. */
  readonly productionBackend: string;
}

/**
 * Name of the VCL function that reports whether this node is the first one to see the request.
 * A function so falco tests can mock a shield hop: falco cannot set fastly.ff.visits_this_service.
 */
export const EDGE_NODE_FUNCTION = "edge_is_edge_node";

/**
 * The user's bucket (0–99) for a percentage split: the first 7 hex digits of
 * sha256(seed + ":" + userId), modulo 100 — the same arithmetic the VCL does.
 */
export function canaryBucket(seed: string, userId: string): number {
  const hex = createHash("sha256").update(`${seed}:${userId}`).digest("hex");
  return parseInt(hex.slice(0, 7), 16) % 100;
}

/**
 * INIT: the edge-node check the routing calls, kept as a function so a falco test can mock a
 * shield node (falco always reports fastly.ff.visits_this_service as 0 in RECV). Canary health
 * is read directly (`backend.<canary>.healthy`): falco tests set it with
 * testing.set_backend_health.
 */
export function canaryInit(): string {
  return [
    "# @scope: recv",
    `sub ${EDGE_NODE_FUNCTION} BOOL {`,
    "  if (fastly.ff.visits_this_service == 0 && req.restarts == 0) {",
    "    return true;",
    "  }",
    "  return false;",
    "}",
    "",
  ].join("\n");
}

function decisionVcl(decision: CanaryDecision): string[] {
  const choose = `    set req.http.${EDGE_HEADERS.canary} = "canary";`;
  switch (decision.kind) {
    case "header":
    case "cookie": {
      const source = decision.kind === "header" ? `req.http.${decision.name}` : `req.http.Cookie:${decision.name}`;
      const test = decision.value === undefined ? source : `${source} == ${vclString(decision.value)}`;
      return [`  if (${test}) {`, choose, "  }"];
    }
    case "percentage": {
      const header = `req.http.${decision.userIdHeader}`;
      const seed = vclString(`${decision.seed}:`);
      return [
        `  # Stable per user: sha256(seed ":" user id), first 7 hex digits, modulo 100.`,
        `  if (${header}) {`,
        `    set var.edge_canary_bucket = std.strtol(substr(digest.hash_sha256(${seed} + ${header}), 0, 7), 16);`,
        "  } else {",
        `    set var.edge_canary_bucket = std.strtol(substr(digest.hash_sha256(${seed} + client.ip), 0, 7), 16);`,
        "  }",
        "  set var.edge_canary_bucket %= 100;",
        `  if (var.edge_canary_bucket < ${decision.percent}) {`,
        choose,
        "  }",
      ];
    }
  }
}

/**
 * RECV: decide canary or production once, at the edge node, and route. A shield (or a
 * restart) only reads the routing key the edge node set; a chosen canary that fails its
 * health check falls back to production.
 */
export function canaryRecv(spec: CanaryVclSpec): string {
  const key = `req.http.${EDGE_HEADERS.canary}`;
  const fallback = `req.http.${EDGE_HEADERS.canaryFallback}`;
  return [
    ...(spec.decision.kind === "percentage" ? ["declare local var.edge_canary_bucket INTEGER;"] : []),
    `if (${EDGE_NODE_FUNCTION}()) {`,
    "  # The routing decision is made here only; clients cannot set the routing key.",
    `  set ${key} = "production";`,
    `  unset ${fallback};`,
    ...decisionVcl(spec.decision),
    `  if (${key} == "canary" && !backend.${spec.canaryBackend}.healthy) {`,
    `    set ${key} = "production";`,
    `    set ${fallback} = "1";`,
    "  }",
    "}",
    `if (${key} == "canary" && backend.${spec.canaryBackend}.healthy) {`,
    `  set req.backend = ${spec.canaryBackend};`,
    "} else {",
    `  set req.backend = ${spec.productionBackend};`,
    "}",
    "",
  ].join("\n");
}

/**
 * FETCH: the cached object Varys on the routing key, so canary and production never share it.
 * The subfield form adds the key to the origin's Vary once (case-insensitively) and keeps the
 * origin's own entries.
 */
export function canaryFetch(): string {
  return ["# Canary and production objects never share a cache entry.", `set beresp.http.Vary:${EDGE_HEADERS.canary} = "";`, ""].join("\n");
}
