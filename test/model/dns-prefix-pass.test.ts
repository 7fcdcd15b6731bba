import { buildProblem } from "../../lib/model/dns/problem";
import { wasmPrefixPass, jsPrefixPass } from "../../lib/model/dns/prefix-pass";
import { seededRandom } from "./support/random";
import { randomDnsInput } from "./support/dns-instances";

describe("the Lagrangian bound's prefix pass (WebAssembly, and the JavaScript it matches)", () => {
  test("the WebAssembly pass gives the JavaScript pass's sums and loads bit for bit", () => {
    const random = seededRandom(7);
    let compared = 0;
    // Rows shorter than the pass's 4-entry head, as long, and longer; prices from none to
    // dwarfing the latencies, and equal (ties go to the nearer entry).
    for (const shape of [
      { prefixes: 40, pops: 3, slack: 1.2, reachable: 2 },
      { prefixes: 200, pops: 8, slack: 1.1, reachable: 4 },
      { prefixes: 300, pops: 20, slack: 1.3, reachable: 10 },
      { prefixes: 500, pops: 50, slack: 1.05 },
    ]) {
      for (let seed = 1; seed <= 5; seed++) {
        const problem = buildProblem(randomDnsInput(seed, shape), "t");
        const passes = [wasmPrefixPass(problem), jsPrefixPass(problem)];
        for (let round = 0; round < 20; round++) {
          const scale = [0, 1, 30, 500][round % 4];
          const prices = Float64Array.from({ length: shape.pops }, () => (round % 5 === 4 ? 12.5 : random() * scale));
          const start = Float64Array.from({ length: shape.pops }, () => Math.round(random() * 10));
          const [a, b] = passes.map((pass) => {
            const load = Float64Array.from(start);
            return { value: pass(prices, load), load: [...load] };
          });
          expect(Object.is(a.value, b.value)).toBe(true);
          expect(a.load).toEqual(b.load);
          compared++;
        }
      }
    }
    expect(compared).toBe(400);
  });

  test("passes of two problems sharing the kept memory take turns without mixing their rows", () => {
    const problems = [1, 2].map((seed) => buildProblem(randomDnsInput(seed, { prefixes: 300, pops: 12, slack: 1.1, reachable: 6 }), "t"));
    const wasm = problems.map((problem) => wasmPrefixPass(problem));
    const js = problems.map((problem) => jsPrefixPass(problem));
    const prices = Float64Array.from({ length: 12 }, (_, k) => (k * 7) % 11);
    for (let turn = 0; turn < 6; turn++) {
      const which = turn % 2;
      const [a, b] = [wasm[which], js[which]].map((pass) => {
        const load = new Float64Array(12);
        return { value: pass(prices, load), load: [...load] };
      });
      expect(Object.is(a.value, b.value)).toBe(true);
      expect(a.load).toEqual(b.load);
    }
  });
});
