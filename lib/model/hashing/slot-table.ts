import { EdgeConfigError } from "../../errors";

/** Largest table a ring or rendezvous hash is sampled into, and the most ring points. */
export const MAX_SAMPLED_TABLE_SIZE = 1 << 24;

/**
 * A lookup table of `tableSize` slots, each naming the backend that serves the flows
 * hashed to it. Maglev builds one directly; a ring or rendezvous hash yields one by
 * sampling `tableSize` evenly spaced points of the 32-bit hash space, so the same
 * balance and disruption metrics apply to all three.
 */
export interface SlotTable {
  readonly tableSize: number;
  /** Backend names in index order (sorted by name). */
  readonly backends: readonly string[];
  /** Backend weights in index order (0 = drained). */
  readonly weights: readonly number[];
  /** Backend index per slot. */
  readonly slots: Uint16Array | Uint32Array;
}

/** A slot array wide enough for `backendCount` indices. */
export function allocateSlots(tableSize: number, backendCount: number): Uint16Array | Uint32Array {
  return backendCount <= 0xffff ? new Uint16Array(tableSize) : new Uint32Array(tableSize);
}

/** The point of the 32-bit hash space that slot `j` of an `m`-slot table stands for. */
export function slotPoint(j: number, m: number): number {
  return ((j * 4294967296) / m) >>> 0;
}

/** Throws unless a sampled table size is an integer from 1 to 2^24 (it need not be prime). */
export function assertSampledTableSize(tableSize: number, path: string): void {
  if (!Number.isInteger(tableSize) || tableSize < 1 || tableSize > MAX_SAMPLED_TABLE_SIZE) {
    throw new EdgeConfigError(path, "table size is out of range", tableSize, `an integer from 1 to ${MAX_SAMPLED_TABLE_SIZE}`);
  }
}
