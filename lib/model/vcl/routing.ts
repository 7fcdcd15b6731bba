/**
 * Fastly runs its `# default conditions` block after the recv snippets and sets req.backend to
 * the backend that has no request_condition, overwriting a backend chosen in a snippet. Every
 * backend therefore carries this request condition, which is never true: the default
 * conditions set nothing, its own `# Request Condition` block never fires, and the routing
 * snippet's choice is what Fastly's shield blocks (and the fetch) see.
 */
export const BACKEND_CHOSEN_IN_VCL = {
  name: "edge-backend-chosen-in-vcl",
  // A request always has a URL, so this is never true (Fastly's own advice for this pattern).
  statement: "!req.url",
  type: "REQUEST",
  priority: 10,
} as const;

/**
 * RECV for a service without a canary: name the production backend or director explicitly,
 * so the routing is visible in the VCL (and to falco) rather than implied by Fastly defaults.
 */
export function productionRecv(productionBackend: string): string {
  return [`set req.backend = ${productionBackend};`, ""].join("\n");
}
