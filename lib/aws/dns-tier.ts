import { Route53CidrCollection } from "@cdktf/provider-aws/lib/route53-cidr-collection";
import { Route53CidrLocation } from "@cdktf/provider-aws/lib/route53-cidr-location";
import { Route53HealthCheck } from "@cdktf/provider-aws/lib/route53-health-check";
import { Route53Record, Route53RecordConfig } from "@cdktf/provider-aws/lib/route53-record";
import { Route53Zone } from "@cdktf/provider-aws/lib/route53-zone";
import { Construct } from "constructs";
import { EdgeConfigError } from "../errors";
import { CidrRoutingOptions, CidrRoutingPlan, planCidrLocations } from "../model/cidr-routing";
import { certificateCovers } from "../model/tls-names";
import { assertHostname, assertIntRange, logicalName } from "../validate";
import { IDnsEndpoint } from "./dns-endpoint";
import { assertAwsRegion } from "./regions";
import { RoutingPolicy } from "./routing-policy";
import { IHostedZone } from "./zone";
import { validateAddPop, validateDnsTierProps, validateUseDnsMap } from "../validation/aws-entry";
import { skipCheckov } from "../checkov";
import { takeCheckedDnsMap } from "./checked-dns-maps";
import { attributeOf } from "./attribute";

export interface DnsTierProps {
  /** Apex of the zone, e.g. "example.com". */
  readonly zoneName: string;
  /**
   * Use an existing hosted zone instead of creating one.
   * @default - a public hosted zone is created
   */
  readonly existingZoneId?: string;
  /** Name every POP record answers for, e.g. "www.example.com". */
  readonly serviceName: string;
  /**
   * TTL of A records (alias records follow their target's TTL). Short, so a POP that drops
   * out of answers stops getting new users within a minute.
   * @default 60
   */
  readonly ttlSeconds?: number;
}

/**
 * The DNS tier: a Route53 zone whose service name answers with a POP per resolver, by a typed
 * routing policy, with an HTTPS health check per POP so an unhealthy POP drops out of answers.
 * `useDnsMap` renders a Cartographer-style DNS map as a CIDR collection.
 */
export class DnsTier extends Construct implements IHostedZone {
  public readonly zoneId: string;
  public readonly zoneName: string;
  public readonly serviceName: string;
  /** The zone, when this tier created it. */
  public readonly zone?: Route53Zone;
  /** The CIDR collection, once useDnsMap was called. */
  public cidrCollection?: Route53CidrCollection;
  /** How the DNS map became CIDR locations (aggregation figures, locations per POP), once useDnsMap was called. */
  public cidrPlan?: CidrRoutingPlan;
  public readonly records: Record<string, Route53Record> = {};
  public readonly healthChecks: Record<string, Route53HealthCheck> = {};
  private readonly ttl: number;
  /** Route 53 location names of each POP the DNS map uses. */
  private readonly cidrLocations = new Map<string, readonly string[]>();

  constructor(scope: Construct, id: string, props: DnsTierProps) {
    super(scope, id);
    validateDnsTierProps(this.node.path, props);
    const path = this.node.path;
    assertHostname(path, "zoneName", props.zoneName);
    assertHostname(path, "serviceName", props.serviceName);
    if (props.serviceName !== props.zoneName && !props.serviceName.endsWith(`.${props.zoneName}`)) {
      throw new EdgeConfigError(path, "serviceName is not inside the zone", props.serviceName, `a name ending in .${props.zoneName}`);
    }
    this.ttl = props.ttlSeconds ?? 60;
    assertIntRange(path, "ttlSeconds", this.ttl, 0, 86400);
    this.zoneName = props.zoneName;
    this.serviceName = props.serviceName;
    if (props.existingZoneId !== undefined) {
      this.zoneId = props.existingZoneId;
    } else {
      this.zone = new Route53Zone(this, "Resource", { name: props.zoneName, comment: "cdktf-edge DNS tier" });
      skipCheckov(this.zone, "CKV2_AWS_38", "CKV2_AWS_39");
      this.zoneId = this.zone.zoneId;
    }
  }

