import { AcmCertificate } from "@cdktf/provider-aws/lib/acm-certificate";
import { AcmCertificateValidation } from "@cdktf/provider-aws/lib/acm-certificate-validation";
import { IamInstanceProfile } from "@cdktf/provider-aws/lib/iam-instance-profile";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { EdgeConfigError } from "../errors";
import { HaproxyConfigInput } from "../model/haproxy-config";
import { CertificateSource, L7_NODE_PATHS, L7NodeFiles, renderL7CloudInit, renderL7NodeFiles } from "../model/l7-node-config";
import { IOriginEndpoint } from "../origin";
import { validateL7FleetProps } from "../validation/aws-entry";
import { logicalName } from "../validate";
import { certificateNames } from "./certificate-names";
import { DataCenter } from "./data-center";
import { PopNetwork } from "./network";
import { IHostedZone } from "./zone";
import { validateCertificateInZone } from "./acm-validation";
import { attributeOf } from "./attribute";

/** An L7 node: an instance with a fixed address that the L4 tier's Maglev table hashes flows to. */
export interface L7FleetNode {
  readonly name: string;
  /** Fixed private IPv4 address inside subnetId: the IPIP destination and the health endpoint's address. */
  readonly address: string;
  readonly subnetId: string;
  /** @default 1; 0 drains the node (the L4 tier sends it no new flows) */
  readonly weight?: number;
}

/** How the listener's private key reaches the nodes. */
export type L7FleetCertificate =
  /**
   * An ACM exportable public certificate for every name of the fleet, DNS-validated. Each node
   * exports it at boot and daily (renewals) with a one-time passphrase it makes itself; only
   * `acm:ExportCertificate` on that one certificate is granted. The key never appears in
   * Terraform state or user data. Exportable certificates are charged per name by ACM.
   */
  | { readonly kind: "acm-export" }
  /**
   * A Secrets Manager secret you fill (outside Terraform) with a PEM bundle: certificate,
   * chain, private key. `names` states what the certificate covers; the nodes may read only
   * that secret.
   */
  | { readonly kind: "secrets-manager"; readonly secretArn: string; readonly names: readonly string[] };

/** The warm pool each node keeps to every origin server. */
export interface L7FleetPool {
  /**
   * Upper bound of TCP connections per origin server; more concurrent requests wait. HAProxy 2.6
   * checks it without a lock shared by its threads, so a busy node can be `threads - 1` over.
   * @default 64
   */
  readonly maxConnectionsPerServer?: number;
  /** Idle connections kept open per origin server for reuse. @default 32 (at most maxConnectionsPerServer) */
  readonly idleConnectionsPerServer?: number;
  /** Idle connections a thread keeps before it prefers reusing one to opening one. @default 4 (at most idleConnectionsPerServer) */
  readonly warmConnectionsPerServer?: number;
  /** Seconds an unused origin connection stays open. @default 300 */
  readonly idleTimeoutSeconds?: number;
}

/** What an L7 fleet needs besides its POP's name, place, names and origins (Pop's `l7: { kind: "fleet" }`). */
export interface L7FleetSpec {
  readonly nodes: readonly L7FleetNode[];
  /** A Debian 12 (bookworm) AMI with cloud-init, of the instance type's architecture. */
  readonly ami: string;
  /** @default "c7g.large" (Graviton: check the AMI's architecture) */
  readonly instanceType?: string;
  /** @default { kind: "acm-export" } */
  readonly certificate?: L7FleetCertificate;
  /** @default - the defaults of each L7FleetPool field */
  readonly pool?: L7FleetPool;
  /** Port of the plain-HTTP health endpoint on each node's own address (path /healthz). @default 8080 */
  readonly healthPort?: number;
  /** Retries of a request on another origin server after a connection failure or an empty answer. @default 2 */
  readonly retries?: number;
  /** Milliseconds to open a connection to an origin server. @default 2000 */
  readonly connectTimeoutMs?: number;
  /** Milliseconds an origin may take to answer. @default 30000 */
  readonly serverTimeoutMs?: number;
  /** Milliseconds between active health checks of each origin server. @default 2000 */
  readonly healthCheckIntervalMs?: number;
  /**
   * Where IPIP from the L4 nodes and health probes come from.
   * @default - the private ranges 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16
   */
  readonly l4SourceCidrs?: readonly string[];
  /** Client connections one node holds at once (HAProxy `maxconn`; needs about twice as many file descriptors). @default 50000 */
  readonly maxClientConnections?: number;
  /** HSTS max-age (seconds) on every HTTPS response; 0 sends no header. @default 0 */
  readonly hstsMaxAgeSeconds?: number;
  /** Share of requests per data center name. @default - every origin weight 1 */
  readonly originWeights?: Readonly<Record<string, number>>;
}

