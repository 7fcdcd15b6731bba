import { EdgeConfigError } from "../errors";
import { buildMaglevTable } from "./hashing/maglev";
import { validateForwardingTableArgs } from "../validation/model-entry";
import { encodeMaglevTable, tableDigest } from "./maglev-table-format";

/** The Maglev table every L4 node of a fleet loads, in EMGL v1 bytes, with their digest. */
export interface ForwardingTable {
  readonly tableSize: number;
  readonly backends: readonly { readonly name: string; readonly address: string; readonly weight: number }[];
  /** Backend index per slot. */
  readonly slots: ArrayLike<number>;
  /** The whole table in EMGL v1 (docs/maglev-table-format.md). */
  readonly bytes: Uint8Array;
  /** The header-only EMGL form (M, backends, weights): what a node rebuilds the slots from. */
  readonly headerBytes: Uint8Array;
  /** SHA-256 (hex) of `bytes`: equal digests mean byte-identical tables. */
  readonly digest: string;
}

/** Builds the fleet's forwarding table (weighted Maglev over the L7 backends). */
export function buildForwardingTable(
  backends: readonly { readonly name: string; readonly address: string; readonly weight: number }[],
  tableSize: number,
  path: string,
): ForwardingTable {
  validateForwardingTableArgs(path, backends, tableSize);
  if (backends.length === 0) {
    throw new EdgeConfigError(path, "the L4 tier has no L7 backends to hash flows to", 0, "one or more l7Backends { name, address, weight? }");
  }
  const table = buildMaglevTable(backends.map((b) => ({ name: b.name, weight: b.weight })), { tableSize, path });
  const byName = new Map(backends.map((b) => [b.name, b]));
  const ordered = table.backends.map((name) => {
    const b = byName.get(name)!;
    return { name: b.name, address: b.address, weight: b.weight };
  });
  const contents = { tableSize: table.tableSize, backends: ordered, slots: table.slots };
  const bytes = encodeMaglevTable(contents);
  const headerBytes = encodeMaglevTable(contents, { omitSlots: true });
  return { tableSize: table.tableSize, backends: ordered, slots: table.slots, bytes, headerBytes, digest: tableDigest(bytes) };
}