  /**
   * Renders a DNS map (CIDR -> POP name, e.g. from `solveDnsMap`) as a Route53 CIDR
   * collection: each POP's blocks aggregated losslessly (siblings merged into supernets),
   * checked against Route 53's limits (IPv4 /1–/24, IPv6 /1–/48, location names, ≤ 1,000
   * blocks per location), in one location per POP — or several (`<pop>`, `<pop>-2`, …) when
   * one does not hold them, unless `onTooManyBlocks: "refuse"`. POPs then join with
   * `{ kind: "cidr" }`, one record per location. The plan is kept in `cidrPlan`.
   */
  public useDnsMap(assignment: Readonly<Record<string, string>>, options: Omit<CidrRoutingOptions, "path"> = {}): Route53CidrCollection {
    if (!takeCheckedDnsMap(assignment)) validateUseDnsMap(this.node.path, assignment);
    const plan = planCidrLocations(assignment, { ...options, path: this.node.path });
    this.cidrPlan = plan;
    this.cidrCollection = new Route53CidrCollection(this, "DnsMap", { name: `${logicalName(this.serviceName)}-map`.slice(0, 64) });
    for (const location of plan.locations) {
      new Route53CidrLocation(this, `DnsMap-${location.name}`, {
        cidrCollectionId: attributeOf(this.cidrCollection, "id"),
        name: location.name,
        cidrBlocks: [...location.cidrBlocks],
      });
    }
    for (const [pop, names] of Object.entries(plan.locationsByPop)) this.cidrLocations.set(pop, names);
    return this.cidrCollection;
  }

  /**
   * Adds the POP's answer for the service name under `routing`, guarded by an HTTPS health
   * check of the POP. With `defaultForDnsMap` the POP also answers resolvers outside every
   * mapped prefix (the CIDR location "*").
   */
  public addPop(pop: IDnsEndpoint, routing: RoutingPolicy, options: { readonly defaultForDnsMap?: boolean } = {}): Route53Record {
    validateAddPop(this.node.path, pop, routing, options);
    const path = `${this.node.path}/${pop.endpointName}`;
    if (this.healthChecks[pop.endpointName]) {
      throw new EdgeConfigError(path, "two POPs share a name", pop.endpointName, "unique POP names");
    }
    if (pop.reachability === "private") {
      throw new EdgeConfigError(path, "a private endpoint is not reachable from the internet, so it cannot be a public DNS answer or be probed by Route 53 health checks", pop.endpointName, 'an endpoint with internet reachability (managed L4, or bgp-ecmp with exposure "internet" behind Global Accelerator)');
    }
    this.assertCertificateCovers(path, pop);
    const id = logicalName(pop.endpointName);
    const healthCheck = new Route53HealthCheck(this, `Health-${id}`, {
      type: "HTTPS",
      fqdn: pop.healthCheckHost,
      port: 443,
      resourcePath: pop.healthCheckPath,
      enableSni: true,
      failureThreshold: 3,
      requestInterval: 10,
      tags: { Name: `${pop.endpointName}-pop`, "cdktf-edge:tier": "dns" },
    });
    this.healthChecks[pop.endpointName] = healthCheck;
    if (routing.kind === "multivalue" && pop.dnsTarget.kind === "alias") {
      throw new EdgeConfigError(path, "multivalue answers cannot be alias records", routing, "a POP with address targets, or another routing policy for an alias target");
    }
    const locations = routing.kind === "cidr" ? (this.cidrLocations.get(pop.endpointName) ?? []) : [undefined];
    if (locations.length === 0 && !options.defaultForDnsMap) this.policy(path, pop.endpointName, routing);
    const records: Route53Record[] = [];
    const answer = (idSuffix: string, setIdentifier: string, policy: Partial<Route53RecordConfig>): void => {
      for (const target of this.targets(pop)) {
        const aaaa = target.type === "AAAA";
        const record = new Route53Record(this, `Pop-${id}${idSuffix}${aaaa ? "-aaaa" : ""}`, {
          zoneId: this.zoneId,
          name: this.serviceName,
          setIdentifier,
          healthCheckId: attributeOf(healthCheck, "id"),
          ...target,
          ...policy,
        });
        if ("records" in target && target.records) skipCheckov(record, "CKV2_AWS_23");
        this.records[aaaa ? `${setIdentifier}/AAAA` : setIdentifier] = record;
        records.push(record);
      }
    };
    // A loop, not forEach: its callback would sit in the stack trace of every token of these records.
    for (const [part, location] of locations.entries()) {
      const policy = location === undefined ? this.policy(path, pop.endpointName, routing) : this.cidrPolicy(path, location);
      answer(part === 0 ? "" : `-part${part + 1}`, part === 0 ? pop.endpointName : location!, policy);
    }
    if (options.defaultForDnsMap) {
      answer("-default", `${pop.endpointName}-default`, this.cidrPolicy(path, "*"));
    }
    return records[0];
  }

