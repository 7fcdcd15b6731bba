import { Testing } from "cdktf";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../lib/cli/main";
import { ReferenceStack } from "../../stacks/main";

// The CLI reads what `cdktf synth` writes: a cdk.tf.json that keeps the "//" model record.
const dir = mkdtempSync(join(tmpdir(), "what-if-test-"));
const file = join(dir, "cdk.tf.json");
writeFileSync(file, JSON.stringify(new ReferenceStack(Testing.app(), "main").toTerraform()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, dir, (l) => out.push(l), (l) => err.push(l));
  return { code, out, err };
}

describe("cdktf-edge what-if", () => {
  test("drain-pop prints moved prefixes and demand, p50/p95 before and after, utilisation; within 1 s", async () => {
    const { code, out } = await run("what-if", "drain-pop", "lhr", "--stack", file);
    expect(code).toBe(0);
    const text = out.join("\n");
    expect(text).toMatch(/^what-if: drain POP lhr — .* main\/Edge: 228 prefixes, demand 4539$/m);
    expect(text).toMatch(/prefixes moved: \d+, demand moved: \d+ \(\d+\.\d % of all users\)/);
    expect(text).toMatch(/latency p50: \d+ → \d+ ms {3}p95: \d+ → \d+ ms/);
    expect(text).toMatch(/^ {2}lhr {4}29 → drained/m);
    expect(text).toMatch(/overloads \(> 100 %\): none/);
    const ms = Number(/computed in (\d+) ms/.exec(text)![1]);
    expect(ms).toBeLessThan(1000);
  });

  test("--json is machine-readable and deterministic", async () => {
    const a = JSON.parse((await run("what-if", "drain-pop", "lhr", "--stack", file, "--json")).out.join("\n"));
    const b = JSON.parse((await run("what-if", "drain-pop", "lhr", "--stack", file, "--json")).out.join("\n"));
    delete a.computedMs;
    delete b.computedMs;
    expect(a).toEqual(b);
    expect(a.moves.length).toBe(a.prefixesMoved);
  });

  test("remove-backend reports the Maglev slot shares and flows moved", async () => {
    const { code, out } = await run("what-if", "remove-backend", "fra-l7-03", "--stack", file);
    expect(code).toBe(0);
    expect(out.join("\n")).toMatch(/flows moved: 6\.\d\d % \(least possible 6\.25 %/);
    expect(out.join("\n")).toMatch(/fra-l7-03 +6\.25 % → 0\.00 % {2}\(removed\)/);
  });

  test("add-pop copies a POP's latency with an offset; canary takes percentages", async () => {
    expect((await run("what-if", "add-pop", "mad", "--capacity", "400", "--like", "fra", "--delta-ms", "3", "--stack", file)).out.join("\n")).toMatch(/mad +- → \d+/);
    expect((await run("what-if", "canary", "--from", "5", "--to", "25", "--stack", file)).out.join("\n")).toMatch(/users switched: 20\.00 %/);
  });

  test("topology renders the platform with Graphviz (WebAssembly) as SVG", async () => {
    const dot = (await run("topology", "--stack", file, "--dot")).out.join("\n");
    expect(dot).toContain('"main/Edge:dns" -> "main/Edge:pop:lhr:l4" [label="29 prefixes\\n548 (100 %)"');
    const { code } = await run("topology", "--stack", file, "--out", "t.svg");
    expect(code).toBe(0);
    const svg = readFileSync(join(dir, "t.svg"), "utf8");
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain("Fastly edge&#45;cdn");
  });

  test("bad input exits 1 with the EdgeConfigError; unknown commands exit 2", async () => {
    const bad = await run("what-if", "drain-pop", "xxx", "--stack", file);
    expect(bad.code).toBe(1);
    expect(bad.err.join("\n")).toContain('drain names an unknown POP (got "xxx")');
    expect((await run("frobnicate")).code).toBe(2);
    expect((await run("what-if", "canary", "--to", "25", "--stack", file)).err.join("\n")).toContain("found no percentage canary");
  });
});
