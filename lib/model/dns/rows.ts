/** Rows up to this long are insertion-sorted; longer ones merge-sorted. */
const SHORT_ROW = 40;

/**
 * Sorts each row start[p] … start[p + 1] − 1 by cost, then POP index, moving `pop` (and `ms`,
 * when it is a separate array) along. Rows arrive nearly sorted from most sources, where
 * insertion sort is linear; long shuffled rows (dense input) take a merge sort.
 */
export function sortRows(start: Int32Array, pop: Int32Array, cost: Float64Array, ms?: Float64Array): void {
  const prefixCount = start.length - 1;
  let longest = 0;
  for (let p = 0; p < prefixCount; p++) longest = Math.max(longest, start[p + 1] - start[p]);
  const scratch = new Int32Array(longest);
  const scratchCost = new Float64Array(longest);
  const scratchMs = new Float64Array(longest);
  const index = new Int32Array(longest);
  const indexScratch = new Int32Array(longest);
  for (let p = 0; p < prefixCount; p++) {
    const from = start[p];
    const to = start[p + 1];
    if (to - from <= SHORT_ROW) insertionSort(from, to, pop, cost, ms);
    else mergeSort(from, to, pop, cost, ms, index, indexScratch, scratch, scratchCost, scratchMs);
  }
}

function before(pop: Int32Array, cost: Float64Array, a: number, b: number): boolean {
  return cost[a] < cost[b] || (cost[a] === cost[b] && pop[a] < pop[b]);
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

/** Bottom-up merge sort of the row's positions, then one permutation pass. */
function mergeSort(
  from: number,
  to: number,
  pop: Int32Array,
  cost: Float64Array,
  ms: Float64Array | undefined,
  index: Int32Array,
  indexScratch: Int32Array,
  scratch: Int32Array,
  scratchCost: Float64Array,
  scratchMs: Float64Array,
): void {
  const n = to - from;
  let a = index;
  let b = indexScratch;
  for (let i = 0; i < n; i++) a[i] = from + i;
  for (let width = 1; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(left + width, n);
      const right = Math.min(left + 2 * width, n);
      let i = left;
      let j = mid;
      let out = left;
      while (i < mid && j < right) b[out++] = before(pop, cost, a[j], a[i]) ? a[j++] : a[i++];
      while (i < mid) b[out++] = a[i++];
      while (j < right) b[out++] = a[j++];
    }
    [a, b] = [b, a];
  }
  for (let i = 0; i < n; i++) {
    scratch[i] = pop[a[i]];
    scratchCost[i] = cost[a[i]];
    if (ms) scratchMs[i] = ms[a[i]];
  }
  pop.set(scratch.subarray(0, n), from);
  cost.set(scratchCost.subarray(0, n), from);
  if (ms) ms.set(scratchMs.subarray(0, n), from);
}