export interface L7FleetProps extends L7FleetSpec {
  /** The POP's name (1-16 letters, digits or inner '-'): it prefixes the role, profile and security group names. */
  readonly name: string;
  readonly region: string;
  readonly network: PopNetwork;
  /** The POP's own hostname: the certificate's first name. */
  readonly hostname: string;
  /** Other names DNS sends to the fleet, e.g. the service name. @default - none */
  readonly alternativeNames?: readonly string[];
  /** Zone the certificate's DNS-validation records go into. */
  readonly zone: IHostedZone;
  readonly origins: readonly DataCenter[];
  /** VIPs the L4 tier hashes to the fleet: bound by HAProxy, on each node's loopback. */
  readonly vips: readonly string[];
  /**
   * Addresses of the L4 nodes that replies must return through (Global Accelerator ingress, where
   * direct server return is dropped): one IPIP device per L4 node, connections marked by the
   * device they came in on, replies routed back into it.
   * @default - none: replies go straight to the client (direct server return)
   */
  readonly replyVia?: readonly string[];
}

/** The health endpoint each node serves for the L4 tier's health gate. */
export interface L7HealthEndpoint {
  /** Plain HTTP, bound to the node's own address (not the VIPs). */
  readonly port: number;
  /** 200 while at least one data center has a live server, 503 otherwise. */
  readonly path: string;
}

const MAX_USER_DATA_BYTES = 16384;
const HEALTH_PATH = "/healthz";

/**
 * An L7 fleet for a BGP/ECMP POP: instances with fixed addresses running HAProxy from Debian's
 * packages. Each node takes the L4 tier's IPIP flows (decapsulated on tunl0, VIPs on loopback,
 * replies straight to the client, or back through the L4 node behind Global Accelerator), terminates TLS 1.2/1.3 with h2 by ALPN for every name DNS
 * sends to the POP, and forwards over warm, bounded connection pools to the data centers.
 * `backends` are what the L4 tier's Maglev table hashes over.
 */
export class L7Fleet extends Construct implements IOriginEndpoint {
  public readonly nodes: Readonly<Record<string, Instance>>;
  /** The rendered files of each node (HAProxy config, DSR setup, certificate fetch, units). */
  public readonly nodeFiles: Readonly<Record<string, L7NodeFiles>>;
  /** The L4 tier's Maglev backends: one per node, by name, with its weight. */
  public readonly backends: readonly { readonly name: string; readonly address: string; readonly weight: number }[];
  public readonly healthEndpoint: L7HealthEndpoint;
  /** The same backends under the name the L4 tier's backend-pool interface uses. */
  public readonly maglevBackends: readonly { readonly name: string; readonly address: string; readonly weight: number }[];
  /** How L4 nodes should probe each L7 node: plain HTTP on the node's own address, not TLS on the VIP. */
  public readonly healthCheck: { readonly protocol: "http"; readonly port: number; readonly path: string; readonly timeoutSeconds: number };
  public readonly securityGroup: SecurityGroup;
  public readonly role: IamRole;
  public readonly instanceProfile: IamInstanceProfile;
  /** ACM mode: the exportable certificate and its validation. */
  public readonly certificate?: AcmCertificate;
  public readonly certificateValidation?: AcmCertificateValidation;
  /** Every name the nodes' certificate is valid for. */
  public readonly certificateNames: readonly string[];
  public readonly originName: string;
  public readonly originHostname: string;
  public readonly originTlsHostname: string;
  public readonly originPort = 443;
  public readonly healthCheckPath: string;
  public readonly region: string;

