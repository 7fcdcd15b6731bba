import { Ec2TransitGatewayConnect } from "@cdktf/provider-aws/lib/ec2-transit-gateway-connect";
import { Ec2TransitGatewayConnectPeer } from "@cdktf/provider-aws/lib/ec2-transit-gateway-connect-peer";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { LbListener } from "@cdktf/provider-aws/lib/lb-listener";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import { LbTargetGroupAttachment } from "@cdktf/provider-aws/lib/lb-target-group-attachment";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VpcRouteServer } from "@cdktf/provider-aws/lib/vpc-route-server";
import { VpcRouteServerEndpoint } from "@cdktf/provider-aws/lib/vpc-route-server-endpoint";
import { VpcRouteServerPeer } from "@cdktf/provider-aws/lib/vpc-route-server-peer";
import { VpcRouteServerPropagation } from "@cdktf/provider-aws/lib/vpc-route-server-propagation";
import { VpcRouteServerVpcAssociation } from "@cdktf/provider-aws/lib/vpc-route-server-vpc-association";
import { Construct } from "constructs";
import { EdgeConfigError } from "../errors";
import { buildForwardingTable, ForwardingTable } from "../model/forwarding-table";
import { renderCloudInit, renderL4NodeFiles } from "../model/l4-node-config";
import { assertIntRange, assertUnique, logicalName } from "../validate";
import { DnsTarget, IDnsEndpoint } from "./dns-endpoint";
import { L4Mode, L4Node } from "./l4-mode";
import { L7Fleet } from "./l7-fleet";
import { L7Tier } from "./l7-tier";
import { PopNetwork } from "./network";
import { assertAwsRegion } from "./regions";
import { validateL4TierProps } from "../validation/aws-entry";

export interface L4TierProps {
  /** Short name, unique in the platform (max 20 characters). */
  readonly name: string;
  readonly region: string;
  readonly network: PopNetwork;
  /**
   * The L7 tier behind this L4 tier: managed mode forwards to its ALB; in bgp-ecmp mode an
   * L7Fleet's nodes are the Maglev backends unless the mode lists l7Backends.
   */
  readonly l7: L7Tier | L7Fleet;
  readonly mode: L4Mode;
}

const MAX_USER_DATA_BYTES = 16384;
const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/**
 * The L4 tier of a POP, in one of two modes: `managed` (an NLB in front of the L7 ALB) or
 * `bgp-ecmp` (L4 instances with fixed addresses announcing the VIPs over BGP to a Transit
 * Gateway Connect peer or a VPC Route Server, all loading one Maglev forwarding table).
 */
export class L4Tier extends Construct implements IDnsEndpoint {
  public readonly endpointName: string;
  public readonly dnsTarget: DnsTarget;
  public readonly healthCheckHost: string;
  public readonly healthCheckPath: string;
  /** Managed mode: the NLB. */
  public readonly loadBalancer?: Lb;
  /** BGP/ECMP mode: the L4 instances by node name. */
  public readonly nodes: Readonly<Record<string, Instance>>;
  /** BGP/ECMP mode: the forwarding table every node loads. */
  public readonly forwardingTable?: ForwardingTable;
  public readonly securityGroup?: SecurityGroup;

  constructor(scope: Construct, id: string, props: L4TierProps) {
    super(scope, id);
    validateL4TierProps(this.node.path, props);
    const path = this.node.path;
    assertAwsRegion(path, "region", props.region);
    this.endpointName = props.name;
    this.healthCheckHost = props.l7.originTlsHostname;
    this.healthCheckPath = props.l7.healthCheckPath;
    if (props.mode.kind === "managed") {
      if (!(props.l7 instanceof L7Tier)) {
        throw new EdgeConfigError(path, "a managed L4 tier forwards to an ALB, not to an L7 fleet", "L7Fleet", 'l4: { kind: "bgp-ecmp", ... } for an L7 fleet, or l7: { kind: "alb" }');
      }
      this.loadBalancer = this.renderManaged(props, props.l7, props.mode.crossZone ?? true);
      this.nodes = {};
      this.dnsTarget = { kind: "alias", dnsName: this.loadBalancer.dnsName, hostedZoneId: this.loadBalancer.zoneId };
      return;
    }
    const mode = props.mode;
    if (mode.nodes.length === 0) {
      throw new EdgeConfigError(path, "a bgp-ecmp L4 tier needs at least one node", 0, "one or more nodes, each { name, address, subnetId } (two or more for ECMP)");
    }
    assertUnique(path, "L4 nodes", mode.nodes.map((n) => n.name));
    assertUnique(path, "L4 node addresses", mode.nodes.map((n) => n.address));
    for (const n of mode.nodes) {
      if (!ipv4.test(n.address)) throw new EdgeConfigError(`${path}/${n.name}`, "node address is not an IPv4 address", n.address, "a fixed private IPv4 address inside the node's subnet");
    }
    for (const vip of mode.vips) {
      if (!ipv4.test(vip)) throw new EdgeConfigError(path, "a VIP is not an IPv4 address", vip, "IPv4 addresses announced as /32");
    }
    if (mode.vips.length === 0) throw new EdgeConfigError(path, "a bgp-ecmp L4 tier needs a VIP", mode.vips, "one or more IPv4 VIPs");
    assertIntRange(path, "localAsn", mode.localAsn, 1, 4294967294);
    const fleetBackends = props.l7 instanceof L7Fleet ? props.l7.backends : undefined;
    if (mode.l7Backends && fleetBackends) {
      throw new EdgeConfigError(path, "l7Backends given while the POP runs an L7 fleet", mode.l7Backends.map((b) => b.name), "no l7Backends: the fleet's nodes are the Maglev backends");
    }
    const backends = mode.l7Backends ?? fleetBackends ?? [];
    this.forwardingTable = buildForwardingTable(
      backends.map((b) => ({ name: b.name, address: b.address, weight: b.weight ?? 1 })),
      mode.maglevTableSize ?? 65537,
      path,
    );
    this.securityGroup = this.renderNodeSecurityGroup(props);
    this.nodes = this.renderFleet(props, mode, this.forwardingTable, this.securityGroup);
    this.dnsTarget = { kind: "addresses", addresses: mode.vips };
  }

