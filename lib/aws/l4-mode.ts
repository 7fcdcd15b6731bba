import { BgpDaemon } from "../model/l4-node-config";

/** An L4 node of a BGP/ECMP fleet: each BGP peer is declared by the node's fixed address. */
export interface L4Node {
  readonly name: string;
  /** Fixed private IPv4 address (must be inside subnetId). */
  readonly address: string;
  readonly subnetId: string;
  /**
   * Transit Gateway Connect only: the /29 of 169.254.0.0/16 for this node's GRE tunnel.
   * @default - 169.254.100.0/29, 169.254.100.8/29, ... in node order by name
   */
  readonly insideCidrBlock?: string;
}

/** An L7 node the Maglev table spreads flows over (reached by IPIP). */
export interface L7Backend {
  readonly name: string;
  readonly address: string;
  /** @default 1; 0 drains the node (no new flows) */
  readonly weight?: number;
}

/**
 * How every L4 node checks the L7 backends it forwards to; the node announces only while
 * enough of them answer. HTTPS connects to each backend's address with `serverName` as SNI
 * and Host and verifies the certificate against `caFile`, so the check passes exactly when a
 * client's TLS handshake with that certificate would.
 */
export interface L7HealthCheck {
  /** @default "https" */
  readonly protocol?: "http" | "https";
  /** @default 443 */
  readonly port?: number;
  /** @default - the L7 tier's health check path ("/healthz") */
  readonly path?: string;
  /** @default - the L7 tier's TLS hostname (a name its certificate covers) */
  readonly serverName?: string;
  /** @default "/etc/ssl/certs/ca-certificates.crt" (Debian's public CA bundle) */
  readonly caFile?: string;
  /** @default 2 */
  readonly timeoutSeconds?: number;
  /** Share of weighted backends that must answer (at least one always must). @default 50 */
  readonly minHealthyPercent?: number;
}

/** An L7 fleet that supplies the Maglev backends and how to check them (e.g. an L7 fleet construct). */
export interface IL7BackendPool {
  /** One backend per L7 node, by a stable name. */
  readonly maglevBackends: readonly L7Backend[];
  /** How the L4 nodes check those nodes. @default - see L7HealthCheck */
  readonly healthCheck?: L7HealthCheck;
}

/** Who the L4 nodes announce the VIPs to. */
export type BgpPeering =
  /** GRE + BGP to a Transit Gateway Connect attachment: the TGW spreads flows over all nodes by ECMP. */
  | {
      readonly kind: "transit-gateway";
      readonly transitGatewayId: string;
      /** VPC attachment of the POP's VPC to the TGW, which carries the GRE tunnels. */
      readonly transportAttachmentId: string;
      /** @default 64512 (the TGW's default Amazon side ASN) */
      readonly transitGatewayAsn?: number;
    }
  /** BGP to a VPC Route Server: one best path (active/standby), not ECMP. */
  | {
      readonly kind: "route-server";
      /** @default 65000 */
      readonly amazonSideAsn?: number;
      /** Route tables the route server writes the VIP routes into. */
      readonly routeTableIds: readonly string[];
      /**
       * How the route server detects a dead node. ExaBGP has no BFD, so "bfd" with ExaBGP is refused.
       * @default - "bfd" with BIRD, "bgp-keepalive" with ExaBGP
       */
      readonly peerLiveness?: "bfd" | "bgp-keepalive";
    };

/**
 * Who can reach the fleet. A VIP announced to a Transit Gateway or a VPC Route Server is
 * reachable only from networks routed through them, never from the internet:
 * - "internet": a Global Accelerator (anycast, 5-tuple flow spreading, client IP preserved)
 *   with the L4 instances as endpoints, health-checked on each node's gate port; the
 *   accelerator's name is what public DNS answers and Route 53 checks.
 * - "private": only networks behind the TGW / Route Server reach the VIPs; the POP stays out
 *   of public DNS and Route 53 health checks (BGP withdrawal is its health signal).
 */
export type L4Exposure = "internet" | "private";

/** Gate hysteresis and the ports the fleet serves. */
export interface L4GateOptions {
  /** Seconds between checks. @default 2 */
  readonly intervalSeconds?: number;
  /** Passing checks in a row before (re-)announcing. @default 2 */
  readonly rise?: number;
  /** Failing checks in a row before withdrawing. @default 3 */
  readonly fall?: number;
  /** Port the gate answers 200/503 on for Global Accelerator (internet exposure). @default 8081 */
  readonly readyPort?: number;
}

/** The two ways to run the L4 tier, behind one construct. */
export type L4Mode =
  /** An NLB (5-tuple flow hash) in front of the L7 ALB. */
  | {
      readonly kind: "managed";
      /** @default true (the NLB API default is off; spreading across zones evens L7 load) */
      readonly crossZone?: boolean;
    }
  /** A fleet of L4 instances announcing the VIPs over BGP, Maglev-hashing flows to L7 nodes. */
  | {
      readonly kind: "bgp-ecmp";
      /** Who can reach the VIPs; decides the ingress, DNS and health checks (see L4Exposure). */
      readonly exposure: L4Exposure;
      readonly nodes: readonly L4Node[];
      /**
       * A Debian 12 / Ubuntu 22.04+ image with cloud-init and systemd (the README's AMI contract).
       */
      readonly ami: string;
      /** @default "c7gn.large" */
      readonly instanceType?: string;
      readonly vips: readonly string[];
      readonly localAsn: number;
      readonly peering: BgpPeering;
      /**
       * The L7 nodes the Maglev table spreads flows over: a list, or a pool that supplies them
       * and their health check.
       * @default - the nodes of the POP's L7 fleet (Pop with `l7: { kind: "fleet" }`)
       */
      readonly l7Backends?: readonly L7Backend[] | IL7BackendPool;
      /** Overrides the health check the L4 nodes run against the L7 backends. @default - the pool's or fleet's, else L7HealthCheck's defaults */
      readonly l7HealthCheck?: L7HealthCheck;
      readonly gate?: L4GateOptions;
      /** @default "bird" */
      readonly daemon?: BgpDaemon;
      /** Prime Maglev table size. @default 65537 */
      readonly maglevTableSize?: number;
      /** TCP ports served on the VIPs. @default [443, 80] */
      readonly ports?: readonly number[];
      /** MTU of the nodes' interfaces (tunnel MTUs and the MSS clamp follow). @default 9001 */
      readonly underlayMtu?: number;
      /**
       * Install the node's packages from the distribution at boot (needs egress to its mirror).
       * false: the AMI already has them (README: AMI contract).
       * @default true
       */
      readonly installPackages?: boolean;
    };
