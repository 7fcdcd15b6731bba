import { Ec2TransitGatewayConnect } from "@cdktf/provider-aws/lib/ec2-transit-gateway-connect";
import { Ec2TransitGatewayConnectPeer } from "@cdktf/provider-aws/lib/ec2-transit-gateway-connect-peer";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { SecurityGroup, SecurityGroupEgress, SecurityGroupIngress } from "@cdktf/provider-aws/lib/security-group";
import { VpcRouteServer } from "@cdktf/provider-aws/lib/vpc-route-server";
import { VpcRouteServerEndpoint } from "@cdktf/provider-aws/lib/vpc-route-server-endpoint";
import { VpcRouteServerPeer } from "@cdktf/provider-aws/lib/vpc-route-server-peer";
import { VpcRouteServerPropagation } from "@cdktf/provider-aws/lib/vpc-route-server-propagation";
import { VpcRouteServerVpcAssociation } from "@cdktf/provider-aws/lib/vpc-route-server-vpc-association";
import { Construct } from "constructs";
import { EdgeConfigError } from "../errors";
import { buildForwardingTable, ForwardingTable } from "../model/forwarding-table";
import { BgpDaemon, GateTiming, L4NodeConfigInput, L7HealthProbe, renderCloudInit, renderL4NodeFiles } from "../model/l4-node-config";
import { assertIntRange, assertUnique, logicalName } from "../validate";
import { IL7BackendPool, L4Mode, L4Node, L7Backend, L7HealthCheck } from "./l4-mode";
import { PopNetwork } from "./network";
import { skipCheckov } from "../checkov";
import { attributeOf } from "./attribute";

/** What an L4 tier needs from the L7 behind it (an L7Tier, or an L7 fleet). */
export interface IL7Front {
  /** A name the L7 certificate covers (HTTPS health checks send it as SNI). */
  readonly originTlsHostname: string;
  readonly healthCheckPath: string;
  /** Every name the L7 certificate is valid for. */
  readonly certificateNames: readonly string[];
  /** The ALB, for managed mode. */
  readonly loadBalancer?: Lb;
  /** An L7 fleet's nodes: the Maglev backends when the mode lists none. */
  readonly backends?: readonly L7Backend[];
  /** An L7 fleet's plain-HTTP health endpoint on each node's own address. */
  readonly healthEndpoint?: { readonly port: number; readonly path: string };
}

type BgpMode = Extract<L4Mode, { kind: "bgp-ecmp" }>;

export interface BgpFleetProps {
  readonly name: string;
  readonly region: string;
  readonly network: PopNetwork;
  readonly l7: IL7Front;
  readonly mode: BgpMode;
}

/** EC2's limit on user data (before base64). */
export const MAX_USER_DATA_BYTES = 16384;
export const DEFAULT_READY_PORT = 8081;
const DEFAULT_CA_FILE = "/etc/ssl/certs/ca-certificates.crt";
const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];
const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/**
 * Renders a BGP/ECMP L4 fleet into its L4 tier's scope (same logical ids as before the split):
 * node instances with their cloud-init, the security group, and the BGP peering resources.
 */
export class BgpFleet {
  public readonly table: ForwardingTable;
  public readonly instances: Readonly<Record<string, Instance>>;
  public readonly securityGroup: SecurityGroup;
  public readonly ports: readonly number[];
  public readonly readyPort?: number;
  /** How the fleet's table reaches the nodes: whole, or header-only (nodes rebuild and check the digest). */
  public readonly tableDelivery: "complete" | "header-only";
  private readonly path: string;

