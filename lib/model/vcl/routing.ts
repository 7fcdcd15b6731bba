/**
 * RECV for a service without a canary: name the production backend or director explicitly,
 * so the routing is visible in the VCL (and to falco) rather than implied by Fastly defaults.
 */
export function productionRecv(productionBackend: string): string {
  return [`set req.backend = ${productionBackend};`, ""].join("\n");
}
