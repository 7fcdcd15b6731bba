/**
 * Property-based fuzz of the public entry points (issue 11):
 *  (a) random VALID platforms and Fastly services synthesize, deterministically (same input →
 *      same bytes) and independently of list order (shuffled lists → same resource addresses);
 *  (b) random MUTATIONS of valid specs (a prop at any depth replaced by a wrong type, an
 *      out-of-range number, malformed text, null, undefined, or removed) end in EdgeConfigError
 *      or in a spec that synthesizes — never another exception or a hang;
 *  (c) a sample of the accepted specs (valid and mutated) passes `terraform validate`.
 * Seed: CDKTF_EDGE_FUZZ_SEED (printed either way); runs: CDKTF_EDGE_FUZZ_RUNS (default 1000
 * valid specs, 250 platforms + 750 services, and 1000 mutants). A failure is shrunk by fast-check to a minimal case and printed with its seed.
 */
import fc from "fast-check";
import { mkdirSync, readFileSync } from "fs";
import { join } from "path";
import { App, TerraformStack, Testing } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { EdgeConfigError } from "../../lib/errors";
import { FastlyCdnService, FastlyCdnServiceProps } from "../../lib/fastly/cdn-service";
import { FastlyProvider } from "../../lib/gen/fastly/provider";
import { EdgePlatform } from "../../lib/platform/edge-platform";
import { EdgePlatformProps } from "../../lib/platform/spec";
import { RULE_COUNT } from "../../lib/validation/rules";
import { workRoot } from "../harness/check";
import { prepareWorkdir, terraformInit, terraformValidate } from "../harness/terraform";
import { loadToolchain } from "../harness/toolchain";
import { cdnArb, platformArb } from "./arbitraries";
import { mutate, mutation, pickBad, propPaths, showPath, valueAt } from "./mutate";

// cdktf captures a stack trace for every token; ts-node's source-map support makes each one cost
// milliseconds. Native stack traces keep a synthesis at ~0.1 s (errors still name their construct path).
delete (Error as { prepareStackTrace?: unknown }).prepareStackTrace;

const seed = Number(process.env.CDKTF_EDGE_FUZZ_SEED ?? Date.now() % 2 ** 31);
const total = Number(process.env.CDKTF_EDGE_FUZZ_RUNS ?? 1000);
const SLOW_MS = 5000;
const SAMPLE = 8;
console.log(`fuzz: seed ${seed} (rerun with CDKTF_EDGE_FUZZ_SEED=${seed}), ${total} valid specs + ${total} mutants, fast-check ${fc.__version}, ${RULE_COUNT} validation rules`);

let passed = 0;
let failed = 0;
const rulesHit = new Map<string, number>();
const accepted = { platform: [] as EdgePlatformProps[], cdn: [] as FastlyCdnServiceProps[] };

function synth(kind: "platform" | "cdn", spec: unknown): string {
  const stack = new TerraformStack(Testing.app(), "fuzz");
  if (kind === "platform") new EdgePlatform(stack, "Edge", spec as EdgePlatformProps);
  else new FastlyCdnService(stack, "cdn", spec as FastlyCdnServiceProps);
  return Testing.synth(stack);
}

