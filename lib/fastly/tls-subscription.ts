import { Route53Record } from "@cdktf/provider-aws/lib/route53-record";
import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { TlsSubscription } from "../gen/fastly/tls-subscription";
import { TlsSubscriptionValidation } from "../gen/fastly/tls-subscription-validation";
import { checkHostname } from "./validation";
import { validateTlsSubscriptionProps } from "../validation/fastly-entry";

/** A Route53 hosted zone: `{ zoneId }` or an aws Route53Zone. */
export interface IRoute53ZoneRef {
  readonly zoneId: string;
}

/** TLS certificates for a service's domains. */
export interface FastlyServiceTls {
  /** @default "lets-encrypt" */
  readonly certificateAuthority?: "lets-encrypt" | "globalsign";
  /**
   * Zone that holds the domains; the ACME DNS challenge records are written there and the
   * subscription is validated. @default - no records; validate the challenges yourself
   */
  readonly route53Zone?: IRoute53ZoneRef;
}

export interface FastlyTlsSubscriptionProps extends FastlyServiceTls {
  readonly domains: readonly string[];
  /** The service that serves the domains (the subscription needs them to exist). */
  readonly service: ITerraformDependable;
}

/**
 * fastly_tls_subscription for a set of domains; with a Route53 zone, one CNAME per domain
 * answers Fastly's ACME DNS challenge and fastly_tls_subscription_validation waits for issue.
 */
export class FastlyTlsSubscription extends Construct {
  public readonly resource: TlsSubscription;
  /** Challenge records by domain (empty without a zone). */
  public readonly challengeRecords: Readonly<Record<string, Route53Record>> = {};
  public readonly validation?: TlsSubscriptionValidation;

  constructor(scope: Construct, id: string, props: FastlyTlsSubscriptionProps) {
    super(scope, id);
    validateTlsSubscriptionProps(this.node.path, props);
    props.domains.forEach((d) => checkHostname(this.node.path, "TLS domain", d));
    this.resource = new TlsSubscription(this, "Resource", {
      domains: [...props.domains],
      certificateAuthority: props.certificateAuthority ?? "lets-encrypt",
      dependsOn: [props.service],
    });
    const zone = props.route53Zone;
    if (!zone) return;
    const records: Record<string, Route53Record> = {};
    for (const domain of props.domains) {
      const recordName = `_acme-challenge.${domain.replace(/^\*\./, "")}`;
      if (records[recordName]) continue; // `*.a.com` and `a.com` share one challenge
      records[recordName] = new Route53Record(this, `Challenge-${recordName}`, {
        zoneId: zone.zoneId,
        name: recordName,
        type: "CNAME",
        ttl: 60,
        allowOverwrite: true,
        records: [
          `\${one([for c in ${this.resource.terraformResourceType}.${this.resource.friendlyUniqueId}.managed_dns_challenges : c.record_value if c.record_name == "${recordName}"])}`,
        ],
      });
    }
    this.challengeRecords = records;
    this.validation = new TlsSubscriptionValidation(this, "Validation", {
      subscriptionId: this.resource.id,
      dependsOn: Object.values(records),
    });
  }
}
