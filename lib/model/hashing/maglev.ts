import { EdgeConfigError } from "../../errors";
import { HashBackend, sortBackends } from "./backends";
import { flowHash, fnv1a32, murmur3_32, SKIP_SEED } from "./hash";
import { isPrime, nextPrime, previousPrime } from "./primes";
import { emptySlot, populateJs, PopulateInput } from "./maglev-populate";
import { populateWasm, wasmAvailable } from "./maglev-wasm";
import { allocateSlots, SlotTable } from "./slot-table";
import { validateHashBackends } from "../../validation/model-entry";

/** Katran's and the Maglev paper's table size. */
export const DEFAULT_MAGLEV_TABLE_SIZE = 65537;
/** Largest accepted table size (2^24): 64 MiB of slots at most. */
export const MAX_MAGLEV_TABLE_SIZE = 16777216;

/** Options of {@link buildMaglevTable}. */
export interface MaglevOptions {
  /**
   * Number of slots M; must be prime. Keep M > 100 × backends for a spread under 1 %.
   * @default 65537
   */
  readonly tableSize?: number;
  /**
   * Construct path or caller named in errors.
   * @default "maglev"
   */
  readonly path?: string;
}

/** A built Maglev lookup table. */
export interface MaglevTable extends SlotTable {
  /** The backend that serves `flowKey` (e.g. "tcp 198.51.100.7:50123 203.0.113.1:443"). */
  lookup(flowKey: string): string;
}

/**
 * Builds a weighted Maglev table (Eisenbud et al., NSDI 2016, §3.4; weights as in Katran's
 * `MaglevHashV2`). Backend i has `offset = fnv1a32(name) mod M` and
 * `skip = murmur3_32(name, SKIP_SEED) mod (M − 1) + 1`, so its preference list
 * `offset, offset + skip, offset + 2·skip, … (mod M)` visits every slot once (M prime).
 * Backends take turns in name order; each adds its weight to a running total and, when the
 * total reaches the largest weight, subtracts it and claims its next preferred empty slot.
 * Unweighted, every backend ends with ⌊M/N⌋ or ⌈M/N⌉ slots; weighted, slot counts follow
 * the weights; weight 0 gets no slot. Flows map to `slots[flowHash(key) mod M]`.
 */
export function buildMaglevTable(backends: readonly HashBackend[], options: MaglevOptions = {}): MaglevTable {
  validateHashBackends(options?.path ?? "maglev", backends, options);
  const path = options.path ?? "maglev";
  const m = options.tableSize ?? DEFAULT_MAGLEV_TABLE_SIZE;
  const { names, weights } = sortBackends(backends, path);
  let n = 0;
  for (const w of weights) if (w > 0) n++;
  assertTableSize(m, n, path);

  const backendIndex = new Int32Array(n);
  const weight = new Float64Array(n);
  const position = new Int32Array(n);
  const skip = new Int32Array(n);
  let maxWeight = 0;
  let equal = true;
  for (let i = 0, a = 0; i < weights.length; i++) {
    if (!(weights[i] > 0)) continue;
    const name = names[i];
    backendIndex[a] = i;
    weight[a] = weights[i];
    if (a > 0 && weights[i] !== weight[0]) equal = false;
    if (weights[i] > maxWeight) maxWeight = weights[i];
    position[a] = fnv1a32(name) % m;
    skip[a] = (murmur3_32(name, SKIP_SEED) % (m - 1)) + 1;
    a++;
  }
  const input: PopulateInput = { m, position, skip, backendIndex, weight: equal ? undefined : weight, maxWeight };
  const slots = populate(input, names.length);

  return {
    tableSize: m,
    backends: names,
    weights,
    slots,
    lookup: (flowKey: string) => names[slots[flowHash(flowKey) % m]],
  };
}

/** WebAssembly where it runs and the indices fit 16 bits; the same loop in JavaScript otherwise. */
function populate(input: PopulateInput, backendCount: number): Uint16Array | Uint32Array {
  if (wasmAvailable && backendCount <= 0xffff) return populateWasm(input);
  const slots = allocateSlots(input.m, backendCount);
  slots.fill(emptySlot(slots));
  populateJs(input, slots);
  return slots;
}

function assertTableSize(m: number, activeBackends: number, path: string): void {
  if (!Number.isInteger(m) || m < 2 || m > MAX_MAGLEV_TABLE_SIZE) {
    throw new EdgeConfigError(path, "table size is out of range", m, `a prime from 2 to ${MAX_MAGLEV_TABLE_SIZE}, e.g. ${DEFAULT_MAGLEV_TABLE_SIZE}`);
  }
  if (!isPrime(m)) {
    const below = previousPrime(m);
    const above = nextPrime(m);
    throw new EdgeConfigError(
      path,
      "table size is not prime",
      m,
      `a prime table size, e.g. ${above} (nearest primes: ${below} below, ${above} above)`,
    );
  }
  if (m < activeBackends) {
    const suggestion = nextPrime(100 * activeBackends);
    throw new EdgeConfigError(
      path,
      `table size is smaller than the ${activeBackends} backends with weight > 0`,
      m,
      `a prime ≥ ${activeBackends}, ideally > 100 × backends (e.g. ${suggestion})`,
    );
  }
}
