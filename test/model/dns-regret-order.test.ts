import { regretBefore, regretOrder, tieOrder } from "../../lib/model/dns/regret-order";
import { seededRandom } from "./support/random";

/** The order by the comparison a heap of (prefix, regret) pops in. */
function byComparison(regret: Float64Array, demand: Float64Array): number[] {
  return Array.from(regret.keys()).sort((a, b) => {
    if (regret[a] !== regret[b]) return regret[a] > regret[b] ? -1 : 1;
    if (demand[a] !== demand[b]) return demand[a] > demand[b] ? -1 : 1;
    return a - b;
  });
}

describe("regret order (regret greedy's order of prefixes, by a radix sort)", () => {
  test("is the comparison order: regret, then demand, then index; ties, zeros, −0, +∞, fractions, huge values", () => {
    const random = seededRandom(11);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(random() * 300);
      const regret = Float64Array.from({ length: n }, () =>
        pick([() => pick([0, -0, Infinity, 1, 2, 3]), () => Math.round(random() * 20), () => random() * 1e-9, () => random() * 1e12, () => random()])(),
      );
      const demand = Float64Array.from({ length: n }, () => pick([() => pick([0, -0, 5, 5, 7]), () => Math.round(random() * 40), () => random() * 100])());
      const tie = tieOrder(demand);
      expect([...regretOrder(regret, tie)]).toEqual(byComparison(regret, demand));
      const before = (a: number, b: number): boolean =>
        regret[a] !== regret[b] ? regret[a] > regret[b] : demand[a] !== demand[b] ? demand[a] > demand[b] : a < b;
      for (let i = 0; i < 50; i++) {
        const [a, b] = [Math.floor(random() * n), Math.floor(random() * n)];
        expect(regretBefore(tie.rank, a, regret[a], b, regret[b])).toBe(before(a, b));
      }
    }
  });

  test("ranks ties by the demand array once", () => {
    const demand = Float64Array.of(3, 9, 3, 0, 9);
    expect([...tieOrder(demand).order]).toEqual([1, 4, 0, 2, 3]);
    expect(tieOrder(demand)).toBe(tieOrder(demand));
  });
});
