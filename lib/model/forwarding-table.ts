import { createHash } from "crypto";
import { EdgeConfigError } from "../errors";
import { buildMaglevTable } from "./hashing/maglev";
import { validateForwardingTableArgs } from "../validation/model-entry";

/** The Maglev table every L4 node of a fleet loads, with a digest nodes check it against. */
export interface ForwardingTable {
  readonly tableSize: number;
  readonly backends: readonly { readonly name: string; readonly address: string; readonly weight: number }[];
  /** Backend index per slot. */
  readonly slots: ArrayLike<number>;
  /** SHA-256 (hex) of the backend list and the slots: equal digests mean equal tables. */
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
  const ordered = table.backends.map((name) => byName.get(name)!);
  const hash = createHash("sha256");
  hash.update(JSON.stringify(ordered));
  hash.update(Buffer.from(table.slots.buffer, table.slots.byteOffset, table.slots.byteLength));
  return { tableSize: table.tableSize, backends: ordered, slots: table.slots, digest: hash.digest("hex") };
}
