/** What a DNS answer for a POP points at. */
export type DnsTarget =
  /**
   * An AWS load balancer or accelerator, answered by a Route53 alias (A; also AAAA when the
   * target is dual-stack, e.g. an LB with ip_address_type "dualstack").
   */
  | { readonly kind: "alias"; readonly dnsName: string; readonly hostedZoneId: string; readonly dualStack?: boolean }
  /** Anycast or BGP-announced VIPs: IPv4 ones answered as A records, IPv6 ones as AAAA records. */
  | { readonly kind: "addresses"; readonly addresses: readonly string[] };

/** A POP as the DNS tier sees it (Pop and L4Tier implement it). */
export interface IDnsEndpoint {
  /** Unique name; used as the record's set identifier. */
  readonly endpointName: string;
  readonly dnsTarget: DnsTarget;
  /** Host Route53 health checks probe over HTTPS (SNI) to tell whether the POP is up. */
  readonly healthCheckHost: string;
  readonly healthCheckPath: string;
  /**
   * Names the certificate presented at the target is valid for, when known: the DNS tier
   * refuses to send its service name to a POP whose certificate does not cover it.
   */
  readonly certificateNames?: readonly string[];
  /**
   * Who can reach `dnsTarget`. Public DNS answers and Route 53 health checks (which probe from
   * the internet) take only "internet" endpoints.
   * @default "internet"
   */
  readonly reachability?: "internet" | "private";
}
