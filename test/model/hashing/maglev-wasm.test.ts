import { fnv1a32, murmur3_32, SKIP_SEED } from "../../../lib/model/hashing/hash";
import { buildMaglevTable } from "../../../lib/model/hashing/maglev";
import { populateJs, PopulateInput } from "../../../lib/model/hashing/maglev-populate";
import { populateWasm, wasmAvailable } from "../../../lib/model/hashing/maglev-wasm";
import { seededRandom } from "../support/random";

/** The populate loop as it was before the WebAssembly version: the yardstick for both engines. */
function originalLoop(names: string[], weights: number[], m: number): Uint16Array {
  const active = weights.flatMap((w, i) => (w > 0 ? [i] : []));
  const weight = active.map((i) => weights[i]);
  const maxWeight = Math.max(...weight);
  const position = active.map((i) => fnv1a32(names[i]) % m);
  const skip = active.map((i) => (murmur3_32(names[i], SKIP_SEED) % (m - 1)) + 1);
  const slots = new Uint16Array(m).fill(0xffff);
  const credit = active.map(() => 0);
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
    const expected = Array.from(originalLoop(names, weights, m));
    const equal = weights.every((w) => w === weights[0]);

    const js = new Uint16Array(m).fill(0xffff);
    populateJs(inputFor(names, weights, m, equal), js);
    const jsCredit = new Uint16Array(m).fill(0xffff);
    populateJs(inputFor(names, weights, m, false), jsCredit);

    expect(Array.from(js)).toEqual(expected);
    expect(Array.from(jsCredit)).toEqual(expected);
    expect(Array.from(populateWasm(inputFor(names, weights, m, equal)))).toEqual(expected);
    expect(Array.from(populateWasm(inputFor(names, weights, m, false)))).toEqual(expected);
    expect(Array.from(buildMaglevTable(names.map((name, i) => ({ name, weight: weights[i] })), { tableSize: m }).slots)).toEqual(expected);
  });

  test("a table of 655373 slots (memory beyond what is kept between builds) matches too", () => {
    const names = Array.from({ length: 1000 }, (_, i) => `l7-${String(i).padStart(4, "0")}`);
    const weights = names.map((_, i) => 1 + (i % 4));
    const table = buildMaglevTable(names.map((name, i) => ({ name, weight: weights[i] })), { tableSize: 655373 });
    expect(Buffer.from(table.slots.buffer).equals(Buffer.from(originalLoop(names, weights, 655373).buffer))).toBe(true);
  });
});
