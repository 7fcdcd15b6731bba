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
 * matches wins. Requests no rule selects keep whole-object caching.
 */
export function segmentedCachingRecv(rules: readonly SegmentedCachingRule[]): string {
  const lines = [
    "# Segmented caching only where a rule selects the request (each miss costs one origin",
    "# fetch per block, run one after another).",
    `unset req.http.${EDGE_HEADERS.segmented};`,
  ];
  rules.forEach((rule, i) => {
    lines.push(`${i === 0 ? "if" : "} else if"} (${segmentSelectorCondition(rule.match)}) {`);
    lines.push("  set req.enable_segmented_caching = true;");
    if (rule.blockSizeBytes !== undefined) lines.push(`  set segmented_caching.block_size = ${rule.blockSizeBytes};`);
    lines.push(`  set req.http.${EDGE_HEADERS.segmented} = ${vclString(rule.name)};`);
  });
  if (rules.length > 0) lines.push("}");
  lines.push("");
  return lines.join("\n");
}
