import { Annotations, TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { DataCenter } from "../aws/data-center";
import { markCheckedDnsMap } from "../aws/checked-dns-maps";
import { DnsTier } from "../aws/dns-tier";
import { GlobalAccelerator } from "../aws/global-accelerator";
import { Pop } from "../aws/pop";
import { EdgeConfigError } from "../errors";
import { assertUnique, logicalName } from "../validate";
import { planDnsRouting, PlatformDnsPlan } from "./dns-plan";
import { platformRecord, PlatformRecord, writeRecord } from "./model-record";
import { EdgePlatformProps, PopSpec } from "./spec";
import { validateEdgePlatformProps } from "../validation/platform-entry";

/**
 * The whole edge from one spec: data centers, a POP (L4 + L7) per region, the DNS tier that
 * maps users to POPs (latency routing or a solved DNS map), optional anycast in front, with
 * every reference between tiers wired.
 */
export class EdgePlatform extends Construct {
  public readonly dns: DnsTier;
  public readonly dataCenters: Readonly<Record<string, DataCenter>>;
  public readonly pops: Readonly<Record<string, Pop>>;
  public readonly accelerator?: GlobalAccelerator;
  /** The DNS routing decision (assignment, per-POP load, latency percentiles, handshake warnings). */
  public readonly dnsPlan: PlatformDnsPlan;
  /** The model input (POPs, capacities, Maglev backends, DNS map prefixes and latency), also written to the stack's "//" comment for `cdktf-edge/testing` and `cdktf-edge what-if`. */
  public readonly record: PlatformRecord;

  constructor(scope: Construct, id: string, props: EdgePlatformProps) {
    super(scope, id);
    const checked = validateEdgePlatformProps(this.node.path, props);
    const path = this.node.path;
    if (props.pops.length === 0) throw new EdgeConfigError(path, "a platform needs at least one POP", 0, "one or more pops");
    if (props.dataCenters.length === 0) throw new EdgeConfigError(path, "a platform needs at least one data center", 0, "one or more dataCenters");
    assertUnique(path, "POPs", props.pops.map((p) => p.name));
    assertUnique(path, "data centers", props.dataCenters.map((d) => d.name));

    this.dnsPlan = planDnsRouting(path, props, checked.latency);
    for (const warning of this.dnsPlan.warnings) Annotations.of(this).addWarning(warning);

    this.dns = new DnsTier(this, "Dns", {
      zoneName: props.domain,
      serviceName: props.serviceName ?? `www.${props.domain}`,
      existingZoneId: props.existingZoneId,
    });
    const dcs: Record<string, DataCenter> = {};
    for (const dc of props.dataCenters) dcs[dc.name] = new DataCenter(this, `Dc-${logicalName(dc.name)}`, dc);
    this.dataCenters = dcs;

    if (this.dnsPlan.assignment) {
      // Its CIDRs are the prefixes and its POP names the POPs this constructor's door check passed.
      markCheckedDnsMap(this.dnsPlan.assignment);
      this.dns.useDnsMap(this.dnsPlan.assignment);
    }
    if (props.globalAccelerator) this.accelerator = new GlobalAccelerator(this, "Anycast", props.globalAccelerator);

    const pops: Record<string, Pop> = {};
    for (const spec of props.pops) {
      const pop = new Pop(this, `Pop-${logicalName(spec.name)}`, {
        name: spec.name,
        region: spec.region,
        network: spec.network,
        hostname: spec.hostname ?? `${spec.name}.pop.${props.domain}`,
        serviceNames: [this.dns.serviceName],
        zone: this.dns,
        origins: this.originsOf(spec),
        l4: spec.l4,
        l7: spec.l7,
        tlsPolicy: spec.l7?.kind === "fleet" ? undefined : props.tlsPolicy,
      });
      pops[spec.name] = pop;
      const mapped = this.dnsPlan.mappedPops.has(spec.name);
      const isDefault = spec.name === this.dnsPlan.defaultPop;
      if (pop.reachability === "private") {
        Annotations.of(pop).addInfo(`POP ${spec.name} is private (bgp-ecmp exposure "private"): reachable only through its Transit Gateway / Route Server, so it stays out of public DNS and Route 53 health checks`);
      } else if (!this.dnsPlan.assignment) {
        this.dns.addPop(pop, { kind: "latency", latencyRegion: spec.region });
      } else if (mapped || isDefault) {
        this.dns.addPop(pop, { kind: "cidr" }, { defaultForDnsMap: isDefault });
      } else {
        Annotations.of(pop).addWarning(`POP ${spec.name} gets no client prefix from the DNS map and is left out of DNS answers`);
      }
      if (this.accelerator && pop.reachability === "internet") this.accelerator.addPop(pop.l4, spec.region, spec.trafficDialPercent ?? 100);
    }
    this.pops = pops;
    this.record = platformRecord(path, props, pops);
    writeRecord(TerraformStack.of(this), this.record, checked.latency);

    new TerraformOutput(this, "ServiceName", { value: this.dns.serviceName, description: "Name users resolve" });
    new TerraformOutput(this, "PopHostnames", {
      value: Object.fromEntries(Object.entries(pops).map(([name, pop]) => [name, pop.originHostname])),
      description: "Hostname of each POP",
    });
    const map = this.dnsPlan.dnsMap;
    if (map) {
      new TerraformOutput(this, "DnsMapReport", {
        description: "The solved DNS map: POP utilization, demand-weighted latency and the optimality gap",
        value: {
          prefixes: props.dnsRouting.kind === "dns-map" ? props.dnsRouting.prefixes.length : 0,
          popUtilizationPercent: Object.fromEntries(map.pops.map((p) => [p.name, Math.round(p.utilization * 1000) / 10])),
          latencyMs: { mean: Math.round(map.latency.meanMs * 10) / 10, p50: map.latency.p50Ms, p95: map.latency.p95Ms },
          gapVsLowerBoundPercent: Math.round(map.gap * 10000) / 100,
        },
      });
    }
    if (this.accelerator) {
      new TerraformOutput(this, "AnycastAddresses", { value: this.accelerator.accelerator.ipSets, description: "Global Accelerator anycast IP sets" });
    }
  }

  private originsOf(spec: PopSpec): DataCenter[] {
    const path = `${this.node.path}/Pop-${spec.name}`;
    const names = spec.origins ?? Object.keys(this.dataCenters);
    if (names.length === 0) {
      throw new EdgeConfigError(path, "the POP has no L7 tier: its origins list is empty", spec.origins, `one or more data center names (${Object.keys(this.dataCenters).join(", ")}) for its L7 tier to serve`);
    }
    return names.map((name) => {
      const dc = this.dataCenters[name];
      if (!dc) throw new EdgeConfigError(path, "origins names an unknown data center", name, `one of ${Object.keys(this.dataCenters).join(", ")}`);
      return dc;
    });
  }
}
