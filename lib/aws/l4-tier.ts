import { Instance } from "@cdktf/provider-aws/lib/instance";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { LbListener } from "@cdktf/provider-aws/lib/lb-listener";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import { LbTargetGroupAttachment } from "@cdktf/provider-aws/lib/lb-target-group-attachment";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Construct } from "constructs";
import { EdgeConfigError } from "../errors";
import { ForwardingTable } from "../model/forwarding-table";
import { DnsTarget, IDnsEndpoint } from "./dns-endpoint";
import { GlobalAccelerator } from "./global-accelerator";
import { BgpFleet, IL7Front } from "./l4-bgp-fleet";
import { L4Exposure, L4Mode } from "./l4-mode";
import { PopNetwork } from "./network";
import { assertAwsRegion } from "./regions";
import { validateL4TierProps } from "../validation/aws-entry";
import { skipCheckov } from "../checkov";
import { attributeOf } from "./attribute";

export interface L4TierProps {
  /** Short name, unique in the platform (max 20 characters). */
  readonly name: string;
  readonly region: string;
  readonly network: PopNetwork;
  /**
   * The L7 tier behind this L4 tier: managed mode forwards to its ALB (an L7Tier); in bgp-ecmp
   * mode an L7 fleet's nodes are the Maglev backends unless the mode lists l7Backends.
   */
  readonly l7: IL7Front;
  readonly mode: L4Mode;
}

/**
 * The L4 tier of a POP, in one of two modes: `managed` (an NLB in front of the L7 ALB) or
 * `bgp-ecmp` (L4 instances with fixed addresses announcing the VIPs over BGP to a Transit
 * Gateway Connect peer or a VPC Route Server, all loading one Maglev table; internet-facing
 * fleets sit behind their own Global Accelerator).
 */
export class L4Tier extends Construct implements IDnsEndpoint {
  public readonly endpointName: string;
  public readonly dnsTarget: DnsTarget;
  public readonly reachability: L4Exposure;
  public readonly healthCheckHost: string;
  public readonly healthCheckPath: string;
  /** Managed mode: the NLB. */
  public readonly loadBalancer?: Lb;
  /** BGP/ECMP mode: the fleet (nodes, table, peering, accelerator). */
  public readonly fleet?: BgpFleet;
  /** BGP/ECMP mode: the L4 instances by node name. */
  public readonly nodes: Readonly<Record<string, Instance>>;
  /** BGP/ECMP mode: the forwarding table every node loads. */
  public readonly forwardingTable?: ForwardingTable;
  public readonly securityGroup?: SecurityGroup;
  /** BGP/ECMP mode with internet exposure: the accelerator clients reach the fleet through. */
  public readonly accelerator?: GlobalAccelerator;
  /**
   * BGP/ECMP mode: how the L7 nodes must send replies. "direct" (direct server return) for
   * private VIPs; "via-l4-node" behind Global Accelerator, which carries a flow's replies back
   * only from the endpoint that received it: the L7 node returns them over IPIP to the L4 node
   * the flow came from (docs/l4-node.md).
   */
  public readonly replyPath?: "direct" | "via-l4-node";

  constructor(scope: Construct, id: string, props: L4TierProps) {
    super(scope, id);
    validateL4TierProps(this.node.path, props);
    assertAwsRegion(this.node.path, "region", props.region);
    this.endpointName = props.name;
    this.healthCheckHost = props.l7.originTlsHostname;
    this.healthCheckPath = props.l7.healthCheckPath;
    if (props.mode.kind === "managed") {
      // The NLB and its listeners are made here, not in a helper method: every token cdktf makes
      // under them captures the whole call stack, and a frame less is ~1 % of a platform's synth.
      const region = props.region;
      const alb = managedAlb(this.node.path, props);
      const crossZone = props.mode.crossZone ?? true;
      const nlb = new Lb(this, "Resource", {
        region,
        name: `${props.name}-l4`,
        loadBalancerType: "network",
        internal: false,
        subnets: [...props.network.publicSubnetIds],
        enableCrossZoneLoadBalancing: crossZone,
        tags: { Name: `${props.name}-l4`, "cdktf-edge:tier": "l4" },
      });
      skipCheckov(nlb, "CKV_AWS_150", "CKV_AWS_91", "CKV2_AWS_20", "CKV2_AWS_28", ...(crossZone ? [] : (["CKV_AWS_152"] as const)));
      for (const port of [443, 80]) {
        const group = new LbTargetGroup(this, `ToL7-${port}`, {
          region,
          name: `${props.name}-l4-${port}`,
          targetType: "alb",
          protocol: "TCP",
          port,
          vpcId: props.network.vpcId,
          healthCheck: { enabled: true, protocol: "HTTPS", port: "443", path: props.l7.healthCheckPath, matcher: "200-399" },
          tags: { Name: `${props.name}-l4-${port}` },
        });
        new LbTargetGroupAttachment(this, `ToL7-${port}-Alb`, {
          region,
          targetGroupArn: attributeOf(group, "arn"),
          targetId: attributeOf(alb, "arn"),
          port,
        });
        new LbListener(this, `Tcp-${port}`, {
          region,
          loadBalancerArn: attributeOf(nlb, "arn"),
          port,
          protocol: "TCP",
          defaultAction: [{ type: "forward", targetGroupArn: attributeOf(group, "arn") }],
        });
      }
      this.loadBalancer = nlb;
      this.nodes = {};
      this.reachability = "internet";
      this.dnsTarget = { kind: "alias", dnsName: this.loadBalancer.dnsName, hostedZoneId: this.loadBalancer.zoneId };
      return;
    }
    const fleet = new BgpFleet(this, { name: props.name, region: props.region, network: props.network, l7: props.l7, mode: props.mode });
    this.fleet = fleet;
    this.nodes = fleet.instances;
    this.forwardingTable = fleet.table;
    this.securityGroup = fleet.securityGroup;
    this.reachability = props.mode.exposure;
    this.replyPath = props.mode.exposure === "internet" ? "via-l4-node" : "direct";
    if (props.mode.exposure === "internet") {
      this.accelerator = new GlobalAccelerator(this, "Ingress", { name: `${props.name}-l4`, ports: fleet.ports });
      this.accelerator.addPop(this, props.region);
      const a = this.accelerator.accelerator;
      this.dnsTarget = { kind: "alias", dnsName: a.dnsName, hostedZoneId: a.hostedZoneId };
    } else {
      this.dnsTarget = { kind: "addresses", addresses: props.mode.vips };
    }
  }

}

/** The ALB a managed L4 tier forwards to. */
function managedAlb(path: string, props: L4TierProps): Lb {
  const alb = props.l7.loadBalancer;
  if (!alb) {
    throw new EdgeConfigError(path, "a managed L4 tier forwards to an ALB, not to an L7 fleet", "L7Fleet", 'l4: { kind: "bgp-ecmp", ... } for an L7 fleet, or l7: { kind: "alb" }');
  }
  return alb;
}
