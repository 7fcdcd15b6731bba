import { DataCenterProps } from "../aws/data-center";
import { GlobalAcceleratorProps } from "../aws/global-accelerator";
import { L4Mode } from "../aws/l4-mode";
import { PopNetwork } from "../aws/network";
import { PopL7 } from "../aws/pop";

/** A POP of the platform. */
export interface PopSpec {
  /** 1-16 letters, digits or '-'; unique. */
  readonly name: string;
  readonly region: string;
  readonly network: PopNetwork;
  readonly l4: L4Mode;
  /**
   * The L7 tier: an ALB, or an HAProxy fleet behind a bgp-ecmp L4 tier.
   * @default { kind: "alb" }
   */
  readonly l7?: PopL7;
  /**
   * Names of the data centers this POP's L7 tier serves from.
   * @default - every data center
   */
  readonly origins?: readonly string[];
  /**
   * Demand the POP can take, in the unit of the DNS map's prefix demand.
   * @default - unlimited (only with latency routing)
   */
  readonly capacity?: number;
  /**
   * @default `${name}.pop.${domain}`
   */
  readonly hostname?: string;
  /**
   * Share of the region's anycast traffic (Global Accelerator traffic dial).
   * @default 100
   */
  readonly trafficDialPercent?: number;
}

/** How resolvers are mapped to POPs. */
export type DnsRoutingSpec =
  /** Route53 latency routing to each POP's region. */
  | { readonly kind: "latency" }
  /**
   * A Cartographer-style DNS map: client prefixes with their demand, the measured latency
   * from each prefix to each POP, solved under POP capacities and rendered as CIDR routing.
   */
  | {
      readonly kind: "dns-map";
      readonly prefixes: readonly { readonly cidr: string; readonly demand: number }[];
      /** Milliseconds RTT, by prefix then POP name; a missing entry means that POP cannot serve the prefix. */
      readonly latencyMs: Readonly<Record<string, Readonly<Record<string, number>>>>;
      /** POP answering resolvers outside every mapped prefix. */
      readonly defaultPop: string;
      /**
       * The map in service (CIDR → POP name, e.g. the last `dnsPlan.assignment`), so a
       * re-solve moves few prefixes; see `movePenaltyMs`.
       * @default - solved from scratch
       */
      readonly previous?: Readonly<Record<string, string>>;
      /**
       * Cost, in ms of latency, of moving a prefix off its POP in `previous`.
       * @default 0
       */
      readonly movePenaltyMs?: number;
      /**
       * When whole prefixes do not fit the POP capacities: `refuse` (an error) or `spill`
       * (overload POPs; each overloaded POP gets a warning with its overload).
       * @default "refuse"
       */
      readonly onShortCapacity?: "refuse" | "spill";
    };

export interface EdgePlatformProps {
  /** Apex of the hosted zone, e.g. "example.com". */
  readonly domain: string;
  /** @default `www.${domain}` */
  readonly serviceName?: string;
  /** @default - a hosted zone is created */
  readonly existingZoneId?: string;
  readonly dataCenters: readonly DataCenterProps[];
  readonly pops: readonly PopSpec[];
  readonly dnsRouting: DnsRoutingSpec;
  /** @default "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09" */
  readonly tlsPolicy?: string;
  /**
   * Anycast addresses in front of every managed L4 tier.
   * @default - none
   */
  readonly globalAccelerator?: GlobalAcceleratorProps;
  /**
   * Time to first byte (TCP + TLS 1.3 handshakes + request) above which a POP gets a warning
   * for the users the DNS map sends it.
   * @default 250
   */
  readonly ttfbBudgetMs?: number;
}
