import { DnsMapColumns, solveDnsMap } from "../../lib/model/dns-map";
import { randomDnsInput } from "./support/dns-instances";
import { asDnsMapInput, largeDnsInstance } from "./support/dns-large";
import { expectEdgeError } from "./support/errors";

/** The columnar form of a random instance: sparse rows (and dense), POPs reversed so indices differ from name order. */
function columns(seed: number, reachable?: number): { sparse: DnsMapColumns; dense: DnsMapColumns; input: ReturnType<typeof randomDnsInput> } {
  const input = randomDnsInput(seed, { prefixes: 300, pops: 10, slack: 1.2, reachable });
  const pops = [...input.pops].reverse();
  const rowStart = [0];
  const pop: number[] = [];
  const ms: number[] = [];
  const dense = new Float64Array(input.prefixes.length * pops.length).fill(Infinity);
  input.prefixes.forEach((prefix, i) => {
    for (const [name, value] of Object.entries(input.latencyMs[prefix.cidr])) {
      const k = pops.findIndex((p) => p.name === name);
      pop.push(k);
      ms.push(value);
      dense[i * pops.length + k] = value;
    }
    rowStart.push(pop.length);
  });
  const base = { cidrs: input.prefixes.map((p) => p.cidr), demand: input.prefixes.map((p) => p.demand), pops };
  return {
    input,
    sparse: { ...base, latency: { kind: "sparse", rowStart: Int32Array.from(rowStart), pop: Int32Array.from(pop), ms: Float64Array.from(ms) } },
    dense: { ...base, latency: { kind: "dense", ms: dense } },
  };
}

describe("solveDnsMap on columnar input", () => {
  test.each([
    [1, undefined],
    [2, 4],
  ])("gives exactly the map of the object form (seed %d, reachable %s), sparse and dense", (seed, reachable) => {
    const { input, sparse, dense } = columns(seed, reachable);
    const expected = solveDnsMap(input);
    expect(solveDnsMap(sparse)).toEqual(expected);
    expect(solveDnsMap(dense)).toEqual(expected);
  });

  test("gives exactly the map of the object form on a large clustered instance", () => {
    const instance = largeDnsInstance(4, { prefixes: 3000, pops: 40, slack: 1.5, minReach: 20, maxReach: 30 });
    const sparse: DnsMapColumns = {
      cidrs: instance.cidrs,
      demand: instance.demand,
      pops: instance.pops,
      latency: { kind: "sparse", rowStart: instance.rowStart, pop: instance.popIndex, ms: instance.ms },
    };
    expect(solveDnsMap(sparse)).toEqual(solveDnsMap(asDnsMapInput(instance)));
  });

  test("fails on malformed rows, POP indices out of range, repeated POPs and bad latencies", () => {
    const { sparse, dense } = columns(3);
    const latency = sparse.latency as unknown as { rowStart: Int32Array; pop: Int32Array; ms: Float64Array };
    expectEdgeError(() => solveDnsMap({ ...sparse, latency: { ...latency, kind: "sparse", rowStart: latency.rowStart.subarray(1) } }), {
      path: "dnsMap",
      problem: "sparse latency rows are malformed",
      value: `{"rowStart":300,"pop":${latency.pop.length},"ms":${latency.ms.length}}`,
      expected: "rowStart of 301 non-decreasing offsets from 0 to pop.length, and ms as long as pop",
    });
    const badPop = Int32Array.from(latency.pop);
    badPop[0] = 10;
    expect(() => solveDnsMap({ ...sparse, latency: { ...latency, kind: "sparse", pop: badPop } })).toThrow(
      `dnsMap: latency row of ${sparse.cidrs[0]} names a POP index out of range (got 10); expected an index from 0 to 9 into pops`,
    );
    const twice = Int32Array.from(latency.pop);
    twice[1] = twice[0];
    expect(() => solveDnsMap({ ...sparse, latency: { ...latency, kind: "sparse", pop: twice } })).toThrow(/names POP pop-\d+ twice/);
    const negative = Float64Array.from((dense.latency as unknown as { ms: Float64Array }).ms);
    negative[0] = -3;
    expect(() => solveDnsMap({ ...dense, latency: { kind: "dense", ms: negative } })).toThrow(
      `dnsMap: latency from ${dense.cidrs[0]} to ${dense.pops[0].name} is invalid (got -3); expected a finite latency ≥ 0 ms (leave the entry out if the POP cannot serve the prefix)`,
    );
    expect(() => solveDnsMap({ ...dense, latency: { kind: "dense", ms: negative.subarray(1) } })).toThrow(/dense latency has another length than cidrs × pops/);
    expect(() => solveDnsMap({ ...dense, demand: Array.from(dense.demand).slice(1) })).toThrow(/demand has another length than cidrs/);
  });
});
