import { Token } from "cdktf";
import { EdgeConfigError } from "../errors";
import { HOSTNAME_PATTERN } from "../validate";
import { BACKEND_NAME } from "../validation/names";

// Fastly also serves wildcard domains: a leading `*.` is allowed.
const isHostname = (value: string) => HOSTNAME_PATTERN.test(value.replace(/^\*\./, ""));
// Fastly shield POP codes: lower-case words joined by hyphens, e.g. `bwi-va-us`, `london_city-uk`.
const SHIELD_POP = /^[a-z][a-z_]*(-[a-z][a-z_]*)+$/;
// Names that appear inside generated VCL (backends, log endpoints, rules).
const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
// Director names become VCL identifiers; only word characters are documented to carry over.
const VCL_NAME = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;
// Header and cookie names that are safe inside `req.http.<name>`.
const HEADER = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;

// URL path prefixes: start with '/', then URL path characters only.
const PATH_PREFIX = /^\/[A-Za-z0-9._~!$&'()*+,;=:@/-]*$/;
// Surrogate keys: one token without spaces or quotes.
const SURROGATE_KEY = /^[A-Za-z0-9_.:\/-]{1,256}$/;

/** Smallest and largest segmented-caching block sizes the library accepts (bytes). */
export const BLOCK_SIZE_RANGE = { min: 64 * 1024, max: 16 * 1024 * 1024 } as const;

export function checkHostname(path: string, what: string, value: string): void {
  if (Token.isUnresolved(value)) return;
  if (!isHostname(value)) {
    throw new EdgeConfigError(path, `${what} is not a hostname`, value, "a DNS name such as www.example.com (no scheme, port or path)");
  }
}

export function checkShieldPop(path: string, value: string): void {
  if (!SHIELD_POP.test(value)) {
    throw new EdgeConfigError(path, "shield is not a Fastly shield POP code", value, "a lower-case POP code such as bwi-va-us or lcy-london-uk (see the fastly_datacenters data source)");
  }
}

export function checkName(path: string, what: string, value: string): void {
  if (!NAME.test(value)) {
    throw new EdgeConfigError(path, `${what} is not a usable name`, value, "a letter followed by up to 63 letters, digits, '_' or '-'");
  }
}

export function checkVclName(path: string, what: string, value: string): void {
  if (!VCL_NAME.test(value)) {
    throw new EdgeConfigError(path, `${what} is not a usable VCL name`, value, "a letter followed by up to 62 letters, digits or '_' (no '-' or '.')");
  }
}

export function checkBackendName(path: string, what: string, value: string): void {
  if (!BACKEND_NAME.test(value)) {
    throw new EdgeConfigError(path, `${what} is not a usable backend name`, value, "a letter followed by up to 62 letters, digits, '_' or '-' (no '.')");
  }
}

export function checkHeaderName(path: string, what: string, value: string): void {
  if (!HEADER.test(value)) {
    throw new EdgeConfigError(path, `${what} is not a header or cookie name`, value, "a letter followed by letters, digits or '-'");
  }
}

export function checkPathPrefixes(path: string, what: string, values: readonly string[]): void {
  if (values.length === 0 || !values.every((v) => PATH_PREFIX.test(v))) {
    throw new EdgeConfigError(path, `${what} are empty or malformed`, values, 'URL paths starting with "/", e.g. ["/video/"]');
  }
}

export function checkSurrogateKey(path: string, value: string): void {
  if (!SURROGATE_KEY.test(value)) {
    throw new EdgeConfigError(path, "surrogate key is not a single token", value, "letters, digits and _ . : / - without spaces (at most 256 characters)");
  }
}

export function checkPercent(path: string, what: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 100) {
    throw new EdgeConfigError(path, `${what} is outside 0–100`, value, "a whole number of percent from 0 to 100");
  }
}

export function checkBlockSize(path: string, value: number): void {
  const powerOfTwo = Number.isInteger(value) && value > 0 && (value & (value - 1)) === 0;
  if (!powerOfTwo || value < BLOCK_SIZE_RANGE.min || value > BLOCK_SIZE_RANGE.max) {
    throw new EdgeConfigError(
      path,
      "segmented caching block size is not one Fastly serves well",
      value,
      `a power of two from ${BLOCK_SIZE_RANGE.min} (64 KiB) to ${BLOCK_SIZE_RANGE.max} (16 MiB) bytes; omit it for Fastly's default of 1 MiB`,
    );
  }
}

export function checkPositiveInteger(path: string, what: string, value: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value <= 0 || value > max) {
    throw new EdgeConfigError(path, `${what} is not a positive whole number`, value, `an integer from 1 to ${max}`);
  }
}

/** Throws when two entries share a name; `what` names the kind of entry. */
export function checkUnique(path: string, what: string, names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    // Fastly maps both `a-b` and `a_b` to the VCL name `F_a_b`, so they collide too.
    const key = name.replace(/\W/g, "_").toLowerCase();
    if (seen.has(key)) {
      throw new EdgeConfigError(path, `two ${what} share the name`, name, `unique ${what} names (give one of them a \`name\`)`);
    }
    seen.add(key);
  }
}
