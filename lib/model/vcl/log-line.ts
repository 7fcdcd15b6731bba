import { EDGE_HEADERS, vclString } from "./names";

/** One field of the JSON log line: a VCL expression rendered as a string, number or boolean. */
export interface LogField {
  readonly key: string;
  readonly expression: string;
  readonly type: "string" | "number" | "boolean";
}

/**
 * The fields every log line carries: the request id (shared by the outer request and all its
 * segmented-caching inner requests), POP, cache state, canary routing, and the segment fields
 * the segmented-caching article recommends (readable in LOG only), among them the block-aligned
 * ("rounded") range a segment request covers.
 */
export const STANDARD_LOG_FIELDS: readonly LogField[] = [
  { key: "request_id", expression: `req.http.${EDGE_HEADERS.requestId}`, type: "string" },
  { key: "time", expression: 'strftime({"%Y-%m-%dT%H:%M:%SZ"}, time.start)', type: "string" },
  { key: "pop", expression: "server.datacenter", type: "string" },
  { key: "node", expression: "server.hostname", type: "string" },
  { key: "method", expression: "req.method", type: "string" },
  { key: "url", expression: "req.url", type: "string" },
  { key: "status", expression: "resp.status", type: "number" },
  { key: "cache_state", expression: "fastly_info.state", type: "string" },
  { key: "canary", expression: `req.http.${EDGE_HEADERS.canary} == "canary"`, type: "boolean" },
  { key: "canary_fallback", expression: `req.http.${EDGE_HEADERS.canaryFallback} == "1"`, type: "boolean" },
  { key: "segment_rule", expression: `req.http.${EDGE_HEADERS.segmented}`, type: "string" },
  { key: "segment_outer", expression: "segmented_caching.is_outer_req", type: "boolean" },
  { key: "segment_inner", expression: "segmented_caching.is_inner_req", type: "boolean" },
  { key: "segment_block", expression: "segmented_caching.block_number", type: "number" },
  { key: "segment_range_low", expression: "segmented_caching.rounded_req.range_low", type: "number" },
  { key: "segment_range_high", expression: "segmented_caching.rounded_req.range_high", type: "number" },
  { key: "segment_failed", expression: "segmented_caching.failed", type: "boolean" },
  { key: "segment_cancelled", expression: "segmented_caching.cancelled", type: "boolean" },
  { key: "segment_error", expression: "segmented_caching.error", type: "string" },
];

function renderValue(field: LogField): string {
  switch (field.type) {
    case "string":
      return `{"""} json.escape(${field.expression}) {"""}`;
    case "number":
      return `std.itoa(${field.expression})`;
    case "boolean":
      return `if(${field.expression}, "true", "false")`;
  }
}

/** A VCL string expression that evaluates to one JSON object holding the fields. */
export function jsonLogExpression(fields: readonly LogField[]): string {
  return fields
    .map((f, i) => `${vclString(`${i === 0 ? "{" : ","}"${f.key}":`)} ${renderValue(f)}`)
    .concat(['"}"'])
    .join("\n    ");
}

/**
 * LOG: one JSON line, built once and sent to every endpoint. Runs once per segmented-caching
 * inner request and once for the outer request; the shared request id groups them.
 */
export function logStatements(endpointNames: readonly string[], fields: readonly LogField[] = STANDARD_LOG_FIELDS): string {
  return [
    "declare local var.edge_log_line STRING;",
    `set var.edge_log_line = ${jsonLogExpression(fields)};`,
    ...endpointNames.map((name) => `log {"syslog "} req.service_id {" ${name} :: "} var.edge_log_line;`),
    "",
  ].join("\n");
}
