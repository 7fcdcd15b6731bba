import { createHash } from "crypto";
import { parseCidr } from "../model/cidr";
import { buildMaglevTable } from "../model/hashing/maglev";
import { balance } from "../model/hashing/metrics";
import { PlatformRecord } from "../platform/model-record";
import { certificatesOf, CertificateSummary, nameCovers } from "./certificates";
import { blocks, isReference, LoadedStack, loadStack, resourcesOf, StackInput } from "./stack-json";

/** One POP, as a reviewer wants to see it. */
export interface PopSummary {
  readonly name: string;
  readonly region: string;
  readonly hostname: string;
  readonly l4: "managed" | "bgp-ecmp";
  readonly l7: "alb" | "fleet";
  /** Bare IPv4 VIPs of a BGP/ECMP fleet (a managed NLB gets its addresses at apply). */
  readonly vips: readonly string[];
  /** Primary names of the certificates that cover the POP's hostname. */
  readonly certificates: readonly string[];
}

/** The DNS map as it is rendered (Route53 CIDR locations), with the demand the model gave each prefix. */
export interface DnsMapSummary {
  readonly defaultPop?: string;
  /** Client prefixes of the model (or rendered blocks, without the model record). */
  readonly prefixes: number;
  /** CIDR blocks Route53 holds after lossless aggregation of siblings on one POP. */
  readonly cidrBlocks: number;
  /** Per POP: prefixes, Σ demand (when the stack carries the model input) and share of demand in percent. */
  readonly perPop: Readonly<Record<string, { readonly prefixes: number; readonly demand?: number; readonly demandPercent?: number }>>;
  /** First 16 hex of sha256 over the sorted "prefix pop" lines: any moved prefix changes it. */
  readonly digest: string;
}

/** A BGP/ECMP fleet's Maglev table. */
export interface MaglevSummary {
  readonly tableSize: number;
  /** First 16 hex of the table digest every node checks. */
  readonly digest: string;
  /** Slot share per L7 backend, percent with 2 decimals. */
  readonly slotSharePercent: Readonly<Record<string, number>>;
}

/** A Fastly VCL service's behaviour: what a reviewer reads in a diff. */
export interface FastlyServiceSummary {
  readonly name: string;
  readonly domains: readonly string[];
  readonly backends: readonly string[];
  readonly directors: readonly string[];
  readonly conditions: readonly string[];
  /** Snippet header `name (type, priority)` → its VCL lines. */
  readonly snippets: Readonly<Record<string, readonly string[]>>;
}

/** A stable, reviewable summary of a synthesized stack, for `toMatchSnapshot()`. */
export interface StackSummary {
  readonly resourceCounts: Readonly<Record<string, number>>;
  readonly certificates: readonly CertificateSummary[];
  readonly platforms: readonly {
    readonly path: string;
    readonly serviceName: string;
    readonly pops: readonly PopSummary[];
    readonly dnsMap?: DnsMapSummary;
    readonly maglev: Readonly<Record<string, MaglevSummary>>;
  }[];
  readonly fastly: readonly FastlyServiceSummary[];
}

/** Options of {@link summarizeStack}. */
export interface SummaryOptions {
  /** Leave out the per-type resource counts (e.g. when other constructs share the stack). @default true */
  readonly resourceCounts?: boolean;
}

/**
 * Summarizes a stack per tier: POPs (VIPs, certificates), the DNS map (prefix counts and
 * demand per POP, digest), Maglev tables (digest, slot shares) and Fastly services (backends,
 * conditions, each VCL snippet line by line). Every list is sorted; nothing depends on
 * logical ids, so a snapshot diff shows only what changed in behaviour.
 */