  private renderManaged(props: L4TierProps, l7: L7Tier, crossZone: boolean): Lb {
    const region = props.region;
    const nlb = new Lb(this, "Resource", {
      region,
      name: `${props.name}-l4`,
      loadBalancerType: "network",
      internal: false,
      subnets: [...props.network.publicSubnetIds],
      enableCrossZoneLoadBalancing: crossZone,
      tags: { Name: `${props.name}-l4`, "cdktf-edge:tier": "l4" },
    });
    for (const port of [443, 80]) {
      const group = new LbTargetGroup(this, `ToL7-${port}`, {
        region,
        name: `${props.name}-l4-${port}`,
        targetType: "alb",
        protocol: "TCP",
        port,
        vpcId: props.network.vpcId,
        healthCheck: { enabled: true, protocol: "HTTPS", port: "443", path: l7.healthCheckPath, matcher: "200-399" },
        tags: { Name: `${props.name}-l4-${port}` },
      });
      new LbTargetGroupAttachment(this, `ToL7-${port}-Alb`, {
        region,
        targetGroupArn: group.arn,
        targetId: l7.loadBalancer.arn,
        port,
      });
      new LbListener(this, `Tcp-${port}`, {
        region,
        loadBalancerArn: nlb.arn,
        port,
        protocol: "TCP",
        defaultAction: [{ type: "forward", targetGroupArn: group.arn }],
      });
    }
    return nlb;
  }

