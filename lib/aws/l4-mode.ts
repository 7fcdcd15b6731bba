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

/** An L7 node the Maglev table spreads flows over (reached by IPIP, answering by DSR). */
export interface L7Backend {
  readonly name: string;
  readonly address: string;
  /** @default 1; 0 drains the node (no new flows) */
  readonly weight?: number;
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
  /** BGP to a VPC Route Server: one best path (active/standby), failing over by BFD. */
  | {
      readonly kind: "route-server";
      /** @default 65000 */
      readonly amazonSideAsn?: number;
      /** Route tables the route server writes the VIP routes into. */
      readonly routeTableIds: readonly string[];
    };

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
      readonly nodes: readonly L4Node[];
      readonly ami: string;
      /** @default "c7gn.large" */
      readonly instanceType?: string;
      readonly vips: readonly string[];
      readonly localAsn: number;
      readonly peering: BgpPeering;
      /**
       * L7 nodes the Maglev table spreads flows over.
       * @default - the nodes of the POP's L7 fleet (Pop with `l7: { kind: "fleet" }`)
       */
      readonly l7Backends?: readonly L7Backend[];
      /** @default "bird" */
      readonly daemon?: BgpDaemon;
      /** Prime Maglev table size. @default 65537 */
      readonly maglevTableSize?: number;
    };
