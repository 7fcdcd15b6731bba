/**
 * A latency matrix read once into flat rows: rows in the table's key order, each row's entries
 * in its own order, POPs as indices into `pops` (names in the order first met). EdgePlatform's
 * door check reads the table this way and its DNS map and record use the result, instead of
 * walking thousands of row objects three more times (a walk of a 2,000 × 8 table costs about
 * 0.5 ms inside a synth, where the rows are no longer in cache).
 */
export interface ReadLatency {
  readonly cidrs: readonly string[];
  readonly pops: readonly string[];
  /** Row i's entries: rowStart[i] … rowStart[i + 1] − 1. */
  readonly rowStart: Int32Array;
  readonly pop: Int32Array;
  readonly ms: Float64Array;
}

/**
 * Reads a table whose rows are objects of numbers; undefined for anything else (an array, a row
 * that is not an object, a value that is not a number), which the caller's shape checks word.
 */
export function readLatencyTable(table: unknown): ReadLatency | undefined {
  if (!isPlainObject(table)) return undefined;
  const rows = table as Record<string, unknown>;
  const cidrs = Object.keys(rows);
  const rowStart = new Int32Array(cidrs.length + 1);
  const popIndex = new Map<string, number>();
  const pops: string[] = [];
  // Rows mostly name the same POPs in the same order: the name last seen at each place is tried first.
  const placeName: string[] = [];
  const placeIndex: number[] = [];
  // Sized for every row as wide as the first, grown if one is wider.
  const first = cidrs.length > 0 ? rows[cidrs[0]] : undefined;
  const width = isPlainObject(first) ? Object.keys(first as object).length : 0;
  let pop: Int32Array = new Int32Array(Math.max(16, cidrs.length * width));
  let ms: Float64Array = new Float64Array(pop.length);
  let at = 0;
  for (let i = 0; i < cidrs.length; i++) {
    const row = rows[cidrs[i]];
    if (!isPlainObject(row)) return undefined;
    const cells = row as Record<string, unknown>;
    let place = 0;
    for (const name in cells) {
      const value = cells[name];
      if (typeof value !== "number") return undefined;
      let k: number;
      if (placeName[place] === name) {
        k = placeIndex[place];
      } else {
        k = popIndex.get(name) ?? -1;
        if (k < 0) {
          k = pops.length;
          pops.push(name);
          popIndex.set(name, k);
        }
        placeName[place] = name;
        placeIndex[place] = k;
      }
      if (at === pop.length) [pop, ms] = grown(pop, ms, at * 2);
      pop[at] = k;
      ms[at++] = value;
      place++;
    }
    rowStart[i + 1] = at;
  }
  return { cidrs, pops, rowStart, pop: pop.subarray(0, at), ms: ms.subarray(0, at) };
}

function isPlainObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function grown(pop: Int32Array, ms: Float64Array, size: number): [Int32Array, Float64Array] {
  const morePop = new Int32Array(size);
  const moreMs = new Float64Array(size);
  morePop.set(pop);
  moreMs.set(ms);
  return [morePop, moreMs];
}
