import { Route53Record } from "@cdktf/provider-aws/lib/route53-record";
import { Construct } from "constructs";
import { EdgeConfigError } from "../errors";
import { IOriginEndpoint } from "../origin";
import { assertHostname } from "../validate";
import { DataCenter } from "./data-center";
import { DnsTarget, IDnsEndpoint } from "./dns-endpoint";
import { L4Mode } from "./l4-mode";
import { L4Tier } from "./l4-tier";
import { L7Fleet, L7FleetProps, L7FleetSpec } from "./l7-fleet";
import { L7Tier, L7TierProps } from "./l7-tier";
import { PopNetwork } from "./network";
import { assertAwsRegion } from "./regions";
import { IHostedZone } from "./zone";
import { validatePopProps } from "../validation/aws-entry";
import { skipCheckov } from "../checkov";

export interface PopProps {
  /** Short name, unique in the platform: 1-16 letters, digits, '-' (it names DNS map locations). */
  readonly name: string;
  /** AWS region of the POP; one provider serves every POP through the per-resource region. */
  readonly region: string;
  readonly network: PopNetwork;
  /** The POP's own hostname, e.g. "nrt.edge.example.com": its certificate and health checks use it. */
  readonly hostname: string;
  /**
   * Other names DNS answers with this POP, e.g. the DNS tier's service name: the POP's
   * certificate covers them too (DnsTier.addPop refuses a POP whose certificate does not).
   * @default - none
   */
  readonly serviceNames?: readonly string[];
  /** Zone the POP's hostname and certificate validation records live in. */
  readonly zone: IHostedZone;
  /** Data centers the POP's L7 tier keeps warm connections to. */
  readonly origins: readonly DataCenter[];
  readonly l4: L4Mode;
  /**
   * The L7 tier: an ALB (managed), or an HAProxy fleet fed by a bgp-ecmp L4 tier over IPIP,
   * whose nodes become the L4 tier's Maglev backends.
   * @default { kind: "alb" }
   */
  readonly l7?: PopL7;
  /** ALB listener policy (the fleet's TLS settings are fixed: TLS 1.2/1.3, AEAD ciphers). @default "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09" */
  readonly tlsPolicy?: string;
}

/** How a POP terminates TLS. */
export type PopL7 = { readonly kind: "alb" } | ({ readonly kind: "fleet" } & L7FleetSpec);

const popName = /^[A-Za-z0-9-]{1,16}$/;

/**
 * A point of presence: an L4 tier in front of an L7 tier in one region, terminating TLS close
 * to users and riding warm connections to the data centers.
 */
export class Pop extends Construct implements IDnsEndpoint, IOriginEndpoint {
  public readonly l4: L4Tier;
  /** The ALB tier or the HAProxy fleet, as chosen by `l7`. */
  public readonly l7: L7Tier | L7Fleet;
  /** The POP's own hostname record; absent for a private POP (its VIPs stay out of public DNS). */
  public readonly hostnameRecord?: Route53Record;
  public readonly reachability: "internet" | "private";
  public readonly region: string;
  public readonly endpointName: string;
  public readonly dnsTarget: DnsTarget;
  public readonly healthCheckHost: string;
  public readonly healthCheckPath: string;
  public readonly originName: string;
  public readonly originHostname: string;
  public readonly originTlsHostname: string;
  public readonly originPort = 443;
  /** Every name the POP's listener certificate is valid for. */
  public readonly certificateNames: readonly string[];

  constructor(scope: Construct, id: string, props: PopProps) {
    super(scope, id);
    validatePopProps(this.node.path, props);
    const path = this.node.path;
    if (!popName.test(props.name)) {
      throw new EdgeConfigError(path, "POP name is not usable", props.name, "1-16 letters, digits or '-' (it names DNS map locations and AWS resources)");
    }
    assertAwsRegion(path, "region", props.region);
    assertHostname(path, "hostname", props.hostname);
    this.region = props.region;
    // The tier is made here, not inside a helper method: every token cdktf makes under it captures
    // the whole call stack, and one frame less under a POP's ~40 tokens is ~1 % of a platform's synth.
    const l7 = this.l7Props(props);
    this.l7 = l7.kind === "alb" ? new L7Tier(this, "L7", l7.props) : new L7Fleet(this, "L7Fleet", l7.props);
    this.l4 = new L4Tier(this, "L4", { name: props.name, region: props.region, network: props.network, l7: this.l7, mode: props.l4 });
    const target = this.l4.dnsTarget;
    this.reachability = this.l4.reachability;
    if (this.reachability === "internet") {
      this.hostnameRecord = new Route53Record(this, "Hostname", {
        zoneId: props.zone.zoneId,
        name: props.hostname,
        type: "A",
        ...(target.kind === "alias"
          ? { alias: { name: target.dnsName, zoneId: target.hostedZoneId, evaluateTargetHealth: true } }
          : { records: [...target.addresses], ttl: 60 }),
      });
      if (target.kind !== "alias") skipCheckov(this.hostnameRecord, "CKV2_AWS_23");
    }
    this.endpointName = props.name;
    this.dnsTarget = target;
    this.certificateNames = this.l7.certificateNames;
    this.healthCheckHost = props.hostname;
    this.healthCheckPath = this.l7.healthCheckPath;
    this.originName = props.name;
    this.originHostname = props.hostname;
    this.originTlsHostname = props.hostname;
  }

  /** The L7 tier's props, checked against the L4 mode. */
  private l7Props(props: PopProps): { readonly kind: "alb"; readonly props: L7TierProps } | { readonly kind: "fleet"; readonly props: L7FleetProps } {
    const l7 = props.l7 ?? { kind: "alb" };
    if (l7.kind === "alb") {
      const tier: L7TierProps = {
        name: props.name,
        region: props.region,
        network: props.network,
        domainName: props.hostname,
        alternativeNames: props.serviceNames,
        zone: props.zone,
        origins: props.origins,
        tlsPolicy: props.tlsPolicy,
      };
      return { kind: "alb", props: tier };
    }
    if (props.l4.kind !== "bgp-ecmp") {
      throw new EdgeConfigError(this.node.path, "an L7 fleet needs a bgp-ecmp L4 tier to feed it", props.l4.kind, 'l4: { kind: "bgp-ecmp", ... } with the fleet, or l7: { kind: "alb" } behind a managed L4 tier');
    }
    if (props.tlsPolicy !== undefined) {
      throw new EdgeConfigError(this.node.path, "tlsPolicy names an ELB policy, and this POP has no ALB", props.tlsPolicy, "no tlsPolicy with l7: { kind: \"fleet\" } (the fleet always runs TLS 1.2/1.3 with AEAD ciphers)");
    }
    const { kind: _kind, ...spec } = l7;
    const fleet: L7FleetProps = {
      ...spec,
      name: props.name,
      region: props.region,
      network: props.network,
      hostname: props.hostname,
      alternativeNames: props.serviceNames,
      zone: props.zone,
      origins: props.origins,
      vips: props.l4.vips,
      // Behind Global Accelerator replies must leave through the L4 node that took the flow.
      replyVia: props.l4.exposure === "internet" ? props.l4.nodes.map((n) => n.address) : undefined,
    };
    return { kind: "fleet", props: fleet };
  }
}
