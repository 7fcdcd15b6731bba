import { anyNumber, Check, dict, fail, int, list, obj, oneOf, optional, str, union } from "./core";

/**
 * Door checks of the exported model functions (pure: no cdktf). Each function calls one of
 * these first, so a wrong type or a missing field is an EdgeConfigError, never a TypeError.
 */

const options = (fields: Record<string, Check>) => optional(obj({ path: optional(str(1024)), ...fields }, "an options object"));

const text = str(1024, 0);

/** Text that a parser reads (parseCidr). */
export function validateText(path: string, prop: string, value: unknown): void {
  text(path, prop, value);
}

/** A number a search loop starts from: finite and at most `max`, so the loop ends. */
export function validateLoopBound(path: string, prop: string, value: unknown, max: number): void {
  anyNumber(path, prop, value);
  if (!(Math.abs(value as number) <= max)) fail(path, "bounded.number", prop, "is too large to search from", value, `a finite number of magnitude at most ${max}`);
}

const backend = obj({ name: str(1024, 0), weight: optional(anyNumber) }, "a backend { name, weight? }");

function plainBackend(b: unknown): boolean {
  if (typeof b !== "object" || b === null || Array.isArray(b)) return false;
  const { name, weight } = b as { name?: unknown; weight?: unknown };
  return typeof name === "string" && name.length <= 1024 && (weight === undefined || typeof weight === "number");
}

/** buildMaglevTable / buildHashRing / buildRendezvous arguments. */
export function validateHashBackends(path: string, backends: unknown, opts: unknown): void {
  // A plain loop first (a table of thousands of backends is rebuilt often); anything it does not
  // accept goes through the shape check for its error.
  if (!(Array.isArray(backends) && backends.length <= 1 << 20 && backends.every(plainBackend))) list(backend, 0, 1 << 20)(path, "backends", backends);
  options({ tableSize: optional(anyNumber), vnodes: optional(anyNumber) })(path, "options", opts);
}

const slotTable = obj({ tableSize: int(1, 1 << 24), backends: list(str(1024, 0)), weights: list(anyNumber), slots: (path, prop, value) => {
  if (!(value instanceof Uint16Array || value instanceof Uint32Array)) fail(path, "shape.type", prop, "is not a slot array", typeof value, "a table built by buildMaglevTable, buildHashRing or buildRendezvous");
} }, "a slot table");

export function validateSlotTables(path: string, ...tables: unknown[]): void {
  tables.forEach((t, i) => slotTable(path, tables.length === 1 ? "table" : ["before", "after"][i] ?? `table${i}`, t));
}

/** A list or typed array (columnar DNS map input; entries are checked when the problem is built). */
const arrayLike: Check = (path, prop, value) => {
  if (!Array.isArray(value) && !(ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    fail(path, "shape.type", prop, "is not a list or typed array", typeof value, "a list or typed array of numbers");
  }
};

const dnsMapPrefixes = list(obj({ cidr: str(64), demand: anyNumber }, "a prefix { cidr, demand }"), 0, 1000000);
const dnsMapLatency = dict(str(64), dict(str(64, 0), anyNumber));

// A DNS map has up to 10⁶ prefixes and millions of latencies: plain loops first. Whatever they
// accept, the shape checks accept too; anything else goes through the shape check for its error.
function plainPrefixes(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > 1000000) return false;
  for (const item of value as unknown[]) {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return false;
    const { cidr, demand } = item as { cidr?: unknown; demand?: unknown };
    if (typeof cidr !== "string" || cidr.length < 1 || cidr.length > 64 || typeof demand !== "number") return false;
  }
  return true;
}

function plainLatency(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const rows = value as Record<string, unknown>;
  for (const prefix in rows) {
    if (prefix.length < 1 || prefix.length > 64) return false;
    const row = rows[prefix];
    if (typeof row !== "object" || row === null || Array.isArray(row)) return false;
    const cells = row as Record<string, unknown>;
    for (const pop in cells) if (pop.length > 64 || typeof cells[pop] !== "number") return false;
  }
  return true;
}

const dnsMapPops = list(obj({ name: str(64, 0), capacity: anyNumber }, "a POP { name, capacity }"), 0, 10000);

const dnsMapObjectInput = obj({
  prefixes: (path, prop, value) => (plainPrefixes(value) ? undefined : dnsMapPrefixes(path, prop, value)),
  pops: dnsMapPops,
  latencyMs: (path, prop, value) => (plainLatency(value) ? undefined : dnsMapLatency(path, prop, value)),
}, "a DNS map input { prefixes, pops, latencyMs }");

