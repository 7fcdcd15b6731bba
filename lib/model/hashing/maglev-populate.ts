/**
 * The Maglev populate loop over flat arrays, in plain JavaScript. maglev-wasm.ts runs the same
 * loop as WebAssembly; both fill `slots` identically (test/model/hashing/maglev-wasm.test.ts).
 */

/** Inputs of the populate loop, one entry per backend with weight > 0, in name order. */
export interface PopulateInput {
  /** Table size M (prime). */
  readonly m: number;
  /** Next preferred slot of each backend (starts at its offset); advanced in place. */
  readonly position: Int32Array;
  /** Skip of each backend, 1 ≤ skip < M. */
  readonly skip: Int32Array;
  /** Index written into a claimed slot (the backend's index among all backends). */
  readonly backendIndex: Int32Array;
  /** Weights, or undefined when all are equal (every backend claims a slot each turn). */
  readonly weight: Float64Array | undefined;
  /** Largest weight (ignored when `weight` is undefined). */
  readonly maxWeight: number;
}

/** Marks an empty slot: every bit set. */
export function emptySlot(slots: Uint16Array | Uint32Array): number {
  return slots instanceof Uint16Array ? 0xffff : 0xffffffff;
}

/** Fills every slot of `slots` (length M), which must hold {@link emptySlot} everywhere. */
export function populateJs(input: PopulateInput, slots: Uint16Array | Uint32Array): void {
  if (input.weight === undefined) populateEqual(input, slots, emptySlot(slots));
  else populateWeighted(input, input.weight, slots, emptySlot(slots));
}

function populateEqual(input: PopulateInput, slots: Uint16Array | Uint32Array, empty: number): void {
  const { m, position, skip, backendIndex } = input;
  const n = position.length;
  let filled = 0;
  for (;;) {
    for (let a = 0; a < n; a++) {
      let p = position[a];
      const s = skip[a];
      while (slots[p] !== empty) {
        p += s;
        if (p >= m) p -= m;
      }
      slots[p] = backendIndex[a];
      p += s;
      position[a] = p >= m ? p - m : p;
      if (++filled === m) return;
    }
  }
}

function populateWeighted(input: PopulateInput, weight: Float64Array, slots: Uint16Array | Uint32Array, empty: number): void {
  const { m, position, skip, backendIndex, maxWeight } = input;
  const n = position.length;
  const credit = new Float64Array(n);
  let filled = 0;
  for (;;) {
    for (let a = 0; a < n; a++) {
      const c = credit[a] + weight[a];
      if (c < maxWeight) {
        credit[a] = c;
        continue;
      }
      credit[a] = c - maxWeight;
      let p = position[a];
      const s = skip[a];
      while (slots[p] !== empty) {
        p += s;
        if (p >= m) p -= m;
      }
      slots[p] = backendIndex[a];
      p += s;
      position[a] = p >= m ? p - m : p;
      if (++filled === m) return;
    }
  }
}
