import { EdgeConfigError } from "../errors";
import { assertNoOverlap, compareCidrs, Cidr, formatAddress, ipv4Key, parseCidr } from "./cidr";

/** Route 53 takes at most this many CIDR blocks in one location (CidrList, max 1,000). */
export const ROUTE53_MAX_BLOCKS_PER_LOCATION = 1000;
/** Longest prefix Route 53 CIDR routing takes, per address family. */
export const ROUTE53_MAX_PREFIX_LENGTH = { 4: 24, 6: 48 } as const;
/** Route 53 location names: 1–16 letters, digits, '-' or '_' ("*" is the default location). */
export const ROUTE53_LOCATION_NAME = /^[A-Za-z0-9_-]{1,16}$/;

/** One Route 53 CIDR location of a plan: a POP, or one part of a POP with too many blocks for one location. */
export interface CidrLocationPlan {
  /** Location name in the collection: the POP name, then `<pop>-2`, `<pop>-3`, … for further parts. */
  readonly name: string;
  /** The POP that answers for this location. */
  readonly pop: string;
  /** Blocks in address order (IPv4 first), canonical text. */
  readonly cidrBlocks: readonly string[];
}

/** How a DNS map becomes Route 53 CIDR locations, with the figures of the aggregation. */
export interface CidrRoutingPlan {
  /** Locations by POP name, then part. */
  readonly locations: readonly CidrLocationPlan[];
  /** Location names per POP, in part order. */
  readonly locationsByPop: Readonly<Record<string, readonly string[]>>;
  /** Blocks in the DNS map. */
  readonly inputBlocks: number;
  /** Blocks after sibling blocks of one POP merged into their supernets. */
  readonly blocks: number;
  /** inputBlocks / blocks. */
  readonly aggregationRatio: number;
  /** Blocks in the fullest location. */
  readonly maxBlocksInLocation: number;
}

/** Options of {@link planCidrLocations}. */
export interface CidrRoutingOptions {
  /**
   * Construct path or caller named in errors.
   * @default "cidrRouting"
   */
  readonly path?: string;
  /**
   * Most blocks per location; Route 53's own limit is the ceiling.
   * @default 1000
   */
  readonly maxBlocksPerLocation?: number;
  /**
   * What to do when a POP still has more blocks than one location holds after aggregation:
   * `split` them over several locations (`<pop>`, `<pop>-2`, …; each gets its own record
   * pointing at the POP), or `refuse` with an error naming the POP and the count.
   * @default "split"
   */
  readonly onTooManyBlocks?: "split" | "refuse";
}

/**
 * Merges sibling blocks (the two halves of one supernet) into that supernet, repeatedly, so
 * the result covers exactly the same addresses with fewer blocks. Merging stops at /1: Route 53
 * takes no /0 (its default location "*" plays that part). `blocks` must not overlap; the
 * result is in {@link compareCidrs} order.
 */
export function aggregateBlocks(blocks: readonly Cidr[]): Cidr[] {
  const sorted = [...blocks].sort(compareCidrs);
  const stack: Cidr[] = [];
  for (const block of sorted) {
    let top = block;
    for (;;) {
      const below = stack[stack.length - 1];
      if (!below || !areSiblings(below, top)) break;
      stack.pop();
      top = supernet(below);
    }
    stack.push(top);
  }
  return stack;
}

/**
 * Turns a DNS map (CIDR → POP name) into Route 53 CIDR locations: checks POP names as location
 * names, rejects overlapping blocks, aggregates each POP's blocks losslessly, checks the prefix
 * lengths Route 53 takes (IPv4 /1–/24, IPv6 /1–/48) on what is left, and splits or refuses a
 * POP whose blocks do not fit one location.
 */