  constructor(scope: Construct, id: string, props: L7FleetProps) {
    super(scope, id);
    const path = this.node.path;
    validateL7FleetProps(path, props);
    const region = props.region;
    const healthPort = props.healthPort ?? 8080;
    const pool = resolvePool(props.pool ?? {});
    this.region = region;
    this.originName = props.name;
    this.originHostname = props.hostname;
    this.originTlsHostname = props.hostname;
    this.healthCheckPath = props.origins[0].healthCheckPath;
    this.healthEndpoint = { port: healthPort, path: HEALTH_PATH };
    this.healthCheck = { protocol: "http", port: healthPort, path: HEALTH_PATH, timeoutSeconds: 2 };
    this.backends = [...props.nodes].sort((a, b) => a.name.localeCompare(b.name)).map((n) => ({ name: n.name, address: n.address, weight: n.weight ?? 1 }));
    this.maglevBackends = this.backends;

    const cert = props.certificate ?? { kind: "acm-export" };
    let source: CertificateSource;
    let allowed: { actions: string[]; resource: string };
    if (cert.kind === "acm-export") {
      this.certificateNames = certificateNames(path, props.hostname, props.alternativeNames ?? []);
      this.certificate = new AcmCertificate(this, "Certificate", {
        region,
        domainName: props.hostname,
        subjectAlternativeNames: this.certificateNames.length > 1 ? this.certificateNames.slice(1) : undefined,
        validationMethod: "DNS",
        options: { export: "ENABLED" },
        lifecycle: { createBeforeDestroy: true },
        tags: { Name: props.hostname, "cdktf-edge:tier": "l7-fleet" },
      });
      this.certificateValidation = validateCertificateInZone(this, this.certificate, props.zone.zoneId, region);
      // Nodes reference the validated ARN, so they boot only once the certificate is issued.
      source = { kind: "acm-export", certificateArn: this.certificateValidation.certificateArn, region };
      allowed = { actions: ["acm:ExportCertificate"], resource: attributeOf(this.certificate, "arn") };
    } else {
      this.certificateNames = certificateNames(path, cert.names[0], cert.names.slice(1));
      source = { kind: "secrets-manager", secretArn: cert.secretArn, region };
      allowed = { actions: ["secretsmanager:GetSecretValue"], resource: cert.secretArn };
    }

    this.role = new IamRole(this, "Role", {
      name: `${props.name}-l7-fleet`,
      description: `cdktf-edge L7 fleet ${props.name}: reads its own TLS certificate`,
      assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] }),
      tags: { Name: `${props.name}-l7-fleet` },
    });
    new IamRolePolicy(this, "CertificateAccess", {
      name: "edge-l7-certificate",
      role: this.role.id,
      policy: Fn.jsonencode({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: allowed.actions, Resource: allowed.resource }] }),
    });
    this.instanceProfile = new IamInstanceProfile(this, "InstanceProfile", { name: `${props.name}-l7-fleet`, role: this.role.name });

    const l4Sources = [...(props.l4SourceCidrs ?? ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"])];
    this.securityGroup = new SecurityGroup(this, "SecurityGroup", {
      region,
      name: `${props.name}-l7-fleet`,
      description: `cdktf-edge L7 fleet ${props.name}: IPIP and health probes from the L4 tier`,
      vpcId: props.network.vpcId,
      ingress: [
        { description: "IPIP from the L4 nodes (client flows, direct server return)", protocol: "4", fromPort: 0, toPort: 0, cidrBlocks: l4Sources },
        { description: "Health endpoint for the L4 health gate", protocol: "tcp", fromPort: healthPort, toPort: healthPort, cidrBlocks: l4Sources },
      ],
      egress: [
        // Replies to clients leave from the VIP to any client port; origins and AWS APIs are TCP too.
        { description: "Replies to clients (DSR), origins, AWS APIs, packages", protocol: "tcp", fromPort: 0, toPort: 65535, cidrBlocks: ["0.0.0.0/0"] },
        ...((props.replyVia ?? []).length > 0
          ? [{ description: "Replies returned over IPIP through the L4 nodes (Global Accelerator ingress)", protocol: "4", fromPort: 0, toPort: 0, cidrBlocks: l4Sources }]
          : []),
      ],
      tags: { Name: `${props.name}-l7-fleet` },
    });

    const instances: Record<string, Instance> = {};
    const files: Record<string, L7NodeFiles> = {};
    for (const node of props.nodes) {
      const nodePath = `${path}/${node.name}`;
      const haproxy = haproxyInput(props, node, pool, healthPort);
      files[node.name] = renderL7NodeFiles({ haproxy, certificate: source, replyVia: props.replyVia ?? [] });
      const userData = renderL7CloudInit(files[node.name]);
      if (Buffer.byteLength(userData) > MAX_USER_DATA_BYTES) {
        throw new EdgeConfigError(nodePath, "the node configuration does not fit in EC2 user data", `${Buffer.byteLength(userData)} bytes`, `at most ${MAX_USER_DATA_BYTES} bytes: fewer data centers or origin addresses`);
      }
      instances[node.name] = new Instance(this, `Node-${logicalName(node.name)}`, {
        region,
        ami: props.ami,
        instanceType: props.instanceType ?? "c7g.large",
        subnetId: node.subnetId,
        privateIp: node.address,
        // Replies carry the VIP as source address, not the instance's own.
        sourceDestCheck: false,
        vpcSecurityGroupIds: [attributeOf(this.securityGroup, "id")],
        iamInstanceProfile: attributeOf(this.instanceProfile, "name"),
        userData,
        userDataReplaceOnChange: true,
        metadataOptions: { httpTokens: "required", httpEndpoint: "enabled", httpPutResponseHopLimit: 1 },
        rootBlockDevice: { encrypted: true },
        monitoring: true,
        ebsOptimized: true,
        tags: { Name: `${props.name}-l7-${node.name}`, "cdktf-edge:tier": "l7-fleet", "cdktf-edge:vips": props.vips.join(" ") },
      });
    }
    this.nodes = instances;
    this.nodeFiles = files;
  }
}