function addresses(json: string): string[] {
  const doc = JSON.parse(json) as { resource?: Record<string, Record<string, unknown>> };
  return Object.entries(doc.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`)).sort();
}

function shuffled<T>(list: readonly T[], by: number): T[] {
  return list.map((v, i) => ({ v, k: (i * 7919 + by * 104729) % 1009 })).sort((a, b) => a.k - b.k).map((x) => x.v);
}

function check<Ts extends [unknown, ...unknown[]]>(name: string, runs: number, property: fc.IProperty<Ts>): void {
  const started = Date.now();
  const result = fc.check(property, { seed, numRuns: runs });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    failed++;
    const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    console.log(`FAIL ${name}: ${runs} runs in ${secs}s\n  error: ${error}\n${fc.defaultReportMessage(result)}`);
  } else {
    passed++;
    console.log(`PASS ${name}: ${result.numRuns} specs in ${secs}s`);
  }
}

// `total` valid specs (platforms synthesize in ~0.1 s, Fastly services in ~0.01 s, so fewer
// platforms) and as many mutants again.
const validPlatforms = Math.round(total * 0.25);
const runs = { platform: validPlatforms, cdn: total - validPlatforms, platformMutants: Math.round(total * 0.5) };
const cdnMutants = total - runs.platformMutants;

// (a) valid specs synthesize deterministically and independently of list order.
let twice = 0;
check("valid platforms synthesize, deterministically, whatever the list order", runs.platform, fc.property(platformArb, (spec) => {
  const once = synth("platform", spec);
  // Byte-equality of two syntheses on the first 20 (a platform takes ~0.1 s to synthesize).
  if (twice++ < 20 && synth("platform", spec) !== once) throw new Error("two syntheses of one spec differ");
  const reordered = {
    ...spec,
    pops: shuffled(spec.pops, 1),
    dataCenters: shuffled(spec.dataCenters, 2),
    dnsRouting: spec.dnsRouting.kind === "dns-map" ? { ...spec.dnsRouting, prefixes: shuffled(spec.dnsRouting.prefixes, 3) } : spec.dnsRouting,
  };
  if (addresses(synth("platform", reordered)).join() !== addresses(once).join()) throw new Error("shuffling pops/dataCenters/prefixes changed the resource addresses");
  if (accepted.platform.length < SAMPLE) accepted.platform.push(spec);
}));

check("valid Fastly services synthesize, deterministically, whatever the list order", runs.cdn, fc.property(cdnArb, (spec) => {
  const once = synth("cdn", spec);
  if (synth("cdn", spec) !== once) throw new Error("two syntheses of one spec differ");
  const reordered = { ...spec, logging: spec.logging ? shuffled(spec.logging, 4) : undefined, domains: shuffled(spec.domains, 5) };
  if (addresses(synth("cdn", reordered)).join() !== addresses(once).join()) throw new Error("shuffling logging/domains changed the resource addresses");
  if (accepted.cdn.length < SAMPLE) accepted.cdn.push(spec);
}));

// (b) mutants end in EdgeConfigError or synthesize.
function mutantProperty(kind: "platform" | "cdn", arb: fc.Arbitrary<unknown>) {
  const mutants = arb.chain((spec) => {
    const paths = propPaths(spec);
    return fc.tuple(fc.constant(spec), fc.constantFrom(...paths), mutation);
  });
  return fc.property(mutants, ([spec, path, how]) => {
    const bad = pickBad(valueAt(spec, path), how);
    const mutant = mutate(spec, path, bad);
    const started = Date.now();
    try {
      synth(kind, mutant);
      const list = accepted[kind] as unknown[];
      if (list.length < 2 * SAMPLE) list.push(mutant);
    } catch (e) {
      if (!(e instanceof EdgeConfigError)) throw new Error(`${showPath(path)} = ${String(bad)}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
      // No rule: a decision past the door (e.g. the DNS map cannot fit the demand in the capacity).
      const rule = e.rule ?? "(model decision)";
      rulesHit.set(rule, (rulesHit.get(rule) ?? 0) + 1);
    }
    if (Date.now() - started > SLOW_MS) throw new Error(`${showPath(path)} = ${String(bad)}: took ${Date.now() - started} ms`);
  });
}
check("mutated platforms end in EdgeConfigError or synthesize", runs.platformMutants, mutantProperty("platform", platformArb));
check("mutated Fastly services end in EdgeConfigError or synthesize", cdnMutants, mutantProperty("cdn", cdnArb));
console.log(`fuzz: rules hit by mutations (${rulesHit.size} of ${RULE_COUNT}): ${[...rulesHit].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(", ")}`);

// (c) a sample of accepted specs passes terraform validate (one stack per provider).
const toolchain = loadToolchain();
function validateSample(kind: "platform" | "cdn", specs: readonly unknown[]): void {
  const started = Date.now();
  const outdir = join(workRoot, `fuzz-${kind}`);
  mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir: join(outdir, "cdktf.out") });
  const stack = new TerraformStack(app, `fuzz-${kind}`);
  if (kind === "platform") new AwsProvider(stack, "aws", { region: "us-east-1" });
  else new FastlyProvider(stack, "fastly", {});
  specs.forEach((spec, i) => {
    if (kind === "platform") new EdgePlatform(stack, `Edge${i}`, spec as EdgePlatformProps);
    else new FastlyCdnService(stack, `cdn${i}`, { ...(spec as FastlyCdnServiceProps), serviceName: `svc${i}` });
  });
  app.synth();
  const json = join(outdir, "cdktf.out", "stacks", `fuzz-${kind}`, "cdk.tf.json");
  const workdir = join(outdir, "tf");
  prepareWorkdir(json, workdir, toolchain);
  const init = terraformInit(workdir, toolchain);
  const result = init.ok ? terraformValidate(workdir, toolchain) : init;
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const resources = Object.values((JSON.parse(readFileSync(json, "utf8")) as { resource: Record<string, object> }).resource).reduce((n, r) => n + Object.keys(r).length, 0);
  if (result.ok) {
    passed++;
    console.log(`PASS terraform validate of ${specs.length} accepted ${kind} specs (${resources} resources) in ${secs}s`);
  } else {
    failed++;
    console.log(`FAIL terraform validate of ${specs.length} accepted ${kind} specs in ${secs}s`);
    for (const d of result.diagnostics.filter((x) => x.severity === "error").slice(0, 10)) console.log(`  ${d.resource ?? ""}: ${d.summary}: ${d.detail}`);
  }
}
validateSample("platform", accepted.platform);
validateSample("cdn", accepted.cdn);
console.log(`fuzz: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
