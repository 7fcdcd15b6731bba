import { HashBackend, sortBackends } from "./backends";
import { flowHash, fmix32, murmur3_32 } from "./hash";
import { allocateSlots, assertSampledTableSize, SlotTable, slotPoint } from "./slot-table";
import { validateHashBackends } from "../../validation/model-entry";

const log = Math.log;

/** Seed of the hash of each rendezvous backend's name. */
export const RENDEZVOUS_SEED = 0x1b873593;

/** Options of {@link buildRendezvous}. */
export interface RendezvousOptions {
  /**
   * Construct path or caller named in errors.
   * @default "rendezvous"
   */
  readonly path?: string;
}

/** Highest-random-weight hashing (Thaler & Ravishankar): O(N) per lookup, no table. */
export interface Rendezvous {
  readonly backends: readonly string[];
  readonly weights: readonly number[];
  /** The backend that serves `flowKey`. */
  lookup(flowKey: string): string;
  /** Lookups of `tableSize` evenly spaced flow hashes, for comparison with Maglev. */
  toSlotTable(tableSize: number): SlotTable;
}

/**
 * Builds a rendezvous hash. A flow with hash h scores `s = fmix32(h xor murmur3_32(name))`
 * on each backend with weight > 0 and goes to the highest score. With unequal weights the
 * score is `w / −ln((s + ½) / 2³²)` (logarithmic weighted HRW), which gives each backend a
 * share w / Σw. Ties go to the backend first by name.
 */
export function buildRendezvous(backends: readonly HashBackend[], options: RendezvousOptions = {}): Rendezvous {
  validateHashBackends(options?.path ?? "rendezvous", backends, options);
  const path = options.path ?? "rendezvous";
  const { names, weights } = sortBackends(backends, path);
  const active = weights.flatMap((w, i) => (w > 0 ? [i] : []));
  const seeds = Int32Array.from(active, (i) => murmur3_32(names[i], RENDEZVOUS_SEED));
  const weight = Float64Array.from(active, (i) => weights[i]);
  const weighted = weight.some((w) => w !== weight[0]);
  const n = active.length;

  const pickUnweighted = (h: number): number => {
    let best = 0;
    let bestScore = -1;
    for (let a = 0; a < n; a++) {
      const score = fmix32(h ^ seeds[a]);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    return active[best];
  };
  const pickWeighted = (h: number): number => {
    let best = 0;
    let bestScore = 0;
    for (let a = 0; a < n; a++) {
      const score = weight[a] / -log((fmix32(h ^ seeds[a]) + 0.5) / 4294967296);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    return active[best];
  };
  const pick = weighted ? pickWeighted : pickUnweighted;

  return {
    backends: names,
    weights,
    lookup: (flowKey) => names[pick(flowHash(flowKey))],
    toSlotTable: (tableSize) => {
      assertSampledTableSize(tableSize, path);
      const slots = allocateSlots(tableSize, names.length);
      for (let j = 0; j < tableSize; j++) slots[j] = pick(slotPoint(j, tableSize));
      return { tableSize, backends: names, weights, slots };
    },
  };
}