function resolvePool(pool: L7FleetPool) {
  const max = pool.maxConnectionsPerServer ?? 64;
  const idle = pool.idleConnectionsPerServer ?? Math.min(32, max);
  return {
    maxConnectionsPerServer: max,
    idleConnectionsPerServer: idle,
    warmConnectionsPerServer: pool.warmConnectionsPerServer ?? Math.min(4, idle),
    idlePurgeDelayMs: (pool.idleTimeoutSeconds ?? 300) * 1000,
  };
}

function haproxyInput(props: L7FleetProps, node: L7FleetNode, pool: ReturnType<typeof resolvePool>, healthPort: number): HaproxyConfigInput {
  return {
    nodeName: node.name,
    nodeAddress: node.address,
    vips: props.vips,
    certificateFile: L7_NODE_PATHS.certificate,
    originCaFile: "/etc/ssl/certs/ca-certificates.crt",
    healthPort,
    healthPath: HEALTH_PATH,
    dataCenters: props.origins.map((o) => ({
      name: logicalName(o.originName).replace(/-/g, "_"),
      tlsHostname: o.originTlsHostname,
      port: o.originPort,
      addresses: o.originAddresses,
      healthCheckPath: o.healthCheckPath,
      weight: props.originWeights?.[o.originName] ?? 1,
    })),
    pool,
    timeouts: {
      connectMs: props.connectTimeoutMs ?? 2000,
      serverMs: props.serverTimeoutMs ?? 30000,
      clientMs: 30000,
      httpRequestMs: 10000,
      keepAliveMs: 10000,
      queueMs: 5000,
    },
    healthChecks: { intervalMs: props.healthCheckIntervalMs ?? 2000, fall: 3, rise: 2 },
    retries: props.retries ?? 2,
    runtimeDir: "/run/haproxy",
    logTarget: "/dev/log local0",
    maxConnections: props.maxClientConnections ?? 50000,
    hstsMaxAgeSeconds: props.hstsMaxAgeSeconds ?? 0,
  };
}
