import { Route53Record } from "@cdktf/provider-aws/lib/route53-record";
import { ITerraformDependable, Token } from "cdktf";
import { Construct } from "constructs";
import { TlsSubscription } from "../gen/fastly/tls-subscription";
import { TlsSubscriptionValidation } from "../gen/fastly/tls-subscription-validation";
import { EdgeConfigError } from "../errors";
import { checkHostname } from "./validation";
import { validateTlsSubscriptionProps } from "../validation/fastly-entry";

/** A Route53 hosted zone: `{ zoneId, zoneName? }`, an aws Route53Zone or a DnsTier. */
export interface IRoute53ZoneRef {
  readonly zoneId: string;
  /**
   * The zone's name. With it, every domain is checked to lie inside the zone and the apex gets
   * A records instead of a CNAME (Route 53 refuses a CNAME at the apex). A DnsTier carries it.
   * @default - unknown: every domain gets a CNAME
   */
  readonly zoneName?: string;
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
  /**
   * With `route53Zone`: write, for every domain, the record that sends its traffic to Fastly
   * (the CNAME, or A records at the apex, that the subscription's `managed_http_challenges`
   * name), so the names DNS answers are exactly the names the certificate covers.
   * @default true
   */
  readonly routeTraffic?: boolean;
  /** TTL of the traffic records. @default 300 */
  readonly trafficTtlSeconds?: number;
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
  /** Records that send each domain to Fastly, by domain (empty without a zone or with routeTraffic false). */
  public readonly trafficRecords: Readonly<Record<string, Route53Record>> = {};

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
    if (props.routeTraffic !== false) this.trafficRecords = this.routeDomains(props.domains, zone, props.trafficTtlSeconds ?? 300);
  }

  private routeDomains(domains: readonly string[], zone: IRoute53ZoneRef, ttl: number): Record<string, Route53Record> {
    const path = this.node.path;
    if (!Number.isInteger(ttl) || ttl < 0 || ttl > 2147483647) {
      throw new EdgeConfigError(path, "trafficTtlSeconds is not a Route 53 TTL", ttl, "an integer from 0 to 2147483647");
    }
    const zoneName = zone.zoneName === undefined || Token.isUnresolved(zone.zoneName) ? undefined : zone.zoneName.toLowerCase().replace(/\.$/, "");
    const records: Record<string, Route53Record> = {};
    for (const domain of domains) {
      const name = domain.toLowerCase();
      if (zoneName !== undefined && name !== zoneName && !name.endsWith(`.${zoneName}`)) {
        throw new EdgeConfigError(path, "a domain is outside route53Zone, so its traffic record cannot be written there", domain, `a name in ${zoneName}, or routeTraffic: false`);
      }
      const type = name === zoneName ? "A" : "CNAME";
      const sub = `${this.resource.terraformResourceType}.${this.resource.friendlyUniqueId}`;
      records[name] = new Route53Record(this, `Traffic-${name}`, {
        zoneId: zone.zoneId,
        name,
        type,
        ttl,
        // The values Fastly names for this domain; a wildcard may have no entry of its own, and
        // every domain of one subscription shares the TLS configuration's targets.
        records: Token.asList(
          `\${coalescelist(flatten([for c in ${sub}.managed_http_challenges : c.record_values if c.record_name == "${name}" && c.record_type == "${type}"]), distinct(flatten([for c in ${sub}.managed_http_challenges : c.record_values if c.record_type == "${type}"])))}`,
        ),
      });
    }
    return records;
  }
}
