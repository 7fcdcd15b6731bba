import { HOSTNAME as HOSTNAME_PATTERN } from "./patterns";
import { all, Check, fail, str } from "./core";
import { isUnresolved } from "./token";

/** A DNS hostname; `wildcard` also accepts a leading `*.` (tokens pass). */
export function hostname(wildcard = false): Check {
  return all(str(253), (path, prop, value) => {
    if (isUnresolved(value)) return;
    const text = wildcard ? (value as string).replace(/^\*\./, "") : (value as string);
    if (!HOSTNAME_PATTERN.test(text)) {
      fail(path, "hostname", prop, "is not a hostname", value, `a DNS name such as www.example.com (letters, digits, inner hyphens; dot-separated labels; no scheme, port, path or trailing dot${wildcard ? "; a leading *. is allowed" : ""})`);
    }
  });
}

/** Throws unless `name` is `zone` or lies under it (both concrete). */
export function assertInZone(path: string, prop: string, name: unknown, zone: unknown): void {
  if (typeof name !== "string" || typeof zone !== "string" || isUnresolved(name) || isUnresolved(zone)) return;
  const n = name.toLowerCase().replace(/^\*\./, "");
  const z = zone.toLowerCase();
  if (n !== z && !n.endsWith(`.${z}`)) fail(path, "hostname.in-zone", prop, "is not inside the zone", name, `a name ending in .${zone} (records and certificate validation go into that zone)`);
}

const POP_NAME = /^[A-Za-z0-9]([A-Za-z0-9-]{0,14}[A-Za-z0-9])?$/;
/** AWS reserves load balancer names beginning with "internal-". */
const INTERNAL = /^internal$/i;

/** Whether popName accepts `value`, without building an error (a DNS map names POPs 10⁵ times). */
export function isPopName(value: unknown): boolean {
  return typeof value === "string" && value.length >= 1 && value.length <= 16 && POP_NAME.test(value) && !INTERNAL.test(value);
}

/**
 * A POP name: it names the Route53 CIDR location (1-16 of [A-Za-z0-9_-]) and prefixes AWS
 * load balancer names (letters, digits, inner hyphens; never "internal-"), so only what both
 * accept.
 */
export const popName: Check = all(str(16), (path, prop, value) => {
  const v = value as string;
  if (!POP_NAME.test(v)) fail(path, "name.pop", prop, "is not a usable POP name", value, "1-16 letters, digits or inner '-' (it names DNS map locations and AWS load balancers)");
  if (INTERNAL.test(v)) fail(path, "name.pop", prop, "would make AWS names beginning with internal-", value, "another POP name (AWS reserves load balancer names beginning with internal-)");
});

const SIMPLE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** Names of L4 nodes, Fastly services, log endpoints, rules and stores (they appear in logical ids and VCL). */
export const simpleName: Check = all(str(64), (path, prop, value) => {
  if (!SIMPLE_NAME.test(value as string)) fail(path, "name.simple", prop, "is not a usable name", value, "a letter followed by up to 63 letters, digits, '_' or '-'");
});

const VCL_NAME = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;
/** Backend names: Fastly declares `origin-eu` as `F_origin_eu` (other characters become '_'). */
export const BACKEND_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;
/** Names Fastly may leave without the `F_` prefix in VCL (reported for all-capital names). */
const UNPREFIXED_BACKEND = /^[A-Z]+$/;

/** Director names: Fastly makes VCL identifiers of them; only word characters are documented to carry over. */
export const vclName: Check = all(str(63), (path, prop, value) => {
  if (!VCL_NAME.test(value as string)) fail(path, "name.vcl", prop, "is not a usable VCL name", value, "a letter followed by up to 62 letters, digits or '_' (no '-' or '.')");
});

/** Backend names: Fastly declares a backend `origin-eu` as `F_origin_eu` in VCL (other characters become '_'). */
export const backendName: Check = all(str(63), (path, prop, value) => {
  if (!BACKEND_NAME.test(value as string)) fail(path, "name.vcl", prop, "is not a usable backend name", value, "a letter followed by up to 62 letters, digits, '_' or '-' (no '.')");
});

/**
 * A VCL service's backend name: all capitals are refused, since Fastly may declare those without
 * the `F_` prefix and the library's VCL reference `F_<name>` would then not compile.
 */
export function assertPrefixedBackend(path: string, prop: string, name: string): void {
  if (UNPREFIXED_BACKEND.test(name)) fail(path, "name.vcl", prop, "is all capital letters: Fastly may declare it without the F_ prefix the generated VCL uses", name, "a name with a lower-case letter, a digit or '_', e.g. the same name in lower case");
}

/** Normalisations that logical ids and generated names apply; two names equal after them collide. */
export const NORMALISE = {
  /** logicalName() of lib/validate.ts: lower case, runs of other characters → '-'. */
  logicalId: (name: string) => name.toLowerCase().replace(/[^a-z0-9_-]+/g, "-"),
  /** Fastly VCL names: `a-b` and `a_b` are both `F_a_b`, and VCL names ignore case. */
  vcl: (name: string) => name.replace(/\W/g, "_").toLowerCase(),
  /** Hostnames and IP text compare case-insensitively. */
  caseless: (name: string) => name.toLowerCase(),
} as const;

/** Throws when two names collide after `normalise` (named in the message). */
export function assertUniqueNames(path: string, prop: string, names: readonly unknown[], normalise: keyof typeof NORMALISE, what: string): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    if (typeof name !== "string" || isUnresolved(name)) continue;
    const key = NORMALISE[normalise](name);
    const other = seen.get(key);
    if (other !== undefined) {
      const same = other === name ? `"${name}" is listed twice` : `"${other}" and "${name}" are the same ${normalise === "vcl" ? "VCL name" : normalise === "logicalId" ? "logical id" : "name"} (${key})`;
      fail(path, "name.unique", prop, `has two ${what} with one name: ${same}`, name, `unique ${what}${normalise === "caseless" ? "" : ` (names are compared after ${normalise === "vcl" ? "'-' → '_' and lower case" : "lower case and non-alphanumerics → '-'"})`}`);
    }
    seen.set(key, name);
  }
}
