import { EdgeConfigError } from "../errors";
import { validateText } from "../validation/model-entry";

/** A parsed IPv4 or IPv6 CIDR block. */
export interface Cidr {
  /** The block as the user wrote it. */
  readonly text: string;
  readonly family: 4 | 6;
  readonly prefixLength: number;
  /** Network address (first address of the block). */
  readonly first: bigint;
  /** Last address of the block. */
  readonly last: bigint;
  /** Normal form: dotted quad, or RFC 5952 text for IPv6 (lowercase, longest zero run as "::"). */
  readonly canonical: string;
}

const SYNTAX_HINT = "a CIDR block such as 192.0.2.0/24 or 2001:db8::/32";
const DECIMAL = /^(0|[1-9][0-9]*)$/;
const OCTET = /^(0|[1-9][0-9]{0,2})$/;
const HEXTET = /^[0-9a-fA-F]{1,4}$/;

/** Parses `text` and checks that its host bits are zero. */
export function parseCidr(text: string, path = "cidr"): Cidr {
  // A strict dotted quad with host bits zero is its own canonical form.
  const key = typeof text === "string" && text.length <= 18 ? ipv4Key(text) : -1;
  if (key >= 0) {
    const first = Math.floor(key / 64);
    const prefixLength = key - first * 64;
    return { text, family: 4, prefixLength, first: BigInt(first), last: BigInt(first + 2 ** (32 - prefixLength) - 1), canonical: text };
  }
  validateText(path, "cidr", text);
  const slash = text.indexOf("/");
  const address = slash < 0 ? undefined : text.slice(0, slash);
  const length = slash < 0 ? "" : text.slice(slash + 1);
  const family = address?.includes(":") ? 6 : 4;
  const value = address === undefined ? undefined : family === 4 ? parseIpv4(address) : parseIpv6(address);
  if (value === undefined || !DECIMAL.test(length)) {
    throw new EdgeConfigError(path, "not a CIDR block", text, SYNTAX_HINT);
  }
  const bits = family === 4 ? 32 : 128;
  const prefixLength = Number(length);
  if (prefixLength > bits) {
    throw new EdgeConfigError(path, `prefix length of an IPv${family} block is out of range`, text, `a prefix length from 0 to ${bits}`);
  }
  const hostBits = BigInt(bits - prefixLength);
  const hostMask = (1n << hostBits) - 1n;
  const first = value & ~hostMask;
  if (first !== value) {
    throw new EdgeConfigError(path, "host bits are set", text, `the network address ${formatAddress(family, first)}/${prefixLength}`);
  }
  return { text, family, prefixLength, first, last: first | hostMask, canonical: `${formatAddress(family, first)}/${prefixLength}` };
}

/**
 * address × 64 + prefix length of a plain IPv4 CIDR with host bits zero (the order of
 * compareCidrs), or −1 for anything else (left to parseCidr). No regular expressions or BigInt:
 * a DNS map has up to 10⁶ prefixes.
 */
export function ipv4Key(text: string): number {
  let address = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits > 0 && octet === 0) return -1;
      octet = octet * 10 + (c - 48);
      if (++digits > 3 || octet > 255) return -1;
    } else if (c === 46 || c === 47) {
      if (digits === 0) return -1;
      address = address * 256 + octet;
      octet = 0;
      digits = 0;
      if (c === 47) break;
      if (++dots > 3) return -1;
    } else {
      return -1;
    }
  }
  if (dots !== 3 || i >= text.length - 1) return -1;
  let length = 0;
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57 || (j > i + 1 && length === 0) || j > i + 2) return -1;
    length = length * 10 + (c - 48);
  }
  if (length > 32) return -1;
  // int32 `&` keeps the address's 32 bits exactly; a float modulo cost most of the parse.
  if ((address & IPV4_HOST_MASK[length]) !== 0) return -1;
  return address * 64 + length;
}

/** The host bits of an IPv4 /n as an int32 (/0: all 32 bits, −1), n = 0 … 32. */
const IPV4_HOST_MASK = Array.from({ length: 33 }, (_, n) => (2 ** (32 - n) - 1) | 0);

/** Orders blocks IPv4 first, then by network address, then wider blocks first. */
export function compareCidrs(a: Cidr, b: Cidr): number {
  if (a.family !== b.family) return a.family - b.family;
  if (a.first !== b.first) return a.first < b.first ? -1 : 1;
  return a.prefixLength - b.prefixLength;
}

/**
 * The first pair of overlapping blocks in {@link compareCidrs} order, in O(n log n). CIDR
 * blocks are nested or disjoint, so if any block lies inside another, the block right after
 * the outer one in that order lies inside it too: comparing neighbours is enough.
 */
export function findOverlap(cidrs: readonly Cidr[]): [Cidr, Cidr] | undefined {
  const sorted = [...cidrs].sort(compareCidrs);
  for (let i = 1; i < sorted.length; i++) {
    const [outer, inner] = [sorted[i - 1], sorted[i]];
    if (outer.family === inner.family && inner.first <= outer.last) return [outer, inner];
  }
  return undefined;
}

/** Throws naming both blocks when any two of `cidrs` overlap (or repeat). */
export function assertNoOverlap(cidrs: readonly Cidr[], path = "cidr"): void {
  const pair = findOverlap(cidrs);
  if (!pair) return;
  const [outer, inner] = pair;
  const fix =
    outer.canonical === inner.canonical
      ? `each block listed once (${outer.text} and ${inner.text} are the same block)`
      : `non-overlapping blocks (${inner.text} lies inside ${outer.text}: drop one, or split ${outer.text} around it)`;
  throw new EdgeConfigError(path, `prefixes ${outer.text} and ${inner.text} overlap`, [outer.text, inner.text], fix);
}

/** Text of an address: dotted quad for IPv4, RFC 5952 for IPv6. */
export function formatAddress(family: 4 | 6, value: bigint): string {
  if (family === 4) {
    const n = Number(value);
    return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  }
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p) && Number(p) <= 255)) return undefined;
  return BigInt(parts.reduce((acc, p) => acc * 256 + Number(p), 0));
}

function parseIpv6(text: string): bigint | undefined {
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const parsed = halves.map((half, i) => parseHextets(half, i === halves.length - 1));
  const head = parsed[0];
  const tail = halves.length === 2 ? parsed[1] : [];
  if (head === undefined || tail === undefined) return undefined;
  const count = head.length + tail.length;
  if (halves.length === 2 ? count > 7 : count !== 8) return undefined;
  const words = [...head, ...new Array<number>(8 - count).fill(0), ...tail];
  return words.reduce((acc, w) => (acc << 16n) | BigInt(w), 0n);
}

/** Colon-separated 16-bit groups; the last group of the address may be a dotted quad. */
function parseHextets(half: string, endsAddress: boolean): number[] | undefined {
  if (half === "") return [];
  const groups = half.split(":");
  const words: number[] = [];
  for (const [i, group] of groups.entries()) {
    if (endsAddress && i === groups.length - 1 && group.includes(".")) {
      const v4 = parseIpv4(group);
      if (v4 === undefined) return undefined;
      words.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (HEXTET.test(group)) {
      words.push(parseInt(group, 16));
    } else {
      return undefined;
    }
  }
  return words;
}