export function planCidrLocations(assignment: Readonly<Record<string, string>>, options: CidrRoutingOptions = {}): CidrRoutingPlan {
  const path = options.path ?? "cidrRouting";
  const limit = options.maxBlocksPerLocation ?? ROUTE53_MAX_BLOCKS_PER_LOCATION;
  if (!Number.isInteger(limit) || limit < 1 || limit > ROUTE53_MAX_BLOCKS_PER_LOCATION) {
    throw new EdgeConfigError(path, "maxBlocksPerLocation is out of range", limit, `an integer from 1 to ${ROUTE53_MAX_BLOCKS_PER_LOCATION} (Route 53's limit per location)`);
  }
  const { mergedByPop, inputBlocks } = mergeIpv4(assignment) ?? mergeAny(assignment, path);

  const locations: CidrLocationPlan[] = [];
  const locationsByPop: Record<string, string[]> = {};
  let blocks = 0;
  for (const pop of [...mergedByPop.keys()].sort(byName)) {
    const merged = mergedByPop.get(pop)!;
    blocks += merged.length;
    const parts = Math.ceil(merged.length / limit);
    if (parts > 1 && options.onTooManyBlocks === "refuse") {
      throw new EdgeConfigError(
        path,
        `POP ${pop} has ${merged.length} CIDR blocks after aggregation, more than one Route 53 location holds`,
        merged.length,
        `at most ${limit} blocks per POP (coarser prefixes, or onTooManyBlocks: "split" to use ${parts} locations)`,
      );
    }
    locationsByPop[pop] = [];
    for (let part = 0; part < parts; part++) {
      const name = part === 0 ? pop : `${pop}-${part + 1}`;
      if (!ROUTE53_LOCATION_NAME.test(name) || (part > 0 && mergedByPop.has(name))) {
        throw new EdgeConfigError(
          path,
          `POP ${pop} needs ${parts} Route 53 locations, but the name of part ${part + 1} is not free`,
          name,
          `a POP name of at most ${16 - `-${parts}`.length} characters that no other POP's name extends with "-<n>"`,
        );
      }
      const from = Math.floor((part * merged.length) / parts);
      const to = Math.floor(((part + 1) * merged.length) / parts);
      locations.push({ name, pop, cidrBlocks: merged.slice(from, to) });
      locationsByPop[pop].push(name);
    }
  }
  return {
    locations,
    locationsByPop,
    inputBlocks,
    blocks,
    aggregationRatio: blocks === 0 ? 1 : inputBlocks / blocks,
    maxBlocksInLocation: locations.reduce((most, l) => Math.max(most, l.cidrBlocks.length), 0),
  };
}

/** Each POP's blocks after aggregation (canonical text, address order), and how many blocks went in. */
interface MergedBlocks {
  readonly mergedByPop: ReadonlyMap<string, readonly string[]>;
  readonly inputBlocks: number;
}

/** Any map: checks location names, overlaps and Route 53's prefix lengths, wording every error. */
function mergeAny(assignment: Readonly<Record<string, string>>, path: string): MergedBlocks {
  const byPop = new Map<string, Cidr[]>();
  const all: Cidr[] = [];
  for (const cidrText in assignment) {
    const pop = assignment[cidrText];
    assertLocationName(path, pop);
    const cidr = parseCidr(cidrText, path);
    all.push(cidr);
    const list = byPop.get(pop);
    if (list) list.push(cidr);
    else byPop.set(pop, [cidr]);
  }
  assertNoOverlap(all, path);
  const mergedByPop = new Map<string, string[]>();
  for (const [pop, inputs] of byPop) {
    const merged = aggregateBlocks(inputs);
    for (const block of merged) assertRoute53Block(path, pop, block, inputs);
    mergedByPop.set(pop, merged.map((c) => c.canonical));
  }
  return { mergedByPop, inputBlocks: all.length };
}

/**
 * The same as mergeAny on numbers, for the common map (plain IPv4 blocks, no overlap, usable
 * names and lengths) of thousands of prefixes; undefined for anything else, which mergeAny
 * words. A block is address × 64 + prefix length (ipv4Key), so sorting keys is compareCidrs.
 */
