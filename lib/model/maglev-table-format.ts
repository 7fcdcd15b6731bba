/**
 * EMGL v1: the byte format of the Maglev forwarding table every L4 node loads
 * (docs/maglev-table-format.md). Big-endian, no padding, no host-dependent sizes, so any
 * language reproduces it byte for byte; the table digest is SHA-256 over exactly these bytes.
 */
import { createHash } from "crypto";
import { EdgeConfigError } from "../errors";

export const EMGL_MAGIC = "EMGL";
export const EMGL_VERSION = 1;
/** Flag bit 0: the slot section is omitted (the node rebuilds it and checks the digest). */
export const EMGL_FLAG_SLOTS_OMITTED = 1;
/** Hash scheme 1: the library's weighted Maglev (`buildMaglevTable`). */
export const EMGL_SCHEME_MAGLEV_V1 = 1;
const HEADER_BYTES = 16;
const MAX_NAME_BYTES = 255;

/** One L7 backend as the table file stores it (index = position in the list). */
export interface EmglBackend {
  readonly name: string;
  /** IPv4 address of the L7 node (the tunnel endpoint). */
  readonly address: string;
  /** Maglev weight, finite and ≥ 0 (0 = drained: listed, no slot). */
  readonly weight: number;
}

/** A decoded EMGL file. */
export interface EmglTable {
  readonly tableSize: number;
  readonly backends: readonly EmglBackend[];
  /** Backend index per slot; absent when the file was the header-only form. */
  readonly slots?: Uint32Array;
}

/**
 * Encodes a table. `omitSlots` writes the header-only form (flag bit 0), which a node
 * completes by rebuilding the slots; the digest is always that of the complete form.
 */
export function encodeMaglevTable(table: { readonly tableSize: number; readonly backends: readonly EmglBackend[]; readonly slots: ArrayLike<number> }, options: { readonly omitSlots?: boolean } = {}): Uint8Array {
  const path = "encodeMaglevTable";
  const m = table.tableSize;
  const n = table.backends.length;
  if (table.slots.length !== m) throw new EdgeConfigError(path, "slot count differs from the table size", table.slots.length, `${m} slots`);
  const width = n <= 0xffff ? 2 : 4;
  const names = table.backends.map((b) => Buffer.from(b.name, "utf8"));
  for (const [i, name] of names.entries()) {
    if (name.length === 0 || name.length > MAX_NAME_BYTES) {
      throw new EdgeConfigError(path, "a backend name does not fit the table format", table.backends[i].name, `1 to ${MAX_NAME_BYTES} UTF-8 bytes`);
    }
  }
  const records = names.reduce((sum, name) => sum + 8 + 4 + 1 + name.length, 0);
  const slotBytes = options.omitSlots ? 0 : m * width;
  const out = Buffer.alloc(HEADER_BYTES + records + slotBytes);
  out.write(EMGL_MAGIC, 0, "ascii");
  out.writeUInt8(EMGL_VERSION, 4);
  out.writeUInt8(options.omitSlots ? EMGL_FLAG_SLOTS_OMITTED : 0, 5);
  out.writeUInt8(width, 6);
  out.writeUInt8(EMGL_SCHEME_MAGLEV_V1, 7);
  out.writeUInt32BE(m, 8);
  out.writeUInt32BE(n, 12);
  let at = HEADER_BYTES;
  table.backends.forEach((b, i) => {
    out.writeDoubleBE(b.weight, at);
    ipv4Bytes(path, b.address).forEach((octet, k) => out.writeUInt8(octet, at + 8 + k));
    out.writeUInt8(names[i].length, at + 12);
    names[i].copy(out, at + 13);
    at += 13 + names[i].length;
  });
  if (!options.omitSlots) {
    for (let j = 0; j < m; j++) {
      const index = table.slots[j];
      if (!(index < n)) throw new EdgeConfigError(path, `slot ${j} names no backend`, index, `an index below ${n}`);
      if (width === 2) out.writeUInt16BE(index, at + 2 * j);
      else out.writeUInt32BE(index, at + 4 * j);
    }
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** Decodes an EMGL v1 file (complete or header-only); throws on anything malformed. */
export function decodeMaglevTable(bytes: Uint8Array): EmglTable {
  const path = "decodeMaglevTable";
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (size: number, at: number, what: string) => {
    if (at + size > buf.length) throw new EdgeConfigError(path, `the file ends inside ${what}`, buf.length, `at least ${at + size} bytes`);
  };
  need(HEADER_BYTES, 0, "the header");
  if (buf.toString("ascii", 0, 4) !== EMGL_MAGIC) throw new EdgeConfigError(path, "not an EMGL file", buf.toString("hex", 0, 4), `magic "${EMGL_MAGIC}"`);
  const version = buf.readUInt8(4);
  if (version !== EMGL_VERSION) throw new EdgeConfigError(path, "unsupported EMGL version", version, `version ${EMGL_VERSION}`);
  const flags = buf.readUInt8(5);
  if ((flags & ~EMGL_FLAG_SLOTS_OMITTED) !== 0) throw new EdgeConfigError(path, "unknown flag bits", flags, "0 or 1");
  const width = buf.readUInt8(6);
  if (width !== 2 && width !== 4) throw new EdgeConfigError(path, "slot width is not 2 or 4 bytes", width, "2 or 4");
  const scheme = buf.readUInt8(7);
  if (scheme !== EMGL_SCHEME_MAGLEV_V1) throw new EdgeConfigError(path, "unknown hash scheme", scheme, `scheme ${EMGL_SCHEME_MAGLEV_V1}`);
  const m = buf.readUInt32BE(8);
  const n = buf.readUInt32BE(12);
  let at = HEADER_BYTES;
  const backends: EmglBackend[] = [];
  for (let i = 0; i < n; i++) {
    need(13, at, `backend ${i}`);
    const weight = buf.readDoubleBE(at);
    const address = [0, 1, 2, 3].map((k) => buf.readUInt8(at + 8 + k)).join(".");
    const length = buf.readUInt8(at + 12);
    need(length, at + 13, `backend ${i}'s name`);
    backends.push({ name: buf.toString("utf8", at + 13, at + 13 + length), address, weight });
    at += 13 + length;
  }
  if (flags & EMGL_FLAG_SLOTS_OMITTED) {
    if (at !== buf.length) throw new EdgeConfigError(path, "trailing bytes after a header-only table", buf.length - at, "0");
    return { tableSize: m, backends };
  }
  if (buf.length - at !== m * width) throw new EdgeConfigError(path, "slot section has the wrong length", buf.length - at, `${m * width} bytes (${m} slots × ${width})`);
  const slots = new Uint32Array(m);
  for (let j = 0; j < m; j++) slots[j] = width === 2 ? buf.readUInt16BE(at + 2 * j) : buf.readUInt32BE(at + 4 * j);
  return { tableSize: m, backends, slots };
}

/** SHA-256 (hex) over exactly the bytes given: the digest nodes check a loaded table against. */
export function tableDigest(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function ipv4Bytes(path: string, address: string): number[] {
  const parts = address.split(".");
  const octets = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  if (parts.length !== 4 || octets.some((o) => !(o <= 255))) {
    throw new EdgeConfigError(path, "a backend address is not an IPv4 address", address, "a dotted-quad IPv4 address");
  }
  return octets;
}
