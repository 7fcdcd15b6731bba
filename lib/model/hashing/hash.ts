import { validateHashInput } from "../../validation/model-entry";
/**
 * Deterministic 32-bit string hashes over the UTF-8 bytes of a string, built on
 * `Math.imul` so they cost a few nanoseconds per byte and match the C reference
 * implementations bit for bit (a Go or C data plane can reproduce every table).
 */

/** Seed of the murmur3 hash that gives each Maglev backend its skip. */
export const SKIP_SEED = 0;
/** Seed of the murmur3 hash that places a flow key (5-tuple string) in the hash space. */
export const FLOW_SEED = 0x9747b28c;

// Global lookups (`Math.imul`) are ~100× slower inside jest's vm sandbox, where users
// test their stacks; a module-level binding keeps hot loops fast everywhere.
const imul = Math.imul;
const encoder = new TextEncoder();
let scratch = new Uint8Array(256);

/** Writes the UTF-8 bytes of `s` into `scratch` and returns their count. */
function encodeUtf8(s: string): number {
  const n = s.length;
  if (scratch.length < n * 3) scratch = new Uint8Array(n * 3 + 64);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return encoder.encodeInto(s, scratch).written;
    scratch[i] = c;
  }
  return n;
}

/** FNV-1a, 32-bit (offset basis 0x811c9dc5, prime 0x01000193). */
export function fnv1a32(s: string): number {
  validateHashInput("fnv1a32", s);
  const ascii = fnv1a32Ascii(s);
  if (ascii >= 0) return ascii;
  const n = encodeUtf8(s);
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) {
    h ^= scratch[i];
    h = imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** fnv1a32 of an ASCII string straight from its char codes (its UTF-8 bytes), or −1 for any other string. */
function fnv1a32Ascii(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return -1;
    h ^= c;
    h = imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The murmur3 finalizer: a bijection on 32-bit integers with full avalanche. */
export function fmix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MurmurHash3's scramble of one 4-byte block (or of the tail bytes). */
function scramble(k: number): number {
  k = imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  return imul(k, 0x1b873593);
}

/** MurmurHash3's state after mixing in one 4-byte block. */
function mixBlock(h: number, k: number): number {
  h ^= scramble(k);
  h = (h << 13) | (h >>> 19);
  return (imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3 x86_32 (Austin Appleby's reference). */
export function murmur3_32(s: string, seed = 0): number {
  validateHashInput("murmur3_32", s, seed);
  const ascii = murmur3Ascii(s, seed);
  if (ascii >= 0) return ascii;
  const n = encodeUtf8(s);
  const bytes = scratch;
  let h = seed | 0;
  const blocks = n & ~3;
  for (let i = 0; i < blocks; i += 4) h = mixBlock(h, bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
  const tail = n & 3;
  if (tail > 0) {
    let k = bytes[blocks];
    if (tail > 1) k |= bytes[blocks + 1] << 8;
    if (tail > 2) k |= bytes[blocks + 2] << 16;
    h ^= scramble(k);
  }
  return fmix32(h ^ n);
}

/** murmur3_32 of an ASCII string straight from its char codes (its UTF-8 bytes), or −1 for any other string. */
function murmur3Ascii(s: string, seed: number): number {
  const n = s.length;
  let h = seed | 0;
  let high = 0;
  const blocks = n & ~3;
  for (let i = 0; i < blocks; i += 4) {
    const b0 = s.charCodeAt(i);
    const b1 = s.charCodeAt(i + 1);
    const b2 = s.charCodeAt(i + 2);
    const b3 = s.charCodeAt(i + 3);
    high |= b0 | b1 | b2 | b3;
    h = mixBlock(h, b0 | (b1 << 8) | (b2 << 16) | (b3 << 24));
  }
  const tail = n & 3;
  if (tail > 0) {
    const b0 = s.charCodeAt(blocks);
    const b1 = tail > 1 ? s.charCodeAt(blocks + 1) : 0;
    const b2 = tail > 2 ? s.charCodeAt(blocks + 2) : 0;
    high |= b0 | b1 | b2;
    h ^= scramble(b0 | (b1 << 8) | (b2 << 16));
  }
  // Every char code OR-ed together: one ≥ 0x80 means the bytes were not the char codes.
  if (high >= 0x80) return -1;
  return fmix32(h ^ n);
}

/** Where a flow key lands in the 32-bit hash space; every algorithm here uses it. */
export function flowHash(flowKey: string): number {
  return murmur3_32(flowKey, FLOW_SEED);
}