function mergeIpv4(assignment: Readonly<Record<string, string>>): MergedBlocks | undefined {
  const keys: number[] = [];
  const texts: string[] = [];
  const pops: string[] = [];
  const names = new Set<string>();
  let ordered = true;
  for (const text in assignment) {
    const key = ipv4Key(text);
    const pop = assignment[text];
    if (key < 0) return undefined;
    if (!names.has(pop)) {
      if (typeof pop !== "string" || !ROUTE53_LOCATION_NAME.test(pop)) return undefined;
      names.add(pop);
    }
    if (keys.length > 0 && key < keys[keys.length - 1]) ordered = false;
    keys.push(key);
    texts.push(text);
    pops.push(pop);
  }
  // A solved map lists its blocks in address order already.
  const order = ordered ? undefined : Array.from(keys.keys()).sort((a, b) => keys[a] - keys[b]);
  const stacks = new Map<string, Ipv4Block[]>();
  let lastAddress = -1;
  for (let n = 0; n < keys.length; n++) {
    const i = order ? order[n] : n;
    const address = Math.floor(keys[i] / 64);
    const length = keys[i] - address * 64;
    if (address <= lastAddress) return undefined;
    lastAddress = address + POW2[32 - length] - 1;
    let stack = stacks.get(pops[i]);
    if (!stack) stacks.set(pops[i], (stack = []));
    let top: Ipv4Block = { address, length, text: texts[i] };
    for (;;) {
      const below = stack[stack.length - 1];
      if (!below || !ipv4Siblings(below, top)) break;
      stack.pop();
      // The supernet: the lower half's address, one bit shorter; its text is written at the end.
      top = { address: below.address, length: below.length - 1, text: "" };
    }
    stack.push(top);
  }
  const mergedByPop = new Map<string, string[]>();
  for (const [pop, stack] of stacks) {
    const merged: string[] = [];
    for (const block of stack) {
      if (block.length < 1 || block.length > ROUTE53_MAX_PREFIX_LENGTH[4]) return undefined;
      merged.push(block.text || `${formatAddress(4, BigInt(block.address))}/${block.length}`);
    }
    mergedByPop.set(pop, merged);
  }
  return { mergedByPop, inputBlocks: keys.length };
}

interface Ipv4Block {
  readonly address: number;
  readonly length: number;
  /** The block as given, or "" for a supernet made by merging. */
  readonly text: string;
}

/** 2 ** n for n = 0 … 32 (`**` with a variable exponent is a call to Math.pow). */
const POW2 = Array.from({ length: 33 }, (_, n) => 2 ** n);

/** Whether two blocks are the two halves of one block of at least /1 (`lower` first). */
function ipv4Siblings(lower: Ipv4Block, upper: Ipv4Block): boolean {
  if (upper.length !== lower.length || lower.length <= 1) return false;
  const size = POW2[32 - lower.length];
  // The mask fits in 32 bits (length ≥ 2), so int32 `&` tests the alignment.
  return (lower.address & (2 * size - 1)) === 0 && upper.address === lower.address + size;
}

/** Throws unless `name` can name a Route 53 CIDR location. */
export function assertLocationName(path: string, name: string): void {
  if (typeof name !== "string" || !ROUTE53_LOCATION_NAME.test(name)) {
    throw new EdgeConfigError(path, "a POP name cannot be a Route53 CIDR location name", name, "1-16 letters, digits, '-' or '_'");
  }
}

function assertRoute53Block(path: string, pop: string, block: Cidr, inputs: readonly Cidr[]): void {
  const longest = ROUTE53_MAX_PREFIX_LENGTH[block.family];
  if (block.prefixLength >= 1 && block.prefixLength <= longest) return;
  if (block.prefixLength === 0) {
    throw new EdgeConfigError(path, `the DNS map sends the whole IPv${block.family} space to POP ${pop} as one block`, block.text, 'no /0 block: make the POP the default location "*" (defaultForDnsMap) instead');
  }
  const original = inputs.find((c) => c.family === block.family && c.first === block.first && c.prefixLength === block.prefixLength);
  throw new EdgeConfigError(
    path,
    `CIDR block ${(original ?? block).text} (POP ${pop}) is longer than Route 53 CIDR routing takes, even after merging sibling blocks of the same POP`,
    (original ?? block).text,
    `IPv${block.family} blocks from /1 to /${longest} (map the enclosing /${longest} to one POP)`,
  );
}

function areSiblings(a: Cidr, b: Cidr): boolean {
  if (a.family !== b.family || a.prefixLength !== b.prefixLength || a.prefixLength <= 1) return false;
  const size = a.last - a.first + 1n;
  return a.first % (size * 2n) === 0n && b.first === a.first + size;
}

/** The block twice the size of `lower`, which must be the lower half of it. */
function supernet(lower: Cidr): Cidr {
  const prefixLength = lower.prefixLength - 1;
  const bits = lower.family === 4 ? 32 : 128;
  const last = lower.first + (1n << BigInt(bits - prefixLength)) - 1n;
  const canonical = `${formatAddress(lower.family, lower.first)}/${prefixLength}`;
  return { text: canonical, family: lower.family, prefixLength, first: lower.first, last, canonical };
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