  constructor(private readonly scope: Construct, private readonly props: BgpFleetProps) {
    const path = scope.node.path;
    this.path = path;
    const mode = props.mode;
    validateMode(path, mode);
    const backends = l7BackendList(path, mode, props.l7).map((b) => ({ name: b.name, address: b.address, weight: b.weight ?? 1 }));
    for (const b of backends) {
      if (!ipv4.test(b.address)) throw new EdgeConfigError(`${path}/${b.name}`, "an L7 backend address is not an IPv4 address", b.address, "the L7 node's private IPv4 address");
    }
    this.table = buildForwardingTable(backends, mode.maglevTableSize ?? 65537, path);
    this.ports = mode.ports ?? [443, 80];
    this.readyPort = mode.exposure === "internet" ? (mode.gate?.readyPort ?? DEFAULT_READY_PORT) : undefined;
    this.securityGroup = this.renderSecurityGroup();
    const complete = this.renderNodes(this.table.bytes);
    const fits = Object.values(complete.userData).every((u) => Buffer.byteLength(u) <= MAX_USER_DATA_BYTES);
    this.tableDelivery = fits ? "complete" : "header-only";
    const chosen = fits ? complete : this.renderNodes(this.table.headerBytes);
    for (const [name, userData] of Object.entries(chosen.userData)) {
      const size = Buffer.byteLength(userData);
      if (size > MAX_USER_DATA_BYTES) {
        throw new EdgeConfigError(`${path}/${name}`, "the node configuration does not fit in EC2 user data", `${size} bytes`, `at most ${MAX_USER_DATA_BYTES} bytes: fewer VIPs, L7 backends or BGP neighbours per fleet`);
      }
    }
    this.instances = Object.fromEntries(Object.entries(chosen.userData).map(([name, userData]) => [name, this.instance(chosen.nodes[name], userData)]));
  }

