import { createHash } from "crypto";
import { EDGE_HEADERS, vclRegexLiteral, vclString } from "./names";

/** Which requests a segmented-caching rule selects. */
export type SegmentSelector =
  /** File extensions without the dot, matched case-insensitively against `req.url.ext`. */
  | { readonly kind: "extensions"; readonly extensions: readonly string[] }
  /** URL path prefixes, each starting with `/`. */
  | { readonly kind: "pathPrefixes"; readonly prefixes: readonly string[] }
  /** A VCL boolean expression valid in RECV, e.g. `req.http.Range`. */
  | { readonly kind: "condition"; readonly statement: string };

/** One segmented-caching rule, already validated. */
export interface SegmentedCachingRule {
  /** Identifier of the rule, logged in the X-Edge-Segmented header. */
  readonly name: string;
  readonly match: SegmentSelector;
  /** Block size in bytes; omitted means Fastly's default (1 MiB). */
  readonly blockSizeBytes?: number;
  /**
   * Share (0–100) of the selected objects that get segmented caching, by a stable hash of the
   * URL path (see segmentRampBucket); omitted means all of them.
   */
  readonly rampPercent?: number;
}

/** Seed of the URL-path hash that decides which objects a segmented-caching ramp covers. */
export const SEGMENT_RAMP_SEED = "edge-segmented";

/**
 * An object's bucket (0–99) for a segmented-caching ramp: the first 7 hex digits of
 * sha256("edge-segmented:" + URL path), modulo 100 — the arithmetic the VCL does. Every client
 * of one object gets the same answer, so its cache key changes once, for everyone, and objects
 * inside the ramp at a lower percentage stay inside at a higher one.
 */
export function segmentRampBucket(urlPath: string): number {
  const hex = createHash("sha256").update(`${SEGMENT_RAMP_SEED}:${urlPath}`).digest("hex");
  return parseInt(hex.slice(0, 7), 16) % 100;
}

/** The VCL boolean expression a selector stands for. */
export function segmentSelectorCondition(match: SegmentSelector): string {
  switch (match.kind) {
    case "extensions":
      return `req.url.ext ~ ${vclString(`(?i)^(${match.extensions.map(vclRegexLiteral).join("|")})$`)}`;
    case "pathPrefixes":
      return `req.url.path ~ ${vclString(`^(${match.prefixes.map(vclRegexLiteral).join("|")})`)}`;
    case "condition":
      return `(${match.statement})`;
  }
}

/**
 * RECV: turn segmented caching on only for the requests a rule selects; the first rule that
 * matches wins. A rule with a ramp selects only the objects whose URL-path bucket is below its
 * percentage. Requests no rule selects keep whole-object caching.
 */
export function segmentedCachingRecv(rules: readonly SegmentedCachingRule[]): string {
  const ramped = rules.some((r) => r.rampPercent !== undefined && r.rampPercent < 100);
  const lines = [
    "# Segmented caching only where a rule selects the request (each miss costs one origin",
    "# fetch per block, run one after another).",
    `unset req.http.${EDGE_HEADERS.segmented};`,
    ...(ramped
      ? [
          "# Ramp: a stable share of objects, by sha256(seed \":\" URL path), 7 hex digits, modulo 100.",
          "declare local var.edge_segment_bucket INTEGER;",
          `set var.edge_segment_bucket = std.strtol(substr(digest.hash_sha256(${vclString(`${SEGMENT_RAMP_SEED}:`)} + req.url.path), 0, 7), 16);`,
          "set var.edge_segment_bucket %= 100;",
        ]
      : []),
  ];
  rules.forEach((rule, i) => {
    const ramp = rule.rampPercent !== undefined && rule.rampPercent < 100 ? ` && var.edge_segment_bucket < ${rule.rampPercent}` : "";
    lines.push(`${i === 0 ? "if" : "} else if"} (${segmentSelectorCondition(rule.match)}${ramp}) {`);
    lines.push("  set req.enable_segmented_caching = true;");
    if (rule.blockSizeBytes !== undefined) lines.push(`  set segmented_caching.block_size = ${rule.blockSizeBytes};`);
    lines.push(`  set req.http.${EDGE_HEADERS.segmented} = ${vclString(rule.name)};`);
  });
  if (rules.length > 0) lines.push("}");
  lines.push("");
  return lines.join("\n");
}