/** solveDnsMap / greedyNearestAssign / exactAssign input: the object form, or columns. */
export function validateDnsMapInput(path: string, input: unknown, opts: unknown): void {
  if (typeof input === "object" && input !== null && "cidrs" in input) {
    obj({
      cidrs: (p, prop, value) => (Array.isArray(value) ? undefined : fail(p, "shape.type", prop, "is not a list", typeof value, "a list of CIDR texts")),
      demand: arrayLike,
      pops: dnsMapPops,
      latency: union({ sparse: obj({ rowStart: arrayLike, pop: arrayLike, ms: arrayLike }), dense: obj({ ms: arrayLike }) }),
    }, "a columnar DNS map input { cidrs, demand, pops, latency }")(path, "input", input);
  } else {
    dnsMapObjectInput(path, "input", input);
  }
  options({
    maxPrefixes: optional(int(0, 64)),
    previous: optional(dict(str(64), str(64, 0))),
    movePenaltyMs: optional(anyNumber),
    onShortCapacity: optional(oneOf(["refuse", "spill"])),
  })(path, "options", opts);
}

/** handshakeBudget arguments. */
export function validateHandshake(path: string, protocol: unknown, rttMs: unknown, opts: unknown): void {
  str(32)(path, "protocol", protocol);
  anyNumber(path, "rttMs", rttMs);
  options({ serverTimeMs: optional(anyNumber) })(path, "options", opts);
}

/** assessPop input; `budgetProp` is how the caller names the budget (EdgePlatform: ttfbBudgetMs). */
export function validateAssessPop(path: string, input: unknown): void {
  obj({ rttMs: anyNumber, protocol: str(32), budgetMs: anyNumber, serverTimeMs: optional(anyNumber), path: optional(str(1024)) }, "{ rttMs, protocol, budgetMs }")(path, "input", input);
}

/** buildForwardingTable arguments. */
export function validateForwardingTableArgs(path: string, backends: unknown, tableSize: unknown): void {
  list(obj({ name: str(64), address: str(64), weight: anyNumber }, "an L7 backend { name, address, weight }"), 0, 100000)(path, "l7Backends", backends);
  anyNumber(path, "maglevTableSize", tableSize);
}

/** renderL4NodeFiles input. */
export function validateNodeConfigInput(path: string, input: unknown): void {
  const addr = str(64);
  obj({
    nodeName: str(64),
    nodeAddress: addr,
    vips: list(addr, 1, 64),
    serviceAddresses: list(addr, 1, 128),
    ports: list(int(1, 65535), 1, 16),
    localAsn: int(1, 4294967294),
    neighbors: list(obj({ address: addr, asn: int(1, 4294967294) }), 0, 16),
    gre: optional(obj({ remoteAddress: addr, insideAddress: addr, insidePrefixLength: int(0, 32) })),
    bfd: (p, prop, v) => oneOf([true, false])(p, prop, v),
    daemon: oneOf(["bird", "exabgp"]),
    tableBytes: (p, prop, v) => {
      if (!(v instanceof Uint8Array) || v.length < 16) fail(p, "shape.type", prop, "is not EMGL bytes", typeof v, "the EMGL bytes of buildForwardingTable (bytes or headerBytes)");
    },
    tableDigest: str(64, 64),
    probe: obj({ protocol: oneOf(["http", "https"]), port: int(1, 65535), path: str(255), serverName: optional(str(253)), caFile: str(1024), timeoutSeconds: int(1, 30), minHealthyPercent: int(1, 100) }),
    gate: obj({ intervalSeconds: int(1, 60), rise: int(1, 10), fall: int(1, 10) }),
    readyPort: optional(int(1, 65535)),
    underlayMtu: int(1280, 9001),
    acceleratorAddress: optional(addr),
  }, "an L4 node config input")(path, "input", input);
}

/** Hash functions take text. */
export function validateHashInput(path: string, value: unknown, seed?: unknown): void {
  if (typeof value === "string" && (seed === undefined || (Number.isInteger(seed) && (seed as number) >= -(2 ** 31) && (seed as number) < 2 ** 32))) return; // hot path
  str(1 << 30, 0)(path, "text", value);
  if (seed !== undefined) int(-(2 ** 31), 2 ** 32 - 1, "a 32-bit seed")(path, "seed", seed);
}