  private renderSecurityGroup(): SecurityGroup {
    const mode = this.props.mode;
    const internet = mode.exposure === "internet";
    const clients = internet ? ["0.0.0.0/0"] : PRIVATE_RANGES;
    const ingress: SecurityGroupIngress[] = this.ports.map((port) => ({ description: `TCP ${port} to the service addresses`, protocol: "tcp", fromPort: port, toPort: port, cidrBlocks: clients }));
    ingress.push(
      { description: "BGP from peers in the VPC", protocol: "tcp", fromPort: 179, toPort: 179, cidrBlocks: PRIVATE_RANGES },
      { description: "BFD", protocol: "udp", fromPort: 3784, toPort: 3785, cidrBlocks: PRIVATE_RANGES },
      { description: "GRE from the Transit Gateway", protocol: "47", fromPort: 0, toPort: 0, cidrBlocks: PRIVATE_RANGES },
    );
    if (this.readyPort !== undefined) {
      ingress.push(
        { description: "Global Accelerator health checks of the gate", protocol: "tcp", fromPort: this.readyPort, toPort: this.readyPort, cidrBlocks: ["0.0.0.0/0"] },
        { description: "L7 replies returned over IPIP (no direct server return behind Global Accelerator)", protocol: "4", fromPort: 0, toPort: 0, cidrBlocks: PRIVATE_RANGES },
      );
    }
    const egress: SecurityGroupEgress[] = [
      { description: "IPIP to the L7 nodes", protocol: "4", fromPort: 0, toPort: 0, cidrBlocks: PRIVATE_RANGES },
      { description: "BGP, BFD, GRE and L7 health checks inside the network", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: PRIVATE_RANGES },
    ];
    if (mode.installPackages ?? true) {
      egress.push({ description: "Package mirror: user data installs the node packages", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] });
      egress.push({ description: "Package mirror over HTTP (signed by the distribution)", protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"] });
    }
    return new SecurityGroup(this.scope, "NodeSecurityGroup", {
      region: this.props.region,
      name: `${this.props.name}-l4-nodes`,
      description: `cdktf-edge L4 nodes ${this.props.name} (${mode.exposure}): service ports, BGP, BFD, GRE, IPIP`,
      vpcId: this.props.network.vpcId,
      ingress,
      egress,
      tags: { Name: `${this.props.name}-l4-nodes` },
    });
  }

  private nodeInput(node: L4Node, peer: Pick<L4NodeConfigInput, "neighbors" | "gre" | "bfd">, tableBytes: Uint8Array): L4NodeConfigInput {
    const mode = this.props.mode;
    const internet = mode.exposure === "internet";
    return {
      nodeName: node.name,
      nodeAddress: node.address,
      vips: mode.vips,
      serviceAddresses: mode.vips,
      // Global Accelerator delivers to the instance's own address, not to the VIP.
      acceleratorAddress: internet ? node.address : undefined,
      ports: this.ports,
      localAsn: mode.localAsn,
      daemon: daemonOf(mode),
      tableBytes,
      tableDigest: this.table.digest,
      probe: healthProbe(this.path, mode, this.props.l7),
      gate: gateTiming(this.path, mode),
      readyPort: this.readyPort,
      underlayMtu: mode.underlayMtu ?? 9001,
      ...peer,
    };
  }

  private renderNodes(tableBytes: Uint8Array): { nodes: Record<string, L4Node>; userData: Record<string, string> } {
    const mode = this.props.mode;
    const nodes = [...mode.nodes].sort((a, b) => a.name.localeCompare(b.name));
    const daemon = daemonOf(mode);
    const install = { installPackages: mode.installPackages ?? true };
    const userData: Record<string, string> = {};
    const byName = Object.fromEntries(nodes.map((n) => [n.name, n]));
    const peering = mode.peering;
    const peers = this.peeringResources();
    if (peering.kind === "transit-gateway") {
      const tgwAsn = peering.transitGatewayAsn ?? 64512;
      nodes.forEach((node, i) => {
        const inside = node.insideCidrBlock ?? `169.254.100.${8 * i}/29`;
        const base = assertInsideCidr(`${this.path}/${node.name}`, inside);
        const peer = peers.tgwPeer!(node, inside);
        const files = renderL4NodeFiles(
          this.nodeInput(
            node,
            {
              bfd: false,
              // AWS gives the appliance the first host of the /29 and the TGW the next two.
              neighbors: [1, 2].map((k) => ({ address: offset(base, k + 1), asn: tgwAsn })),
              gre: { remoteAddress: attributeOf(peer, "transitGatewayAddress"), insideAddress: offset(base, 1), insidePrefixLength: 29 },
            },
            tableBytes,
          ),
        );
        userData[node.name] = renderCloudInit(files, daemon, install);
      });
    } else {
      const bfd = (peering.peerLiveness ?? (daemon === "bird" ? "bfd" : "bgp-keepalive")) === "bfd";
      for (const node of nodes) {
        const endpoint = peers.routeServerPeer!(node, bfd);
        const files = renderL4NodeFiles(this.nodeInput(node, { bfd, neighbors: [{ address: attributeOf(endpoint, "eniAddress"), asn: peering.amazonSideAsn ?? 65000 }] }, tableBytes));
        userData[node.name] = renderCloudInit(files, daemon, install);
      }
    }
    return { nodes: byName, userData };
  }

  // Peering resources are made once even though nodes may be rendered twice (complete table,
  // then header-only): the factories below memoize by node.
  private peerCache?: {
    tgwPeer?: (node: L4Node, inside: string) => Ec2TransitGatewayConnectPeer;
    routeServerPeer?: (node: L4Node, bfd: boolean) => VpcRouteServerEndpoint;
  };

  private peeringResources() {
    if (this.peerCache) return this.peerCache;
    const { scope, props } = this;
    const region = props.region;
    const mode = props.mode;
    const peering = mode.peering;
    if (peering.kind === "transit-gateway") {
      const connect = new Ec2TransitGatewayConnect(scope, "TgwConnect", {
        region,
        transitGatewayId: peering.transitGatewayId,
        transportAttachmentId: peering.transportAttachmentId,
        tags: { Name: `${props.name}-l4-connect` },
      });
      const made: Record<string, Ec2TransitGatewayConnectPeer> = {};
      this.peerCache = {
        tgwPeer: (node, inside) =>
          (made[node.name] ??= new Ec2TransitGatewayConnectPeer(scope, `TgwPeer-${logicalName(node.name)}`, {
            region,
            transitGatewayAttachmentId: attributeOf(connect, "id"),
            peerAddress: node.address,
            bgpAsn: String(mode.localAsn),
            insideCidrBlocks: [inside],
            tags: { Name: `${props.name}-l4-${node.name}` },
          })),
      };
      return this.peerCache;
    }
    const server = new VpcRouteServer(scope, "RouteServer", {
      region,
      amazonSideAsn: peering.amazonSideAsn ?? 65000,
      persistRoutes: "disable",
      tags: { Name: `${props.name}-l4-route-server` },
    });
    const association = new VpcRouteServerVpcAssociation(scope, "RouteServerVpc", { region, routeServerId: attributeOf(server, "routeServerId"), vpcId: props.network.vpcId });
    for (const routeTableId of peering.routeTableIds) {
      new VpcRouteServerPropagation(scope, `RouteServerPropagation-${logicalName(routeTableId)}`, { region, routeServerId: attributeOf(server, "routeServerId"), routeTableId, dependsOn: [association] });
    }
    const endpoints: Record<string, VpcRouteServerEndpoint> = {};
    const peers = new Set<string>();
    this.peerCache = {
      routeServerPeer: (node, bfd) => {
        const endpoint = (endpoints[node.subnetId] ??= new VpcRouteServerEndpoint(scope, `RouteServerEndpoint-${logicalName(node.subnetId)}`, {
          region,
          routeServerId: attributeOf(server, "routeServerId"),
          subnetId: node.subnetId,
          dependsOn: [association],
          tags: { Name: `${props.name}-l4-${node.subnetId}` },
        }));
        if (!peers.has(node.name)) {
          peers.add(node.name);
          new VpcRouteServerPeer(scope, `RouteServerPeer-${logicalName(node.name)}`, {
            region,
            routeServerEndpointId: attributeOf(endpoint, "routeServerEndpointId"),
            peerAddress: node.address,
            bgpOptions: [{ peerAsn: mode.localAsn, peerLivenessDetection: bfd ? "bfd" : "bgp-keepalive" }],
            tags: { Name: `${props.name}-l4-${node.name}` },
          });
        }
        return endpoint;
      },
    };
    return this.peerCache;
  }

  private instance(node: L4Node, userData: string): Instance {
    const mode = this.props.mode;
    const instance = new Instance(this.scope, `Node-${logicalName(node.name)}`, {
      region: this.props.region,
      ami: mode.ami,
      instanceType: mode.instanceType ?? "c7gn.large",
      subnetId: node.subnetId,
      privateIp: node.address,
      sourceDestCheck: false,
      vpcSecurityGroupIds: [attributeOf(this.securityGroup, "id")],
      userData,
      metadataOptions: { httpTokens: "required", httpEndpoint: "enabled" },
      rootBlockDevice: { encrypted: true },
      monitoring: true,
      ebsOptimized: true,
      tags: { Name: `${this.props.name}-l4-${node.name}`, "cdktf-edge:tier": "l4", "cdktf-edge:maglev-digest": this.table.digest.slice(0, 16) },
    });
    skipCheckov(instance, "CKV2_AWS_41");
    return instance;
  }
}

function l7BackendList(path: string, mode: BgpMode, l7: IL7Front): readonly L7Backend[] {
  const given = mode.l7Backends;
  if (given !== undefined && l7.backends !== undefined) {
    throw new EdgeConfigError(path, "l7Backends given while the POP runs an L7 fleet", backendsOf(given).map((b) => b.name), "no l7Backends: the fleet's nodes are the Maglev backends");
  }
  const list = given !== undefined ? backendsOf(given) : l7.backends;
  if (!list || list.length === 0) throw new EdgeConfigError(path, "the L4 tier has no L7 backends to hash flows to", 0, "l7Backends [{ name, address, weight? }], or an L7 fleet behind the tier");
  return list;
}

function backendsOf(value: NonNullable<BgpMode["l7Backends"]>): readonly L7Backend[] {
  return isPool(value) ? value.maglevBackends : value;
}

function isPool(value: BgpMode["l7Backends"]): value is IL7BackendPool {
  return value !== undefined && !Array.isArray(value);
}

function daemonOf(mode: BgpMode): BgpDaemon {
  return mode.daemon ?? "bird";
}

function validateMode(path: string, mode: BgpMode): void {
  if ((mode.exposure as string) !== "internet" && (mode.exposure as string) !== "private") {
    throw new EdgeConfigError(path, "exposure says who can reach the VIPs and is required", mode.exposure, '"internet" (Global Accelerator in front, public DNS) or "private" (only networks routed through the TGW / Route Server)');
  }
  if (mode.nodes.length === 0) {
    throw new EdgeConfigError(path, "a bgp-ecmp L4 tier needs at least one node", 0, "one or more nodes, each { name, address, subnetId } (two or more for ECMP)");
  }
  assertUnique(path, "L4 nodes", mode.nodes.map((n) => n.name));
  assertUnique(path, "L4 node addresses", mode.nodes.map((n) => n.address));
  for (const n of mode.nodes) {
    if (!ipv4.test(n.address)) throw new EdgeConfigError(`${path}/${n.name}`, "node address is not an IPv4 address", n.address, "a fixed private IPv4 address inside the node's subnet");
  }
  if (mode.vips.length === 0) throw new EdgeConfigError(path, "a bgp-ecmp L4 tier needs a VIP", mode.vips, "one or more IPv4 VIPs");
  for (const vip of mode.vips) {
    if (!ipv4.test(vip)) throw new EdgeConfigError(path, "a VIP is not an IPv4 address", vip, "IPv4 addresses announced as /32");
  }
  assertIntRange(path, "localAsn", mode.localAsn, 1, 4294967294);
  for (const port of mode.ports ?? []) assertIntRange(path, "ports[]", port, 1, 65535);
  assertIntRange(path, "underlayMtu", mode.underlayMtu ?? 9001, 1280, 9001);
  const daemon = daemonOf(mode);
  if (daemon !== "bird" && daemon !== "exabgp") throw new EdgeConfigError(path, "daemon is not a supported BGP daemon", daemon, '"bird" or "exabgp"');
  if (mode.peering.kind === "route-server" && mode.peering.peerLiveness === "bfd" && daemon === "exabgp") {
    throw new EdgeConfigError(path, "ExaBGP has no BFD, so a route server peer with BFD liveness would never see it up", "daemon exabgp with peering.peerLiveness bfd", 'daemon "bird" (BFD), or peering.peerLiveness "bgp-keepalive"');
  }
}

function healthProbe(path: string, mode: BgpMode, l7: IL7Front): L7HealthProbe {
  // An L7 fleet serves plain HTTP health on each node's own address; a pool or the mode may say otherwise.
  const fleet: L7HealthCheck | undefined = l7.healthEndpoint ? { protocol: "http", port: l7.healthEndpoint.port, path: l7.healthEndpoint.path } : undefined;
  const check = { ...fleet, ...(isPool(mode.l7Backends) ? mode.l7Backends.healthCheck : undefined), ...mode.l7HealthCheck };
  const protocol = check.protocol ?? "https";
  const probe: L7HealthProbe = {
    protocol,
    port: check.port ?? (protocol === "https" ? 443 : 80),
    path: check.path ?? l7.healthCheckPath,
    serverName: check.serverName ?? l7.originTlsHostname,
    caFile: check.caFile ?? DEFAULT_CA_FILE,
    timeoutSeconds: check.timeoutSeconds ?? 2,
    minHealthyPercent: check.minHealthyPercent ?? 50,
  };
  assertIntRange(path, "l7HealthCheck.port", probe.port, 1, 65535);
  assertIntRange(path, "l7HealthCheck.timeoutSeconds", probe.timeoutSeconds, 1, 30);
  assertIntRange(path, "l7HealthCheck.minHealthyPercent", probe.minHealthyPercent, 1, 100);
  if (!probe.path.startsWith("/")) throw new EdgeConfigError(path, "l7HealthCheck.path is not an absolute path", probe.path, "a path such as /healthz");
  return probe;
}

function gateTiming(path: string, mode: BgpMode): GateTiming {
  const gate = { intervalSeconds: mode.gate?.intervalSeconds ?? 2, rise: mode.gate?.rise ?? 2, fall: mode.gate?.fall ?? 3 };
  assertIntRange(path, "gate.intervalSeconds", gate.intervalSeconds, 1, 60);
  assertIntRange(path, "gate.rise", gate.rise, 1, 10);
  assertIntRange(path, "gate.fall", gate.fall, 1, 10);
  if (mode.gate?.readyPort !== undefined) assertIntRange(path, "gate.readyPort", mode.gate.readyPort, 1024, 65535);
  return gate;
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
