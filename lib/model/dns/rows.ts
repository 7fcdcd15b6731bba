/** Rows up to this long are insertion-sorted; longer ones merge-sorted. */
const SHORT_ROW = 40;
/** Length of the insertion-sorted runs a merge sort starts from. */
const RUN = 8;

/**
 * Sorts each row start[p] … start[p + 1] − 1 by cost, then POP index, moving `pop` (and `ms`,
 * when it is a separate array) along. Rows arrive nearly sorted from most sources, where
 * insertion sort is linear; long shuffled rows (dense input) take a merge sort.
 */
export function sortRows(start: Int32Array, pop: Int32Array, cost: Float64Array, ms?: Float64Array): void {
  const prefixCount = start.length - 1;
  let longest = 0;
  for (let p = 0; p < prefixCount; p++) longest = Math.max(longest, start[p + 1] - start[p]);
  const a = rowBuffer(longest);
  const b = rowBuffer(longest);
  for (let p = 0; p < prefixCount; p++) {
    const from = start[p];
    const to = start[p + 1];
    if (to - from <= SHORT_ROW) insertionSort(from, to, pop, cost, ms);
    else mergeSort(from, to, pop, cost, ms, a, b);
  }
}

function insertionSort(from: number, to: number, pop: Int32Array, cost: Float64Array, ms?: Float64Array): void {
  for (let i = from + 1; i < to; i++) {
    const k = pop[i];
    const c = cost[i];
    const m = ms ? ms[i] : 0;
    let j = i;
    while (j > from && (cost[j - 1] > c || (cost[j - 1] === c && pop[j - 1] > k))) {
      pop[j] = pop[j - 1];
      cost[j] = cost[j - 1];
      if (ms) ms[j] = ms[j - 1];
      j--;
    }
    pop[j] = k;
    cost[j] = c;
    if (ms) ms[j] = m;
  }
}

/** A row's entries side by side: the merge sort's two buffers. */
interface RowBuffer {
  readonly pop: Int32Array;
  readonly cost: Float64Array;
  readonly ms: Float64Array;
}

function rowBuffer(length: number): RowBuffer {
  return { pop: new Int32Array(length), cost: new Float64Array(length), ms: new Float64Array(length) };
}

/**
 * Bottom-up merge sort: runs of RUN entries insertion-sorted in place, then merged back and
 * forth between two buffers, entries moved whole (no index to chase), and copied back once.
 */
function mergeSort(from: number, to: number, pop: Int32Array, cost: Float64Array, ms: Float64Array | undefined, a: RowBuffer, b: RowBuffer): void {
  const n = to - from;
  for (let run = from; run < to; run += RUN) insertionSort(run, Math.min(run + RUN, to), pop, cost, ms);
  a.pop.set(pop.subarray(from, to));
  a.cost.set(cost.subarray(from, to));
  if (ms) a.ms.set(ms.subarray(from, to));
  let source = a;
  let target = b;
  for (let width = RUN; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) merge(source, target, left, Math.min(left + width, n), Math.min(left + 2 * width, n), ms !== undefined);
    [source, target] = [target, source];
  }
  pop.set(source.pop.subarray(0, n), from);
  cost.set(source.cost.subarray(0, n), from);
  if (ms) ms.set(source.ms.subarray(0, n), from);
}

/** Merges the sorted runs left … mid − 1 and mid … right − 1 of `source` into `target`. */
function merge(source: RowBuffer, target: RowBuffer, left: number, mid: number, right: number, withMs: boolean): void {
  const { pop, cost, ms } = source;
  let i = left;
  let j = mid;
  for (let out = left; out < right; out++) {
    const fromRight = i === mid || (j < right && (cost[j] < cost[i] || (cost[j] === cost[i] && pop[j] < pop[i])));
    const e = fromRight ? j++ : i++;
    target.pop[out] = pop[e];
    target.cost[out] = cost[e];
    if (withMs) target.ms[out] = ms[e];
  }
}
