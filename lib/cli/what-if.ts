import { readFileSync } from "fs";
import { EdgeConfigError } from "../errors";
import { whatIfBackend, whatIfCanary, whatIfPop } from "../model/what-if";
import { PlatformRecord, PopRecord } from "../platform/model-record";
import { canaryPercentOf } from "../testing/canary";
import { blocks, resourcesOf } from "../testing/stack-json";
import { deployedAssignment } from "../testing/summarize";
import { Args } from "./args";
import { formatBackend, formatCanary, formatPop } from "./format";
import { readStacks, SourcedStack } from "./source";

const WHERE = "cdktf-edge what-if";

export const WHAT_IF_USAGE = `usage: cdktf-edge what-if <change> [source] [--json]
changes:
  drain-pop <pop>                               take a POP out of the DNS map
  add-pop <name> --capacity <n> (--like <pop> [--delta-ms <ms>] | --latency <file.json>)
  pop-capacity <pop> <capacity>                 change a POP's capacity
  remove-backend <name> [--pop <pop>]           take an L7 node out of a BGP/ECMP fleet's Maglev table
  add-backend <name> [--weight <w>] [--pop <pop>]
  canary --to <percent> [--from <percent>] [--service <name>]
source (default: ./cdktf.out if synthesized, else cdktf.json's app):
  --stack <cdk.tf.json | cdktf.out>   --app '<command>'   --platform <construct path>
options: --json (machine-readable), --all (every moved prefix), --move-penalty-ms <ms> (default 15)`;

/** Runs `what-if`; returns the lines to print. */
export function whatIf(args: Args, cwd: string, log: (line: string) => void): string[] {
  const [change, ...rest] = args.positional;
  if (!change || args.options.help) return [WHAT_IF_USAGE];
  const stacks = readStacks(args.options, cwd, log);
  const started = process.hrtime.bigint();
  const { lines, json } = compute(change, rest, args, stacks);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (args.options.json) return [JSON.stringify({ ...json, computedMs: Math.round(ms) }, null, 2)];
  return [...lines, `  computed in ${ms.toFixed(0)} ms`];
}

function compute(change: string, rest: readonly string[], args: Args, stacks: readonly SourcedStack[]): { lines: string[]; json: object } {
  const o = args.options;
  switch (change) {
    case "drain-pop":
    case "add-pop":
    case "pop-capacity": {
      const { record, source } = platformOf(stacks, o.platform);
      const input = dnsInput(record);
      const current = deployedAssignment(source.stack, record);
      const options = { current: Object.keys(current).length > 0 ? current : undefined, movePenaltyMs: numberOption(o, "move-penalty-ms"), path: WHERE };
      const popChange =
        change === "drain-pop"
          ? { kind: "drain" as const, pop: required(rest[0], "the POP to drain") }
          : change === "pop-capacity"
            ? { kind: "capacity" as const, pop: required(rest[0], "the POP"), capacity: positive(rest[1], "capacity") }
            : addPopChange(required(rest[0], "the new POP's name"), o, input.latencyMs);
      const result = whatIfPop(input, popChange, options);
      return { lines: formatPop(result, `${source.origin} ${record.path}`, o.all === true), json: result };
    }
    case "remove-backend":
    case "add-backend": {
      const { record, source } = platformOf(stacks, o.platform);
      const pop = fleetOf(record, o.pop);
      const name = required(rest[0], "the backend name");
      const backendChange = change === "remove-backend" ? { kind: "remove" as const, backend: name } : { kind: "add" as const, backend: name, weight: numberOption(o, "weight") };
      const result = whatIfBackend(pop.maglev!.backends, backendChange, { tableSize: pop.maglev!.tableSize, path: WHERE });
      return { lines: formatBackend(result, `${source.origin} ${record.path} POP ${pop.name}`), json: result };
    }
    case "canary": {
      const to = percent(o.to, "--to");
      const stack = stacks.find((s) => resourcesOf(s.stack, "fastly_service_vcl").length > 0);
      const service = typeof o.service === "string" ? o.service : undefined;
      const from = o.from !== undefined ? percent(o.from, "--from") : stack ? canaryPercentOf(stack.stack, service, WHERE) : undefined;
      if (from === undefined) throw new EdgeConfigError(WHERE, "found no percentage canary in the stack", service ?? null, "--from <percent>, or a stack whose Fastly service has a percentage or ramp canary");
      const seed = stack ? canarySeed(stack, service) : undefined;
      const result = whatIfCanary({ from, to, seed });
      return { lines: formatCanary(result, stack ? stack.origin : "given percentages"), json: result };
    }
    default:
      throw new EdgeConfigError(WHERE, "unknown change", change, "drain-pop, add-pop, pop-capacity, remove-backend, add-backend or canary");
  }
}

