/**
 * The order regret greedy takes prefixes in: higher regret first, then larger demand, then lower
 * index — a total order. Worked out by a stable radix sort on the bits of the regrets instead of
 * a heap's comparisons: 2,000 heap pops cost more than the rest of a regret pass.
 */

/** A prefix order with each prefix's place in it. */
interface TieOrder {
  /** Prefixes by demand descending, then index. */
  readonly order: Int32Array;
  /** Place of each prefix in `order`: the regret order's tie-break. */
  readonly rank: Int32Array;
}

const tieOrders = new WeakMap<Float64Array, TieOrder>();

/** Prefixes by (demand descending, index ascending), once per demand array. */
export function tieOrder(demand: Float64Array): TieOrder {
  let tie = tieOrders.get(demand);
  if (!tie) {
    const identity = new Int32Array(demand.length);
    for (let p = 0; p < identity.length; p++) identity[p] = p;
    const order = stableByValueDescending(demand, identity);
    const rank = new Int32Array(order.length);
    for (let place = 0; place < order.length; place++) rank[order[place]] = place;
    tie = { order, rank };
    tieOrders.set(demand, tie);
  }
  return tie;
}

/** Prefixes in the regret order, as popping a heap of them all would give. */
export function regretOrder(regret: Float64Array, tie: TieOrder): Int32Array {
  return stableByValueDescending(regret, tie.order);
}

/** Whether (a, regretA) comes before (b, regretB) in the regret order; `rank` from tieOrder. */
export function regretBefore(rank: Int32Array, a: number, regretA: number, b: number, regretB: number): boolean {
  return regretA !== regretB ? regretA > regretB : rank[a] < rank[b];
}

/**
 * `sequence` (indices into `values`) stably sorted by value, highest first. Values are ≥ 0 or
 * +∞, never NaN, and −0 counts as 0 (as === has it): the bits of such a double, read as an
 * unsigned integer, order it, so an LSD radix sort on them, a byte at a time, sorts it. Bytes
 * where all values agree (the low bytes of whole numbers) are skipped.
 */
function stableByValueDescending(values: Float64Array, sequence: Int32Array): Int32Array {
  const n = sequence.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = values[sequence[i]] === 0 ? 0 : values[sequence[i]];
  const words = new Uint32Array(keys.buffer);
  let from = Int32Array.from(sequence);
  let fromKeys = words;
  let to = new Int32Array(n);
  let toKeys = new Uint32Array(2 * n);
  const count = new Int32Array(257);
  // Little-endian words: byte b of the 64-bit key is in word 2i + (b ≥ 4), shifted 8 · (b mod 4).
  const wordOf = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? (b: number) => b >> 2 : (b: number) => 1 - (b >> 2);
  for (let byte = 0; byte < 8; byte++) {
    const word = wordOf(byte);
    const shift = 8 * (byte & 3);
    count.fill(0);
    // Descending: the complement of the byte.
    for (let i = 0; i < n; i++) count[256 - ((fromKeys[2 * i + word] >>> shift) & 255)]++;
    if (count.includes(n)) continue;
    for (let d = 0; d < 256; d++) count[d + 1] += count[d];
    for (let i = 0; i < n; i++) {
      const at = count[255 - ((fromKeys[2 * i + word] >>> shift) & 255)]++;
      to[at] = from[i];
      toKeys[2 * at] = fromKeys[2 * i];
      toKeys[2 * at + 1] = fromKeys[2 * i + 1];
    }
    [from, to] = [to, from];
    [fromKeys, toKeys] = [toKeys, fromKeys];
  }
  return from;
}
