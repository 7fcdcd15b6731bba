import { AcmCertificate } from "@cdktf/provider-aws/lib/acm-certificate";
import { AcmCertificateValidation } from "@cdktf/provider-aws/lib/acm-certificate-validation";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { LbListener } from "@cdktf/provider-aws/lib/lb-listener";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import { LbTargetGroupAttachment } from "@cdktf/provider-aws/lib/lb-target-group-attachment";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Construct } from "constructs";
import { EdgeConfigError } from "../errors";
import { IOriginEndpoint } from "../origin";
import { assertHostname, assertIntRange, assertUnique, logicalName } from "../validate";
import { certificateNames } from "./certificate-names";
import { DataCenter } from "./data-center";
import { PopNetwork } from "./network";
import { assertAwsRegion } from "./regions";
import { assertModernTlsPolicy, DEFAULT_TLS_POLICY } from "./tls-policy";
import { IHostedZone } from "./zone";
import { validateL7TierProps } from "../validation/aws-entry";
import { skipCheckov } from "../checkov";
import { validateCertificateInZone } from "./acm-validation";
import { attributeOf } from "./attribute";

export interface L7TierProps {
  /** Short name, unique in the platform (max 20 characters: it prefixes AWS names). */
  readonly name: string;
  /** Region of the POP, set on every resource through AWS provider 6.x's `region` argument. */
  readonly region: string;
  readonly network: PopNetwork;
  /** Hostname clients reach this POP's L7 tier by; the certificate is issued for it. */
  readonly domainName: string;
  /**
   * Other names DNS sends to this tier (e.g. the service name "www.example.com"): the
   * certificate carries them as subject alternative names, so every name a client connects
   * with passes the name check.
   * @default - none: the certificate covers domainName only
   */
  readonly alternativeNames?: readonly string[];
  /** Zone the ACM DNS-validation records go into. */
  readonly zone: IHostedZone;
  /** Data centers the POP keeps warm HTTPS connections to, weighted equally unless `originWeights`. */
  readonly origins: readonly DataCenter[];
  /**
   * Share of requests per data center name (ALB forward weights, 0-999).
   * @default - every origin weight 1
   */
  readonly originWeights?: Readonly<Record<string, number>>;
  /** @default "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09" (TLS 1.3 with hybrid post-quantum key exchange, TLS 1.2 fallback) */
  readonly tlsPolicy?: string;
  /**
   * Seconds an idle client connection stays open.
   * @default 60
   */
  readonly idleTimeoutSeconds?: number;
  /**
   * Seconds a client keep-alive connection may live in total (ALB `client_keep_alive`).
   * @default 3600
   */
  readonly clientKeepAliveSeconds?: number;
  /**
   * Seconds a new origin target ramps up before it gets its full share (warm-up).
   * @default 30
   */
  readonly slowStartSeconds?: number;
}

/**
 * The L7 tier of a POP: an ALB terminating TLS (post-quantum TLS 1.3 policy, one ACM certificate
 * for the POP's hostname and every other name DNS sends to it, validated through Route53), HTTP→HTTPS redirect, HTTP/2, and HTTP/2-over-TLS target groups holding
 * warm connections to the data centers.
 */
export class L7Tier extends Construct implements IOriginEndpoint {
  public readonly loadBalancer: Lb;
  public readonly securityGroup: SecurityGroup;
  public readonly certificate: AcmCertificate;
  public readonly certificateValidation: AcmCertificateValidation;
  /** Every name the listener's certificate is valid for (domain name first). */
  public readonly certificateNames: readonly string[];
  public readonly httpsListener: LbListener;
  public readonly redirectListener: LbListener;
  /** One target group per data center, keyed by its name. */
  public readonly targetGroups: Readonly<Record<string, LbTargetGroup>>;
  public readonly originName: string;
  public readonly originHostname: string;
  public readonly originTlsHostname: string;
  public readonly originPort = 443;
  public readonly healthCheckPath: string;
  public readonly region: string;