function platformOf(stacks: readonly SourcedStack[], wanted: string | true | undefined): { record: PlatformRecord; source: SourcedStack } {
  const all = stacks.flatMap((source) => source.stack.platforms.map((record) => ({ record, source })));
  if (all.length === 0) throw new EdgeConfigError(WHERE, "no EdgePlatform in the synthesized stacks", stacks.map((s) => s.origin), "a stack with an EdgePlatform (synthesized by this version of cdktf-edge)");
  const chosen = typeof wanted === "string" ? all.filter((p) => p.record.path === wanted) : all;
  if (chosen.length !== 1) throw new EdgeConfigError(WHERE, typeof wanted === "string" ? "no platform at that path" : "several platforms; choose one", wanted ?? null, `--platform ${all.map((p) => p.record.path).join(" | ")}`);
  return chosen[0];
}

function dnsInput(record: PlatformRecord) {
  if (!record.dnsMap) throw new EdgeConfigError(WHERE, "the platform routes by latency, not a DNS map", record.path, "a platform with dnsRouting { kind: \"dns-map\" }");
  return {
    prefixes: record.dnsMap.prefixes,
    pops: record.pops.map((p) => ({ name: p.name, capacity: p.capacity ?? Infinity })),
    latencyMs: record.dnsMap.latencyMs,
  };
}

function addPopChange(name: string, o: Args["options"], latency: Readonly<Record<string, Readonly<Record<string, number>>>>) {
  const capacity = positive(o.capacity, "--capacity");
  if (typeof o.latency === "string") {
    return { kind: "add" as const, pop: { name, capacity }, latencyMs: JSON.parse(readFileSync(o.latency, "utf8")) as Record<string, number> };
  }
  const like = required(typeof o.like === "string" ? o.like : undefined, "--like <pop> (copy its latency) or --latency <file.json>");
  const delta = numberOption(o, "delta-ms") ?? 0;
  const row: Record<string, number> = {};
  for (const [cidr, byPop] of Object.entries(latency)) if (byPop[like] !== undefined) row[cidr] = Math.max(1, byPop[like] + delta);
  if (Object.keys(row).length === 0) throw new EdgeConfigError(WHERE, "--like names a POP without latency entries", like, "a POP of the DNS map");
  return { kind: "add" as const, pop: { name, capacity }, latencyMs: row };
}

function fleetOf(record: PlatformRecord, wanted: string | true | undefined): PopRecord {
  const fleets = record.pops.filter((p) => p.maglev);
  const chosen = typeof wanted === "string" ? fleets.filter((p) => p.name === wanted) : fleets;
  if (chosen.length !== 1) {
    throw new EdgeConfigError(WHERE, fleets.length === 0 ? "the platform has no BGP/ECMP fleet" : "choose the POP of the fleet", wanted ?? null, fleets.length ? `--pop ${fleets.map((p) => p.name).join(" | ")}` : "a POP with l4 { kind: \"bgp-ecmp\" }");
  }
  return chosen[0];
}

function canarySeed(source: SourcedStack, service: string | undefined): string | undefined {
  for (const [, s] of resourcesOf(source.stack, "fastly_service_vcl")) {
    if (service !== undefined && s.name !== service) continue;
    for (const snippet of blocks(s.snippet)) {
      const m = /digest\.hash_sha256\("((?:[^"\\]|\\.)*):" \+/.exec(String(snippet.content));
      if (m) return m[1];
    }
  }
  return undefined;
}

function required(value: string | undefined, what: string): string {
  if (value === undefined || value === "") throw new EdgeConfigError(WHERE, `missing ${what}`, value ?? null, WHAT_IF_USAGE.split("\n")[0]);
  return value;
}

function numberOption(o: Args["options"], name: string): number | undefined {
  const v = o[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v === true || !Number.isFinite(n)) throw new EdgeConfigError(WHERE, `--${name} is not a number`, v, "a finite number");
  return n;
}

function positive(v: string | true | undefined, what: string): number {
  const n = Number(v);
  if (typeof v !== "string" || !Number.isFinite(n) || n <= 0) throw new EdgeConfigError(WHERE, `${what} is not a positive number`, v ?? null, "a number > 0");
  return n;
}

function percent(v: string | true | undefined, what: string): number {
  const n = Number(v);
  if (typeof v !== "string" || !Number.isFinite(n) || n < 0 || n > 100) throw new EdgeConfigError(WHERE, `${what} is not a percentage`, v ?? null, "a number from 0 to 100");
  return n;
}
