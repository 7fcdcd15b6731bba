import { fnv1a32, murmur3_32, SKIP_SEED } from "../../../lib/model/hashing/hash";
import { buildMaglevTable } from "../../../lib/model/hashing/maglev";
import { populateJs, PopulateInput } from "../../../lib/model/hashing/maglev-populate";
import { populateWasm, wasmAvailable } from "../../../lib/model/hashing/maglev-wasm";
import { nextPrime } from "../../../lib/model/hashing/primes";
import { seededRandom } from "../support/random";

/** The populate loop as it was before the WebAssembly version: the yardstick for both engines. */
function originalLoop(names: string[], weights: number[], m: number): Uint16Array {
  const active = weights.flatMap((w, i) => (w > 0 ? [i] : []));
  const weight = Float64Array.from(active, (i) => weights[i]);
  const maxWeight = Math.max(...weight);
  const position = Int32Array.from(active, (i) => fnv1a32(names[i]) % m);
  const skip = Int32Array.from(active, (i) => (murmur3_32(names[i], SKIP_SEED) % (m - 1)) + 1);
  const slots = new Uint16Array(m).fill(0xffff);
  const credit = new Float64Array(active.length);
  let filled = 0;
  while (filled < m) {
    for (let a = 0; a < active.length && filled < m; a++) {
      credit[a] += weight[a];
      if (credit[a] < maxWeight) continue;
      credit[a] -= maxWeight;
      let p = position[a];
      while (slots[p] !== 0xffff) p = (p + skip[a]) % m;
      slots[p] = active[a];
      position[a] = (p + skip[a]) % m;
      filled++;
    }
  }
  return slots;
}

function inputFor(names: string[], weights: number[], m: number, equal: boolean): PopulateInput {
  const active = weights.flatMap((w, i) => (w > 0 ? [i] : []));
  const weight = Float64Array.from(active, (i) => weights[i]);
  return {
    m,
    position: Int32Array.from(active, (i) => fnv1a32(names[i]) % m),
    skip: Int32Array.from(active, (i) => (murmur3_32(names[i], SKIP_SEED) % (m - 1)) + 1),
    backendIndex: Int32Array.from(active),
    weight: equal ? undefined : weight,
    maxWeight: Math.max(...weight),
  };
}

/** "none", or where two tables first differ (a readable failure without diffing 65,537 slots). */
function firstDifference(actual: Uint16Array | Uint32Array, expected: Uint16Array): string {
  if (actual.length !== expected.length) return `length ${actual.length} vs ${expected.length}`;
  if (Buffer.from(actual.buffer, actual.byteOffset, actual.byteLength).equals(Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength))) return "none";
  const j = actual.findIndex((v, i) => v !== expected[i]);
  return `slot ${j}: ${actual[j]} vs ${expected[j]}`;
}

const cases: { label: string; n: number; m: number; weight: (i: number, random: () => number) => number }[] = [
  { label: "1000 equal backends, M = 65537", n: 1000, m: 65537, weight: () => 1 },
  { label: "1000 backends weighted 1 + i mod 4, M = 65537", n: 1000, m: 65537, weight: (i) => 1 + (i % 4) },
  { label: "37 backends with fractional weights and drained ones, M = 4099", n: 37, m: 4099, weight: (i, r) => (i % 7 === 0 ? 0 : r() * 3) },
  { label: "3 backends, M = 7", n: 3, m: 7, weight: (i) => i + 1 },
  { label: "500 backends, weights 0.1 and 10, M = 50021", n: 500, m: 50021, weight: (i) => (i % 2 ? 0.1 : 10) },
];

describe("Maglev populate: WebAssembly, JavaScript and the original loop build identical tables", () => {
  test("WebAssembly runs here (else buildMaglevTable falls back to JavaScript)", () => {
    expect(wasmAvailable).toBe(true);
  });

  test.each(cases)("$label", ({ n, m, weight }) => {
    const random = seededRandom(n * 7919 + m);
    const names = Array.from({ length: n }, (_, i) => `pop-${String(i).padStart(5, "0")}`);
    const weights = names.map((_, i) => weight(i, random));
    const expected = originalLoop(names, weights, m);
    const equal = weights.every((w) => w === weights[0]);

    const js = new Uint16Array(m).fill(0xffff);
    populateJs(inputFor(names, weights, m, equal), js);
    const jsCredit = new Uint16Array(m).fill(0xffff);
    populateJs(inputFor(names, weights, m, false), jsCredit);

    expect(firstDifference(js, expected)).toBe("none");
    expect(firstDifference(jsCredit, expected)).toBe("none");
    expect(firstDifference(populateWasm(inputFor(names, weights, m, equal)), expected)).toBe("none");
    expect(firstDifference(populateWasm(inputFor(names, weights, m, false)), expected)).toBe("none");
    expect(firstDifference(buildMaglevTable(names.map((name, i) => ({ name, weight: weights[i] })), { tableSize: m }).slots, expected)).toBe("none");
  });

  test("a table too big for the kept memory (2,100,001+ slots) matches, and a small one after it too", () => {
    const m = nextPrime(2_100_000);
    const names = ["l7-a", "l7-b", "l7-c"];
    const big = buildMaglevTable(names.map((name, i) => ({ name, weight: i + 1 })), { tableSize: m });
    const expected = new Uint16Array(m).fill(0xffff);
    populateJs(inputFor(names, [1, 2, 3], m, false), expected);
    expect(firstDifference(big.slots, expected)).toBe("none");
    const small = buildMaglevTable(names.map((name) => ({ name })), { tableSize: 7 });
    expect(Array.from(small.slots)).toEqual(Array.from(originalLoop(names, [1, 1, 1], 7)));
  });
});
