import { EDGE_HEADERS } from "./names";

/**
 * RECV: mint one request id per client request at the edge node. The shield receives it
 * with the forwarded request, and every segmented-caching inner request inherits the outer
 * request's headers, so all 1+N log lines of one request carry the same id.
 */
export function requestIdRecv(): string {
  return [
    "# One id per client request, minted at the edge node only (the shield reuses it).",
    "if (fastly.ff.visits_this_service == 0 && req.restarts == 0) {",
    `  set req.http.${EDGE_HEADERS.requestId} = uuid.version4();`,
    "}",
    "",
  ].join("\n");
}