  private renderNodeSecurityGroup(props: L4TierProps): SecurityGroup {
    return new SecurityGroup(this, "NodeSecurityGroup", {
      region: props.region,
      name: `${props.name}-l4-nodes`,
      description: `cdktf-edge L4 nodes ${props.name}: VIP traffic, BGP, GRE, BFD`,
      vpcId: props.network.vpcId,
      ingress: [
        { description: "HTTPS to the VIPs", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
        { description: "HTTP to the VIPs", protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"] },
        { description: "BGP from peers in the VPC", protocol: "tcp", fromPort: 179, toPort: 179, cidrBlocks: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"] },
        { description: "BFD", protocol: "udp", fromPort: 3784, toPort: 3785, cidrBlocks: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"] },
        { description: "GRE from the Transit Gateway", protocol: "47", fromPort: 0, toPort: 0, cidrBlocks: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"] },
      ],
      egress: [
        { description: "IPIP to L7 nodes (direct server return)", protocol: "4", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] },
        { description: "BGP, BFD, GRE and health checks", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"] },
      ],
      tags: { Name: `${props.name}-l4-nodes` },
    });
  }

  private renderFleet(
    props: L4TierProps,
    mode: Extract<L4Mode, { kind: "bgp-ecmp" }>,
    table: ForwardingTable,
    securityGroup: SecurityGroup,
  ): Record<string, Instance> {
    const region = props.region;
    const nodes = [...mode.nodes].sort((a, b) => a.name.localeCompare(b.name));
    const peering = mode.peering;
    const daemon = mode.daemon ?? "bird";
    const healthCheckUrl = `https://127.0.0.1${props.l7.healthCheckPath}`;
    const common = {
      vips: mode.vips,
      localAsn: mode.localAsn,
      daemon,
      l7Backends: table.backends,
      maglevTableSize: table.tableSize,
      maglevDigest: table.digest,
      healthCheckUrl,
    };
    const instances: Record<string, Instance> = {};
    const instance = (node: L4Node, userData: string) => {
      if (Buffer.byteLength(userData) > MAX_USER_DATA_BYTES) {
        throw new EdgeConfigError(`${this.node.path}/${node.name}`, "the node configuration does not fit in EC2 user data", `${Buffer.byteLength(userData)} bytes`, `at most ${MAX_USER_DATA_BYTES} bytes: fewer l7Backends per fleet, or split the fleet`);
      }
      return new Instance(this, `Node-${logicalName(node.name)}`, {
        region,
        ami: mode.ami,
        instanceType: mode.instanceType ?? "c7gn.large",
        subnetId: node.subnetId,
        privateIp: node.address,
        sourceDestCheck: false,
        vpcSecurityGroupIds: [securityGroup.id],
        userData,
        metadataOptions: { httpTokens: "required", httpEndpoint: "enabled" },
        rootBlockDevice: { encrypted: true },
        tags: { Name: `${props.name}-l4-${node.name}`, "cdktf-edge:tier": "l4", "cdktf-edge:maglev-digest": table.digest.slice(0, 16) },
      });
    };

    if (peering.kind === "transit-gateway") {
      const connect = new Ec2TransitGatewayConnect(this, "TgwConnect", {
        region,
        transitGatewayId: peering.transitGatewayId,
        transportAttachmentId: peering.transportAttachmentId,
        tags: { Name: `${props.name}-l4-connect` },
      });
      const tgwAsn = peering.transitGatewayAsn ?? 64512;
      nodes.forEach((node, i) => {
        const inside = node.insideCidrBlock ?? `169.254.100.${8 * i}/29`;
        const base = assertInsideCidr(`${this.node.path}/${node.name}`, inside);
        const peer = new Ec2TransitGatewayConnectPeer(this, `TgwPeer-${logicalName(node.name)}`, {
          region,
          transitGatewayAttachmentId: connect.id,
          peerAddress: node.address,
          bgpAsn: String(mode.localAsn),
          insideCidrBlocks: [inside],
          tags: { Name: `${props.name}-l4-${node.name}` },
        });
        const files = renderL4NodeFiles({
          ...common,
          nodeName: node.name,
          nodeAddress: node.address,
          bfd: false,
          // AWS gives the appliance the first host of the /29 and the TGW the next two.
          neighbors: [1, 2].map((k) => ({ address: offset(base, k + 1), asn: tgwAsn })),
          gre: { remoteAddress: peer.transitGatewayAddress, insideAddress: offset(base, 1), insidePrefixLength: 29 },
        });
        instances[node.name] = instance(node, renderCloudInit(files, daemon));
      });
    } else {
      const server = new VpcRouteServer(this, "RouteServer", {
        region,
        amazonSideAsn: peering.amazonSideAsn ?? 65000,
        persistRoutes: "disable",
        tags: { Name: `${props.name}-l4-route-server` },
      });
      const association = new VpcRouteServerVpcAssociation(this, "RouteServerVpc", {
        region,
        routeServerId: server.routeServerId,
        vpcId: props.network.vpcId,
      });
      peering.routeTableIds.forEach((routeTableId) => {
        new VpcRouteServerPropagation(this, `RouteServerPropagation-${logicalName(routeTableId)}`, {
          region,
          routeServerId: server.routeServerId,
          routeTableId,
          dependsOn: [association],
        });
      });
      const subnets = [...new Set(nodes.map((n) => n.subnetId))];
      const endpoints: Record<string, VpcRouteServerEndpoint> = {};
      for (const subnetId of subnets) {
        endpoints[subnetId] = new VpcRouteServerEndpoint(this, `RouteServerEndpoint-${logicalName(subnetId)}`, {
          region,
          routeServerId: server.routeServerId,
          subnetId,
          dependsOn: [association],
          tags: { Name: `${props.name}-l4-${subnetId}` },
        });
      }
      for (const node of nodes) {
        const endpoint = endpoints[node.subnetId];
        new VpcRouteServerPeer(this, `RouteServerPeer-${logicalName(node.name)}`, {
          region,
          routeServerEndpointId: endpoint.routeServerEndpointId,
          peerAddress: node.address,
          bgpOptions: [{ peerAsn: mode.localAsn, peerLivenessDetection: "bfd" }],
          tags: { Name: `${props.name}-l4-${node.name}` },
        });
        const files = renderL4NodeFiles({
          ...common,
          nodeName: node.name,
          nodeAddress: node.address,
          bfd: true,
          neighbors: [{ address: endpoint.eniAddress, asn: peering.amazonSideAsn ?? 65000 }],
        });
        instances[node.name] = instance(node, renderCloudInit(files, daemon));
      }
    }
    return instances;
  }
}

function assertInsideCidr(path: string, cidr: string): number[] {
  const m = /^169\.254\.(\d{1,3})\.(\d{1,3})\/29$/.exec(cidr);
  const third = m ? Number(m[1]) : -1;
  const fourth = m ? Number(m[2]) : -1;
  if (!m || third > 255 || fourth > 255 || fourth % 8 !== 0 || third <= 5 || (third === 169 && fourth === 248)) {
    throw new EdgeConfigError(path, "insideCidrBlock is not a usable /29 of 169.254.0.0/16", cidr, "a /29 such as 169.254.100.0/29 (not in 169.254.0.0-169.254.5.255 or 169.254.169.248/29)");
  }
  return [169, 254, third, fourth];
}

function offset(base: number[], k: number): string {
  return `${base[0]}.${base[1]}.${base[2]}.${base[3] + k}`;
}
