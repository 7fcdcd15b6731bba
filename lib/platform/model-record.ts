import { TerraformStack } from "cdktf";
import { Pop } from "../aws/pop";
import { DnsMapPrefix, LatencyMatrix } from "../model/dns-map";
import { ReadLatency, readLatencyTable } from "../model/dns/latency-table";
import { EdgePlatformProps } from "./spec";

/** Key under the synthesized stack's top-level "//" comment (terraform ignores it) holding each platform's model input. */
export const MODEL_RECORD_KEY = "cdktf-edge";

/** One POP as the model sees it. */
export interface PopRecord {
  readonly name: string;
  readonly region: string;
  readonly hostname: string;
  readonly capacity?: number;
  readonly l4: "managed" | "bgp-ecmp";
  /** An ALB or the POP's own HAProxy fleet. */
  readonly l7: "alb" | "fleet";
  /** Data centers its L7 tier serves from. */
  readonly origins: readonly string[];
  /** BGP/ECMP VIPs (bare IPv4 addresses); empty for a managed (NLB) tier. */
  readonly vips: readonly string[];
  /** The fleet's Maglev table inputs and digest (bgp-ecmp only). */
  readonly maglev?: {
    readonly tableSize: number;
    readonly digest: string;
    readonly backends: readonly { readonly name: string; readonly address: string; readonly weight: number }[];
  };
}

/**
 * What an EdgePlatform was computed from, recorded in the synthesized stack so that snapshot
 * summaries and `cdktf-edge what-if` work on a cdk.tf.json without the app's source.
 */
export interface PlatformRecord {
  readonly path: string;
  readonly domain: string;
  readonly serviceName: string;
  readonly dataCenters: readonly { readonly name: string; readonly region: string }[];
  readonly pops: readonly PopRecord[];
  readonly dnsMap?: {
    readonly defaultPop: string;
    readonly prefixes: readonly DnsMapPrefix[];
    readonly latencyMs: LatencyMatrix;
  };
}

/** Builds the record of a platform from its props and rendered POPs. */
export function platformRecord(path: string, props: EdgePlatformProps, pops: Readonly<Record<string, Pop>>): PlatformRecord {
  const routing = props.dnsRouting;
  return {
    path,
    domain: props.domain,
    serviceName: props.serviceName ?? `www.${props.domain}`,
    dataCenters: props.dataCenters.map((d) => ({ name: d.name, region: d.region })),
    pops: props.pops.map((spec) => {
      const table = pops[spec.name].l4.forwardingTable;
      return {
        name: spec.name,
        region: spec.region,
        hostname: pops[spec.name].originTlsHostname,
        capacity: spec.capacity,
        l4: spec.l4.kind,
        l7: spec.l7?.kind ?? "alb",
        origins: [...(spec.origins ?? props.dataCenters.map((d) => d.name))],
        vips: spec.l4.kind === "bgp-ecmp" ? [...spec.l4.vips] : [],
        maglev: table ? { tableSize: table.tableSize, digest: table.digest, backends: table.backends.map((b) => ({ ...b })) } : undefined,
      };
    }),
    dnsMap:
      routing.kind === "dns-map"
        ? { defaultPop: routing.defaultPop, prefixes: routing.prefixes.map((p) => ({ cidr: p.cidr, demand: p.demand })), latencyMs: routing.latencyMs }
        : undefined,
  };
}

/**
 * The latency matrix as recorded: one row per prefix (same order as `cidrs`), one column per POP,
 * `null` where a prefix has no latency to that POP.
 */
export interface LatencyColumns {
  readonly cidrs: readonly string[];
  readonly pops: readonly string[];
  readonly rows: readonly (readonly (number | null)[])[];
}

/**
 * The record as it stands in the JSON: the same, with the DNS map (thousands of prefixes) as one
 * JSON string (WrittenDnsMap: the latency as columns or packed). cdktf's Testing.synth rebuilds every
 * object of the stack key by key (quadratic in an object's keys) even under "//"; a string costs nothing.
 */