  constructor(scope: Construct, id: string, props: L7TierProps) {
    super(scope, id);
    validateL7TierProps(this.node.path, props);
    const path = this.node.path;
    const region = props.region;
    assertAwsRegion(path, "region", region);
    assertHostname(path, "domainName", props.domainName);
    this.certificateNames = certificateNames(path, props.domainName, props.alternativeNames ?? []);
    if (props.name.length > 20) {
      throw new EdgeConfigError(path, "name is too long for AWS load balancer and target group names", props.name, "at most 20 characters");
    }
    if (props.origins.length === 0) {
      throw new EdgeConfigError(path, "an L7 tier needs at least one data center origin", props.origins.length, "one or more DataCenter objects in origins");
    }
    assertUnique(path, "origins", props.origins.map((o) => o.originName));
    const tlsPolicy = props.tlsPolicy ?? DEFAULT_TLS_POLICY;
    assertModernTlsPolicy(path, tlsPolicy);
    for (const [name, weight] of Object.entries(props.originWeights ?? {})) {
      if (!props.origins.some((o) => o.originName === name)) {
        throw new EdgeConfigError(path, "originWeights names an unknown data center", name, `one of ${props.origins.map((o) => o.originName).join(", ")}`);
      }
      assertIntRange(path, `originWeights.${name}`, weight, 0, 999);
    }
    this.region = region;
    this.originName = props.name;
    this.originTlsHostname = props.domainName;
    this.healthCheckPath = props.origins[0].healthCheckPath;

    this.securityGroup = new SecurityGroup(this, "SecurityGroup", {
      region,
      name: `${props.name}-l7`,
      description: `cdktf-edge L7 tier ${props.name}: HTTPS and HTTP redirect from anywhere`,
      vpcId: props.network.vpcId,
      ingress: [80, 443].map((port) => ({
        description: port === 443 ? "HTTPS" : "HTTP, redirected to HTTPS",
        protocol: "tcp",
        fromPort: port,
        toPort: port,
        cidrBlocks: ["0.0.0.0/0"],
        ipv6CidrBlocks: ["::/0"],
      })),
      egress: [{ description: "HTTPS to data centers", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }],
      tags: { Name: `${props.name}-l7` },
    });

    this.loadBalancer = new Lb(this, "Resource", {
      region,
      name: `${props.name}-l7`,
      loadBalancerType: "application",
      internal: false,
      subnets: [...props.network.publicSubnetIds],
      securityGroups: [this.securityGroup.id],
      enableHttp2: true,
      idleTimeout: props.idleTimeoutSeconds ?? 60,
      clientKeepAlive: props.clientKeepAliveSeconds ?? 3600,
      dropInvalidHeaderFields: true,
      desyncMitigationMode: "defensive",
      tags: { Name: `${props.name}-l7`, "cdktf-edge:tier": "l7" },
    });
    skipCheckov(this.loadBalancer, "CKV_AWS_150", "CKV_AWS_91", "CKV2_AWS_28");
    this.originHostname = this.loadBalancer.dnsName;

    this.certificate = new AcmCertificate(this, "Certificate", {
      region,
      domainName: props.domainName,
      subjectAlternativeNames: this.certificateNames.length > 1 ? this.certificateNames.slice(1) : undefined,
      validationMethod: "DNS",
      lifecycle: { createBeforeDestroy: true },
      tags: { Name: props.domainName },
    });
    this.certificateValidation = validateCertificateInZone(this, this.certificate, props.zone.zoneId, region);

    const groups: Record<string, LbTargetGroup> = {};
    for (const origin of props.origins) {
      groups[origin.originName] = this.originTargetGroup(props, origin);
    }
    this.targetGroups = groups;

    this.httpsListener = new LbListener(this, "Https", {
      region,
      loadBalancerArn: attributeOf(this.loadBalancer, "arn"),
      port: 443,
      protocol: "HTTPS",
      sslPolicy: tlsPolicy,
      certificateArn: this.certificateValidation.certificateArn,
      defaultAction: [
        {
          type: "forward",
          forward: {
            targetGroup: props.origins.map((o) => ({
              arn: attributeOf(groups[o.originName], "arn"),
              weight: props.originWeights?.[o.originName] ?? 1,
            })),
          },
        },
      ],
    });
    this.redirectListener = new LbListener(this, "HttpRedirect", {
      region,
      loadBalancerArn: attributeOf(this.loadBalancer, "arn"),
      port: 80,
      protocol: "HTTP",
      defaultAction: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
    });
  }

  private originTargetGroup(props: L7TierProps, origin: DataCenter): LbTargetGroup {
    const id = `Origin-${logicalName(origin.originName)}`;
    const group = new LbTargetGroup(this, id, {
      region: props.region,
      name: `${props.name}-${origin.originName}`.slice(0, 32),
      targetType: "ip",
      protocol: "HTTPS",
      protocolVersion: "HTTP2",
      port: origin.originPort,
      vpcId: props.network.vpcId,
      loadBalancingAlgorithmType: "least_outstanding_requests",
      slowStart: props.slowStartSeconds ?? 30,
      deregistrationDelay: "60",
      healthCheck: {
        enabled: true,
        protocol: "HTTPS",
        path: origin.healthCheckPath,
        matcher: "200",
        interval: 10,
        healthyThreshold: 2,
        unhealthyThreshold: 3,
      },
      tags: { Name: `${props.name}-${origin.originName}`, "cdktf-edge:origin": origin.originName },
    });
    for (const address of origin.originAddresses) {
      new LbTargetGroupAttachment(this, `${id}-${address.replace(/\./g, "-")}`, {
        region: props.region,
        targetGroupArn: attributeOf(group, "arn"),
        targetId: address,
        port: origin.originPort,
        // Addresses outside the POP's VPC (the data center) must be registered with "all".
        availabilityZone: "all",
      });
    }
    return group;
  }
}

