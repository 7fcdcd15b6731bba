/**
 * Something a CDN or an L7 tier can send requests to: a data center's origin endpoint, an
 * L7 tier's load balancer, or a whole POP. Implemented by DataCenter, L7Tier and Pop.
 */
export interface IOriginEndpoint {
  /** Name used for backends and logical ids; unique among the origins of one service. */
  readonly originName: string;
  /** DNS name (may be an unresolved Terraform token) that serves HTTPS for the origin. */
  readonly originHostname: string;
  /** Hostname the origin's certificate is valid for (used for SNI and certificate checks). */
  readonly originTlsHostname: string;
  /** Port the origin listens on for HTTPS. */
  readonly originPort: number;
  /** HTTP path that answers 200 when the origin is healthy. */
  readonly healthCheckPath: string;
}

/** True when a value is an IOriginEndpoint rather than a plain hostname. */
export function isOriginEndpoint(value: unknown): value is IOriginEndpoint {
  return typeof value === "object" && value !== null && "originHostname" in value && "originName" in value;
}