export type WrittenPlatformRecord = Omit<PlatformRecord, "dnsMap"> & { readonly dnsMapJson?: string };

/**
 * The same matrix packed, when every prefix has a latency to every POP and each is a whole
 * number of milliseconds below 65,535 (a platform's usual map): the latencies row by row as
 * 16-bit little-endian integers in base64. A third of the text of {@link LatencyColumns}, built
 * without a number-to-text conversion, and cdktf's number-token scan of every string in the
 * stack finds almost no digits in it.
 */
export interface PackedLatency {
  readonly cidrs: readonly string[];
  readonly pops: readonly string[];
  readonly msUint16: string;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * JSON text of the matrix: {@link PackedLatency} when every row names every POP, in name order,
 * with whole milliseconds below 65,535; otherwise {@link LatencyColumns}. `read`: the matrix as
 * readLatencyTable reads it (EdgePlatform passes its door check's, so the rows are not walked again).
 */
export function latencyColumnsJson(matrix: LatencyMatrix, cidrs: readonly string[] = Object.keys(matrix), read = readLatencyTable(matrix)): string {
  const packed = read && read.cidrs.length === cidrs.length && read.cidrs.every((cidr, i) => cidr === cidrs[i]) ? packedJson(read) : undefined;
  return packed ?? columnsJson(matrix, cidrs);
}

/** {@link PackedLatency} of a read matrix, or undefined when it cannot be packed (see latencyColumnsJson). */
function packedJson(read: ReadLatency): string | undefined {
  const { cidrs, pops, rowStart, pop, ms } = read;
  const width = pops.length;
  if (cidrs.length === 0 || rowStart[1] !== width) return undefined;
  for (let k = 1; k < width; k++) if (!(pops[k - 1] < pops[k])) return undefined;
  if (pop.length !== cidrs.length * width) return undefined;
  // POPs are numbered as first met, so the first row is 0 … width − 1; as a row names a POP once,
  // every row names every POP in that order exactly when entry e is POP e mod width.
  const packed = new Uint16Array(ms.length);
  for (let e = 0; e < pop.length; e++) {
    const value = ms[e];
    if (pop[e] !== e % width || !(value >= 0 && value < 65535 && Math.floor(value) === value)) return undefined;
    packed[e] = value;
  }
  const bytes = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
  if (!LITTLE_ENDIAN) bytes.swap16();
  return `{"cidrs":${JSON.stringify(cidrs)},"pops":${JSON.stringify(pops)},"msUint16":"${bytes.toString("base64")}"}`;
}

/**
 * {@link LatencyColumns} (`null` where a prefix has no latency to a POP) in one JSON.stringify:
 * a row that names every POP in the columns' order, as rows usually do, is its own list of
 * values, so no cell is looked up by name (100,000 cells at 50 POPs).
 */
function columnsJson(matrix: LatencyMatrix, cidrs: readonly string[]): string {
  const pops = cidrs.length > 0 ? Object.keys(matrix[cidrs[0]]) : [];
  const seen = new Set<string>(pops);
  const rows = new Array<readonly (number | null)[] | undefined>(cidrs.length);
  // One pass collects the POPs and takes every row that names them all in their order as its
  // own values (rows usually name the same POPs in the same order); a second fills in the others.
  for (let i = 0; i < cidrs.length; i++) {
    const row = matrix[cidrs[i]];
    let j = 0;
    let inOrder = true;
    for (const pop in row) {
      if (inOrder && pops[j] === pop) {
        j++;
        continue;
      }
      inOrder = false;
      if (!seen.has(pop)) {
        seen.add(pop);
        pops.push(pop);
      }
    }
    if (inOrder && j === pops.length) rows[i] = Object.values(row);
  }
  const sorted = pops.every((pop, k) => k === 0 || pops[k - 1] < pop);
  if (!sorted) pops.sort();
  for (let i = 0; i < cidrs.length; i++) {
    if (sorted && rows[i] && rows[i]!.length === pops.length) continue;
    const row = matrix[cidrs[i]];
    rows[i] = pops.map((pop) => row[pop] ?? null);
  }
  return JSON.stringify({ cidrs, pops, rows });
}

export function fromLatencyColumns(columns: LatencyColumns | PackedLatency): LatencyMatrix {
  const matrix: Record<string, Record<string, number>> = {};
  if ("msUint16" in columns) {
    const bytes = Buffer.from(columns.msUint16, "base64");
    const width = columns.pops.length;
    columns.cidrs.forEach((cidr, i) => {
      const row: Record<string, number> = {};
      columns.pops.forEach((pop, j) => (row[pop] = bytes.readUInt16LE(2 * (i * width + j))));
      matrix[cidr] = row;
    });
    return matrix;
  }
  columns.cidrs.forEach((cidr, i) => {
    const row: Record<string, number> = {};
    columns.pops.forEach((pop, j) => {
      const ms = columns.rows[i][j];
      if (ms !== null && ms !== undefined) row[pop] = ms;
    });
    matrix[cidr] = row;
  });
  return matrix;
}

/**
 * The DNS map inside `dnsMapJson`. When the latency rows are the prefixes in the same order (as
 * when both are written from one list), the prefixes are not repeated: `demand` is their demand,
 * in the order of `latencyColumns.cidrs`. Otherwise `prefixes` holds them whole (records written
 * before the columns form read back the same way).
 */
interface WrittenDnsMap {
  readonly defaultPop: string;
  readonly demand?: readonly number[];
  readonly prefixes?: readonly DnsMapPrefix[];
  readonly latencyColumns: LatencyColumns | PackedLatency;
}

/** The record as written to JSON; `read`: its latency table as EdgePlatform's door check read it. */
export function encodeRecord(record: PlatformRecord, read?: ReadLatency): WrittenPlatformRecord {
  const { dnsMap, ...rest } = record;
  if (!dnsMap) return rest;
  const { defaultPop, prefixes, latencyMs } = dnsMap;
  const cidrs = read?.cidrs ?? Object.keys(latencyMs);
  const columns = latencyColumnsJson(latencyMs, cidrs, read);
  const head = `{"defaultPop":${JSON.stringify(defaultPop)},`;
  const rowsArePrefixes = cidrs.length === prefixes.length && prefixes.every((p, i) => p.cidr === cidrs[i]);
  const dnsMapJson = rowsArePrefixes
    ? `${head}"demand":${JSON.stringify(prefixes.map((p) => p.demand))},"latencyColumns":${columns}}`
    : `${head}"prefixes":${JSON.stringify(prefixes)},"latencyColumns":${columns}}`;
  return { ...rest, dnsMapJson };
}

/** A record read back from JSON. */
export function decodeRecord(written: WrittenPlatformRecord): PlatformRecord {
  const { dnsMapJson, ...rest } = written;
  if (dnsMapJson === undefined) return rest;
  const { defaultPop, demand, prefixes, latencyColumns } = JSON.parse(dnsMapJson) as WrittenDnsMap;
  return {
    ...rest,
    dnsMap: {
      defaultPop,
      prefixes: prefixes ?? latencyColumns.cidrs.map((cidr, i) => ({ cidr, demand: demand![i] })),
      latencyMs: fromLatencyColumns(latencyColumns),
    },
  };
}

/** Writes the record under `"//"."cdktf-edge"."<construct path>"` of the stack's JSON. */
export function writeRecord(stack: TerraformStack, record: PlatformRecord, read?: ReadLatency): void {
  // addOverride splits its path on dots; construct paths have none, but be safe.
  stack.addOverride(`//.${MODEL_RECORD_KEY}.${record.path.replace(/\./g, "_")}`, encodeRecord(record, read));
}
