import { GlobalacceleratorAccelerator } from "@cdktf/provider-aws/lib/globalaccelerator-accelerator";
import { GlobalacceleratorEndpointGroup } from "@cdktf/provider-aws/lib/globalaccelerator-endpoint-group";
import { GlobalacceleratorListener } from "@cdktf/provider-aws/lib/globalaccelerator-listener";
import { Construct } from "constructs";
import { EdgeConfigError } from "../errors";
import { assertIntRange, logicalName } from "../validate";
import { L4Tier } from "./l4-tier";
import { validateAcceleratorAddPop, validateGlobalAcceleratorProps } from "../validation/aws-entry";
import { skipCheckov } from "../checkov";
import { attributeOf } from "./attribute";

export interface GlobalAcceleratorProps {
  readonly name: string;
  /**
   * Your own (BYOIP) anycast addresses, at most two.
   * @default - AWS assigns two static anycast addresses
   */
  readonly byoipAddresses?: readonly string[];
  /**
   * NONE spreads by 5-tuple; SOURCE_IP keeps a client on one endpoint.
   * @default "NONE"
   */
  readonly clientAffinity?: "NONE" | "SOURCE_IP";
  /** @default [80, 443] */
  readonly ports?: readonly number[];
  /**
   * Write flow logs to this S3 bucket (under `prefix`).
   * @default - no flow logs
   */
  readonly flowLogs?: { readonly bucketName: string; readonly prefix?: string };
}

/**
 * AWS Global Accelerator: anycast IPs announced by BGP from AWS edge locations, in front of the
 * POPs' NLBs or internet-facing L4 fleets, with a traffic dial per POP region.
 */
export class GlobalAccelerator extends Construct {
  public readonly accelerator: GlobalacceleratorAccelerator;
  public readonly listener: GlobalacceleratorListener;
  public readonly endpointGroups: Record<string, GlobalacceleratorEndpointGroup> = {};

  constructor(scope: Construct, id: string, props: GlobalAcceleratorProps) {
    super(scope, id);
    validateGlobalAcceleratorProps(this.node.path, props);
    if ((props.byoipAddresses?.length ?? 0) > 2) {
      throw new EdgeConfigError(this.node.path, "an accelerator takes at most two BYOIP addresses", props.byoipAddresses, "zero, one or two IPv4 addresses from your BYOIP pool");
    }
    this.accelerator = new GlobalacceleratorAccelerator(this, "Resource", {
      name: props.name,
      ipAddressType: "IPV4",
      ipAddresses: props.byoipAddresses ? [...props.byoipAddresses] : undefined,
      enabled: true,
      attributes: props.flowLogs
        ? { flowLogsEnabled: true, flowLogsS3Bucket: props.flowLogs.bucketName, flowLogsS3Prefix: props.flowLogs.prefix ?? `${props.name}/` }
        : undefined,
      tags: { Name: props.name },
    });
    if (!props.flowLogs) skipCheckov(this.accelerator, "CKV_AWS_75");
    this.listener = new GlobalacceleratorListener(this, "Listener", {
      acceleratorArn: this.accelerator.arn,
      protocol: "TCP",
      clientAffinity: props.clientAffinity ?? "NONE",
      portRange: (props.ports ?? [80, 443]).map((p) => ({ fromPort: p, toPort: p })),
    });
  }

  /**
   * Sends a share (`trafficDialPercent` of the region's traffic) to an L4 tier: its NLB
   * (managed mode), or its instances (bgp-ecmp with internet exposure), which Global
   * Accelerator health-checks on each node's gate port: a node that withdraws answers 503.
   */
  public addPop(l4: L4Tier, region: string, trafficDialPercent = 100): GlobalacceleratorEndpointGroup {
    validateAcceleratorAddPop(this.node.path, l4, region, trafficDialPercent);
    assertIntRange(this.node.path, "trafficDialPercent", trafficDialPercent, 0, 100);
    const id = `Pop-${logicalName(l4.endpointName)}`;
    const common = { listenerArn: attributeOf(this.listener, "arn"), endpointGroupRegion: region, trafficDialPercentage: trafficDialPercent };
    let group: GlobalacceleratorEndpointGroup;
    if (l4.loadBalancer) {
      group = new GlobalacceleratorEndpointGroup(this, id, {
        ...common,
        healthCheckProtocol: "TCP",
        healthCheckPort: 443,
        endpointConfiguration: [{ endpointId: attributeOf(l4.loadBalancer, "arn"), weight: 100, clientIpPreservationEnabled: true }],
      });
    } else if (l4.fleet?.readyPort !== undefined) {
      group = new GlobalacceleratorEndpointGroup(this, id, {
        ...common,
        healthCheckProtocol: "HTTP",
        healthCheckPort: l4.fleet.readyPort,
        healthCheckPath: "/",
        healthCheckIntervalSeconds: 10,
        thresholdCount: 2,
        endpointConfiguration: Object.values(l4.nodes).map((instance) => ({ endpointId: instance.id, weight: 128, clientIpPreservationEnabled: true })),
      });
    } else {
      throw new EdgeConfigError(this.node.path, "Global Accelerator cannot reach a private L4 tier", l4.endpointName, 'an L4 tier in mode { kind: "managed" } or { kind: "bgp-ecmp", exposure: "internet" }');
    }
    this.endpointGroups[l4.endpointName] = group;
    return group;
  }
}