  // A POP answered for the service name must present a certificate valid for it, or every
  // HTTPS client that resolved the service name fails the name check.
  private assertCertificateCovers(path: string, pop: IDnsEndpoint): void {
    const names = pop.certificateNames;
    if (names === undefined || certificateCovers(names, this.serviceName)) return;
    throw new EdgeConfigError(path, "the POP's certificate does not cover the service name DNS answers with", names, `a certificate that also names ${this.serviceName} (Pop serviceNames: ["${this.serviceName}"])`);
  }

  /** The A record of the target, and its AAAA record where it has IPv6 (dual-stack LB, IPv6 addresses). */
  private targets(pop: IDnsEndpoint): Pick<Route53RecordConfig, "type" | "alias" | "records" | "ttl">[] {
    const t = pop.dnsTarget;
    if (t.kind === "alias") {
      const alias = { name: t.dnsName, zoneId: t.hostedZoneId, evaluateTargetHealth: true };
      return t.dualStack ? [{ type: "A", alias }, { type: "AAAA", alias }] : [{ type: "A", alias }];
    }
    const v4 = t.addresses.filter((a) => !a.includes(":"));
    const v6 = t.addresses.filter((a) => a.includes(":"));
    return [
      ...(v4.length > 0 ? [{ type: "A", records: v4, ttl: this.ttl }] : []),
      ...(v6.length > 0 ? [{ type: "AAAA", records: v6, ttl: this.ttl }] : []),
    ];
  }

  private cidrPolicy(path: string, locationName: string): Partial<Route53RecordConfig> {
    return { cidrRoutingPolicy: { collectionId: attributeOf(this.requireCollection(path), "id"), locationName } };
  }

  private policy(path: string, pop: string, routing: RoutingPolicy): Partial<Route53RecordConfig> {
    switch (routing.kind) {
      case "latency":
        assertAwsRegion(path, "routing.latencyRegion", routing.latencyRegion);
        return { latencyRoutingPolicy: { region: routing.latencyRegion } };
      case "geolocation":
        if (!routing.continent && !routing.country) {
          throw new EdgeConfigError(path, "a geolocation policy needs a continent or a country", routing, 'continent (e.g. "EU") or country (e.g. "JP", or "*" for the default)');
        }
        if (routing.continent && routing.country) {
          throw new EdgeConfigError(path, "a geolocation policy names both a continent and a country", routing, "one of them: a record per continent, and separate records for countries that need their own answer");
        }
        if (routing.subdivision && !routing.country) {
          throw new EdgeConfigError(path, "a geolocation subdivision needs its country", routing, 'country with the subdivision, e.g. { country: "US", subdivision: "CA" }');
        }
        return { geolocationRoutingPolicy: { continent: routing.continent, country: routing.country, subdivision: routing.subdivision } };
      case "geoproximity":
        if ((routing.awsRegion === undefined) === (routing.coordinates === undefined)) {
          throw new EdgeConfigError(path, "a geoproximity policy needs exactly one of awsRegion and coordinates", routing, "awsRegion or coordinates, not both");
        }
        if (routing.awsRegion) assertAwsRegion(path, "routing.awsRegion", routing.awsRegion);
        if (routing.bias !== undefined) assertIntRange(path, "routing.bias", routing.bias, -99, 99);
        return {
          geoproximityRoutingPolicy: {
            awsRegion: routing.awsRegion,
            bias: routing.bias,
            coordinates: routing.coordinates ? [routing.coordinates] : undefined,
          },
        };
      case "weighted":
        assertIntRange(path, "routing.weight", routing.weight, 0, 255);
        return { weightedRoutingPolicy: { weight: routing.weight } };
      case "failover":
        return { failoverRoutingPolicy: { type: routing.role } };
      case "cidr":
        if (!this.cidrLocations.has(pop)) {
          throw new EdgeConfigError(path, "the DNS map assigns no client prefix to this POP", pop, `call useDnsMap first with an assignment that names ${pop}, or use another routing policy`);
        }
        return this.cidrPolicy(path, pop);
      case "multivalue":
        return { multivalueAnswerRoutingPolicy: true };
    }
  }

  private requireCollection(path: string): Route53CidrCollection {
    if (!this.cidrCollection) {
      throw new EdgeConfigError(path, "CIDR routing needs a DNS map", "no DNS map", "dnsTier.useDnsMap(assignment) before adding POPs with { kind: \"cidr\" }");
    }
    return this.cidrCollection;
  }
}
