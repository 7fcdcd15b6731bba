import { EdgeConfigError } from "../../errors";
import { HashBackend, sortBackends } from "./backends";
import { flowHash, murmur3_32 } from "./hash";
import { allocateSlots, assertSampledTableSize, MAX_SAMPLED_TABLE_SIZE, SlotTable, slotPoint } from "./slot-table";
import { validateHashBackends } from "../../validation/model-entry";

/** Seed of the hash that places a ring's virtual nodes. */
export const RING_SEED = 0x5bd1e995;
/** Virtual nodes per backend unless told otherwise. */
export const DEFAULT_VNODES = 100;
const HASH_SPACE = 4294967296;
/** Backend index bits packed under a 32-bit position in one exactly sortable double. */
const INDEX_SPACE = 1 << 21;

/** Options of {@link buildHashRing}. */
export interface HashRingOptions {
  /**
   * Virtual nodes of the heaviest backend; a backend of weight w gets
   * max(1, round(vnodes × w / max weight)), and weight 0 gets none.
   * @default 100
   */
  readonly vnodes?: number;
  /**
   * Construct path or caller named in errors.
   * @default "ring"
   */
  readonly path?: string;
}

/** A consistent-hash ring (Karger et al.): each flow goes to the next virtual node clockwise. */
export interface HashRing {
  readonly backends: readonly string[];
  readonly weights: readonly number[];
  /** Virtual node positions in the 32-bit hash space, ascending. */
  readonly points: Uint32Array;
  /** Backend index per virtual node, parallel to `points`. */
  readonly owners: Uint32Array;
  /** The backend that serves `flowKey`. */
  lookup(flowKey: string): string;
  /** The ring sampled at `tableSize` evenly spaced points, for comparison with Maglev. */
  toSlotTable(tableSize: number): SlotTable;
  /** Exact fraction of the hash space each backend owns, in index order. */
  arcShares(): number[];
}

/**
 * Builds a ring with virtual node `v` of backend `name` at `murmur3_32(name + "#" + v, RING_SEED)`.
 * Positions that collide are ordered by backend name; a flow at hash h goes to the first
 * virtual node at a position ≥ h, wrapping around to the lowest.
 */
export function buildHashRing(backends: readonly HashBackend[], options: HashRingOptions = {}): HashRing {
  validateHashBackends(options?.path ?? "ring", backends, options);
  const path = options.path ?? "ring";
  const vnodes = options.vnodes ?? DEFAULT_VNODES;
  const { names, weights } = sortBackends(backends, path);
  if (!Number.isInteger(vnodes) || vnodes < 1) {
    throw new EdgeConfigError(path, "vnodes is not a positive integer", vnodes, "an integer ≥ 1, typically 100 to 1000");
  }
  if (names.length > INDEX_SPACE) {
    throw new EdgeConfigError(path, "too many backends for a ring", names.length, `at most ${INDEX_SPACE} backends`);
  }
  const maxWeight = weights.reduce((a, b) => Math.max(a, b), 0);
  const counts = weights.map((w) => (w === 0 ? 0 : Math.max(1, Math.round((vnodes * w) / maxWeight))));
  const total = counts.reduce((a, b) => a + b, 0);
  if (total > MAX_SAMPLED_TABLE_SIZE) {
    throw new EdgeConfigError(path, "the ring would hold too many virtual nodes", total, `at most ${MAX_SAMPLED_TABLE_SIZE} virtual nodes in all (fewer vnodes or backends)`);
  }

  const keys = new Float64Array(total);
  let k = 0;
  for (let i = 0; i < names.length; i++) {
    for (let v = 0; v < counts[i]; v++) {
      keys[k++] = murmur3_32(`${names[i]}#${v}`, RING_SEED) * INDEX_SPACE + i;
    }
  }
  keys.sort();
  const points = new Uint32Array(total);
  const owners = new Uint32Array(total);
  for (let j = 0; j < total; j++) {
    const index = keys[j] % INDEX_SPACE;
    points[j] = (keys[j] - index) / INDEX_SPACE;
    owners[j] = index;
  }

  const ownerAt = (h: number): number => {
    let lo = 0;
    let hi = total;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (points[mid] < h) lo = mid + 1;
      else hi = mid;
    }
    return owners[lo === total ? 0 : lo];
  };

  return {
    backends: names,
    weights,
    points,
    owners,
    lookup: (flowKey) => names[ownerAt(flowHash(flowKey))],
    toSlotTable: (tableSize) => {
      assertSampledTableSize(tableSize, path);
      const slots = allocateSlots(tableSize, names.length);
      let next = 0;
      for (let j = 0; j < tableSize; j++) {
        const h = slotPoint(j, tableSize);
        while (next < total && points[next] < h) next++;
        slots[j] = owners[next === total ? 0 : next];
      }
      return { tableSize, backends: names, weights, slots };
    },
    arcShares: () => {
      const owned = new Array<number>(names.length).fill(0);
      for (let j = 0; j < total; j++) {
        owned[owners[j]] += j === 0 ? points[0] + HASH_SPACE - points[total - 1] : points[j] - points[j - 1];
      }
      return owned.map((o) => o / HASH_SPACE);
    },
  };
}