export function summarizeStack(input: StackInput, options: SummaryOptions = {}): StackSummary {
  const stack = loadStack(input);
  const certificates = certificatesOf(stack);
  const resourceCounts: Record<string, number> = {};
  for (const type of Object.keys(stack.resources).sort()) resourceCounts[type] = Object.keys(stack.resources[type]).length;
  return {
    resourceCounts: options.resourceCounts === false ? {} : resourceCounts,
    certificates,
    platforms: stack.platforms.map((record) => ({
      path: record.path,
      serviceName: record.serviceName,
      pops: [...record.pops]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((pop) => ({
          name: pop.name,
          region: pop.region,
          hostname: pop.hostname,
          l4: pop.l4,
          l7: pop.l7 ?? "alb",
          vips: [...pop.vips].sort(),
          certificates: certificates.filter((c) => c.names.some((n) => nameCovers(n, pop.hostname))).map((c) => c.name),
        })),
      dnsMap: dnsMapSummary(stack, record),
      maglev: maglevSummaries(record),
    })),
    fastly: resourcesOf(stack, "fastly_service_vcl")
      .map(([, service]) => fastlySummary(service))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The rendered assignment: CIDR block → POP, from the stack's Route53 CIDR locations (blocks may be aggregates of the model's prefixes). */
export function renderedAssignment(stack: LoadedStack): Record<string, string> {
  const assignment: Record<string, string> = {};
  for (const [, location] of resourcesOf(stack, "aws_route53_cidr_location")) {
    for (const cidr of (location.cidr_blocks as unknown[] | undefined) ?? []) assignment[String(cidr)] = String(location.name);
  }
  return assignment;
}

/**
 * The POP the rendered DNS map sends each of the model's prefixes to: the location whose block
 * contains it (Route53 may hold an aggregate), else the default POP. Without a model record,
 * the rendered blocks themselves.
 */
export function deployedAssignment(stack: LoadedStack, record?: PlatformRecord): Record<string, string> {
  const rendered = renderedAssignment(stack);
  if (!record?.dnsMap) return rendered;
  const blocksByFamily = Object.entries(rendered).map(([cidr, pop]) => ({ block: parseCidr(cidr), pop }));
  const out: Record<string, string> = {};
  for (const prefix of record.dnsMap.prefixes) {
    const p = parseCidr(prefix.cidr);
    const hit = blocksByFamily.find((b) => b.block.family === p.family && b.block.first <= p.first && p.last <= b.block.last);
    out[prefix.cidr] = hit ? hit.pop : record.dnsMap.defaultPop;
  }
  return out;
}

function dnsMapSummary(stack: LoadedStack, record: PlatformRecord): DnsMapSummary | undefined {
  const rendered = renderedAssignment(stack);
  const assignment = deployedAssignment(stack, record);
  const cidrs = Object.keys(assignment).sort();
  if (cidrs.length === 0 && !record.dnsMap) return undefined;
  const demandOf = new Map((record.dnsMap?.prefixes ?? []).map((p) => [p.cidr, p.demand]));
  const total = [...demandOf.values()].reduce((a, b) => a + b, 0);
  const perPop: Record<string, { prefixes: number; demand?: number; demandPercent?: number }> = {};
  for (const cidr of cidrs) {
    const pop = assignment[cidr];
    const entry = (perPop[pop] ??= { prefixes: 0, ...(record.dnsMap ? { demand: 0 } : {}) });
    entry.prefixes++;
    if (entry.demand !== undefined) entry.demand += demandOf.get(cidr) ?? 0;
  }
  for (const entry of Object.values(perPop)) {
    if (entry.demand !== undefined && total > 0) entry.demandPercent = Math.round((entry.demand / total) * 1000) / 10;
  }
  const sorted = Object.fromEntries(Object.keys(perPop).sort().map((k) => [k, perPop[k]]));
  const digest = createHash("sha256")
    .update(cidrs.map((c) => `${c} ${assignment[c]}`).join("\n"))
    .digest("hex")
    .slice(0, 16);
  return { defaultPop: record.dnsMap?.defaultPop, prefixes: cidrs.length, cidrBlocks: Object.keys(rendered).length, perPop: sorted, digest };
}

function maglevSummaries(record: PlatformRecord): Record<string, MaglevSummary> {
  const out: Record<string, MaglevSummary> = {};
  for (const pop of [...record.pops].sort((a, b) => a.name.localeCompare(b.name))) {
    if (!pop.maglev) continue;
    const table = buildMaglevTable(pop.maglev.backends.map((b) => ({ name: b.name, weight: b.weight })), { tableSize: pop.maglev.tableSize });
    out[pop.name] = {
      tableSize: pop.maglev.tableSize,
      digest: pop.maglev.digest.slice(0, 16),
      slotSharePercent: Object.fromEntries(balance(table).backends.map((b) => [b.name, Math.round(b.share * 10000) / 100])),
    };
  }
  return out;
}

function fastlySummary(service: Record<string, unknown>): FastlyServiceSummary {
  const text = (v: unknown): string => (isReference(v) ? "(known after apply)" : String(v));
  const backends = blocks(service.backend).map((b) => {
    const extras = [b.shield ? `shield ${text(b.shield)}` : "", b.healthcheck ? `health ${text(b.healthcheck)}` : "", b.request_condition ? `if ${text(b.request_condition)}` : ""].filter(Boolean);
    return `${text(b.name)} → ${text(b.address)}:${text(b.port ?? 80)}${b.use_ssl ? " tls" : ""}${extras.length ? ` (${extras.join(", ")})` : ""}`;
  });
  const directors = blocks(service.director).map((d) => `${text(d.name)}: type ${text(d.type)} [${((d.backends as unknown[]) ?? []).map(text).sort().join(", ")}]${d.shield ? ` shield ${text(d.shield)}` : ""}`);
  const conditions = blocks(service.condition).map((c) => `${text(c.name)} (${text(c.type)}): ${text(c.statement)}`);
  const snippets: Record<string, string[]> = {};
  for (const s of blocks(service.snippet).sort((a, b) => String(a.type).localeCompare(String(b.type)) || Number(a.priority ?? 100) - Number(b.priority ?? 100) || String(a.name).localeCompare(String(b.name)))) {
    snippets[`${text(s.name)} (${text(s.type)}, priority ${text(s.priority ?? 100)})`] = text(s.content).replace(/\n$/, "").split("\n");
  }
  return {
    name: text(service.name),
    domains: blocks(service.domain).map((d) => text(d.name)).sort(),
    backends: backends.sort(),
    directors: directors.sort(),
    conditions: conditions.sort(),
    snippets,
  };
}
