import { Route53HealthCheck } from "@cdktf/provider-aws/lib/route53-health-check";
import { Construct } from "constructs";
import { EdgeConfigError } from "../errors";
import { IOriginEndpoint } from "../origin";
import { assertHostname, assertIntRange } from "../validate";
import { assertAwsRegion, AwsRegion } from "./regions";
import { validateDataCenterProps } from "../validation/aws-entry";

export interface DataCenterProps {
  /** Short name, unique in the platform; used for logical ids and backend names. */
  readonly name: string;
  /** AWS region the data center is in (or nearest to). */
  readonly region: string;
  /** DNS name that serves the data center's applications over HTTPS. */
  readonly originHostname: string;
  /** Private or public IPv4 addresses of the origin's front ends, targeted by POP L7 tiers. */
  readonly originAddresses: readonly string[];
  /**
   * Hostname on the origin's certificate.
   * @default - originHostname
   */
  readonly tlsHostname?: string;
  /** @default 443 */
  readonly port?: number;
  /** @default "/healthz" */
  readonly healthCheckPath?: string;
}

/**
 * A data center: the origin that POPs keep warm connections to. Makes a Route53 HTTPS health
 * check of the origin so DNS and dashboards see it go down.
 */
export class DataCenter extends Construct implements IOriginEndpoint {
  public readonly originName: string;
  public readonly originHostname: string;
  public readonly originTlsHostname: string;
  public readonly originPort: number;
  public readonly healthCheckPath: string;
  public readonly region: AwsRegion;
  public readonly originAddresses: readonly string[];
  public readonly healthCheck: Route53HealthCheck;

  constructor(scope: Construct, id: string, props: DataCenterProps) {
    super(scope, id);
    validateDataCenterProps(this.node.path, props);
    const path = this.node.path;
    assertAwsRegion(path, "region", props.region);
    assertHostname(path, "originHostname", props.originHostname);
    this.originPort = props.port ?? 443;
    assertIntRange(path, "port", this.originPort, 1, 65535);
    for (const address of props.originAddresses) {
      if (!/^(\d{1,3})(\.\d{1,3}){3}$/.test(address) || address.split(".").some((o) => Number(o) > 255)) {
        throw new EdgeConfigError(path, "originAddresses has an entry that is not an IPv4 address", address, "dotted-quad IPv4 addresses such as 10.20.0.10");
      }
    }
    this.region = props.region;
    this.originName = props.name;
    this.originHostname = props.originHostname;
    this.originTlsHostname = props.tlsHostname ?? props.originHostname;
    this.healthCheckPath = props.healthCheckPath ?? "/healthz";
    this.originAddresses = props.originAddresses;
    this.healthCheck = new Route53HealthCheck(this, "Resource", {
      type: "HTTPS",
      fqdn: this.originHostname,
      port: this.originPort,
      resourcePath: this.healthCheckPath,
      enableSni: true,
      failureThreshold: 3,
      requestInterval: 10,
      measureLatency: true,
      tags: { Name: `${props.name}-origin`, "cdktf-edge:tier": "data-center" },
    });
  }
}
