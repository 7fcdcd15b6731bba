import { EdgeConfigError } from "../errors";
import { RULES, RuleId } from "./rules";
import { isUnresolved } from "./token";

/**
 * A check of one prop. `path` is the construct path (or model function), `prop` the prop as
 * the user wrote it (`pops[1].l4.vips[0]`). Throws EdgeConfigError, never anything else.
 */
export type Check = (path: string, prop: string, value: unknown) => void;

/** Throws the EdgeConfigError of `rule` for `prop`. */
export function fail(path: string, rule: RuleId, prop: string, problem: string, value: unknown, expected: string = RULES[rule]): never {
  throw new EdgeConfigError(path, prop ? `${prop} ${problem}` : problem, value, expected, rule);
}

export const child = (prop: string, key: string | number) =>
  typeof key === "number" ? `${prop}[${key}]` : prop ? `${prop}.${key}` : key;

// Entries of big lists and maps (a DNS map's 100,000 prefixes and their latencies) are checked
// first without building their prop names; only a failing entry is checked again with its name,
// which throws the very same error. A check's verdict never depends on the prop it is given.
function quietly(item: Check, path: string, prop: string, key: string | number, value: unknown): void {
  try {
    item(path, "", value);
  } catch {
    item(path, child(prop, key), value);
    throw new Error(`validation of ${child(prop, key)} failed only without its name`);
  }
}

function quietlyKey(key: Check, path: string, prop: string, k: string): void {
  try {
    key(path, "", k);
  } catch {
    key(path, `${prop} key`, k);
    throw new Error(`validation of the key ${k} of ${prop} failed only without its name`);
  }
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function present(path: string, prop: string, value: unknown, what: string): void {
  if (value === undefined || value === null) fail(path, "shape.required", prop || "props", "is missing", value, `${what} (${prop || "props"} is required)`);
}

/** A string of 1..max characters (tokens pass). */
export function str(max = 1024, min = 1): Check {
  return (path, prop, value) => {
    present(path, prop, value, "a string");
    if (typeof value !== "string") fail(path, "shape.type", prop, `is ${typeName(value)}, not a string`, value, "a string");
    if (isUnresolved(value)) return;
    if (value.length < min || value.length > max) {
      fail(path, "shape.string-length", prop, `has ${value.length} characters`, value, `a string of ${min} to ${max} characters`);
    }
  };
}

/** A boolean. */
export const bool: Check = (path, prop, value) => {
  present(path, prop, value, "true or false");
  if (typeof value !== "boolean") fail(path, "shape.type", prop, `is ${typeName(value)}, not a boolean`, value, "true or false");
};

/** A whole number in [min, max] (tokens pass). */
export function int(min: number, max: number, what = "a whole number", rule: RuleId = "shape.integer"): Check {
  return (path, prop, value) => {
    present(path, prop, value, `${what} from ${min} to ${max}`);
    if (typeof value !== "number") fail(path, "shape.type", prop, `is ${typeName(value)}, not a number`, value, `${what} from ${min} to ${max}`);
    if (isUnresolved(value)) return;
    if (!Number.isInteger(value) || value < min || value > max) fail(path, rule, prop, "is out of range", value, `${what} from ${min} to ${max}`);
  };
}

/** A finite number in [min, max]; `exclusiveMin` makes the lower bound strict. */
export function num(min: number, max: number, exclusiveMin = false): Check {
  const expected = `a finite number ${exclusiveMin ? ">" : "≥"} ${min}${max < Number.MAX_VALUE ? ` and ≤ ${max}` : ""}`;
  return (path, prop, value) => {
    present(path, prop, value, expected);
    if (typeof value !== "number") fail(path, "shape.type", prop, `is ${typeName(value)}, not a number`, value, expected);
    if (isUnresolved(value)) return;
    if (!Number.isFinite(value) || value > max || value < min || (exclusiveMin && value === min)) fail(path, "shape.number", prop, "is out of range", value, expected);
  };
}

/** Any number, NaN and infinities included (the caller checks the range with its own message). */
export const anyNumber: Check = (path, prop, value) => {
  present(path, prop, value, "a number");
  if (typeof value !== "number") fail(path, "shape.type", prop, `is ${typeName(value)}, not a number`, value, "a number");
};

/** One of a fixed set of literals. */
export function oneOf(values: readonly (string | number | boolean)[]): Check {
  return (path, prop, value) => {
    present(path, prop, value, `one of ${values.map((v) => JSON.stringify(v)).join(", ")}`);
    if (!values.includes(value as string)) fail(path, "shape.enum", prop, "is not an accepted value", value, `one of ${values.map((v) => JSON.stringify(v)).join(", ")}`);
  };
}

/** The check only when the prop is given (undefined); null is still an error. */
export function optional(check: Check): Check {
  return (path, prop, value) => {
    if (value !== undefined) check(path, prop, value);
  };
}

/** A list of `item`, with min..max entries (a token list passes). */
export function list(item: Check, min = 0, max = 10000): Check {
  return (path, prop, value) => {
    present(path, prop, value, "a list");
    if (isUnresolved(value)) return;
    if (!Array.isArray(value)) fail(path, "shape.type", prop, `is ${typeName(value)}, not a list`, value, "a list");
    if (value.length < min || value.length > max) {
      fail(path, "shape.array-length", prop, `has ${value.length} entries`, value, max === 10000 ? `at least ${min} entries` : `${min} to ${max} entries`);
    }
    value.forEach((v, i) => quietly(item, path, prop, i, v));
  };
}

/** An object with these fields (each check sees undefined for a missing field). */
export function obj(fields: Readonly<Record<string, Check>>, what = "an object"): Check {
  const checks = Object.entries(fields);
  return (path, prop, value) => {
    present(path, prop, value, what);
    if (typeof value !== "object" || Array.isArray(value)) fail(path, "shape.type", prop || "props", `is ${typeName(value)}, not ${what}`, value, what);
    const record = value as Record<string, unknown>;
    for (const [key, check] of checks) check(path, child(prop, key), record[key]);
  };
}

/** An object keyed by free-form names, each value checked. */
export function dict(key: Check, item: Check): Check {
  return (path, prop, value) => {
    present(path, prop, value, "an object");
    if (typeof value !== "object" || Array.isArray(value)) fail(path, "shape.type", prop, `is ${typeName(value)}, not an object`, value, "an object");
    for (const [k, v] of Object.entries(value as object)) {
      quietlyKey(key, path, prop, k);
      quietly(item, path, prop, k, v);
    }
  };
}

/** A tagged union by `kind`. */
export function union(variants: Readonly<Record<string, Check>>): Check {
  const kinds = Object.keys(variants);
  return (path, prop, value) => {
    present(path, prop, value, `an object with kind ${kinds.join(" | ")}`);
    if (typeof value !== "object" || Array.isArray(value)) fail(path, "shape.type", prop, `is ${typeName(value)}, not an object`, value, `an object with kind ${kinds.join(" | ")}`);
    const kind = (value as { kind?: unknown }).kind;
    const check = typeof kind === "string" && Object.prototype.hasOwnProperty.call(variants, kind) ? variants[kind] : undefined;
    if (!check) fail(path, "shape.kind", child(prop, "kind"), "is not a known kind", kind, `one of ${kinds.map((k) => JSON.stringify(k)).join(", ")}`);
    check(path, prop, value);
  };
}

/** Both checks, in order. */
export function all(...checks: Check[]): Check {
  return (path, prop, value) => checks.forEach((c) => c(path, prop, value));
}

/** Any value (checked elsewhere or free-form). */
export const anything: Check = () => undefined;

/** Present, any type (objects the library itself made, such as a DataCenter). */
export function required(what: string): Check {
  return (path, prop, value) => present(path, prop, value, what);
}

/** A construct the library made (duck-typed by the fields it must have). */
export function instance(what: string, fields: readonly string[]): Check {
  return (path, prop, value) => {
    present(path, prop, value, what);
    if (typeof value !== "object" || !fields.every((f) => (value as Record<string, unknown>)[f] !== undefined)) {
      fail(path, "shape.type", prop, `is not ${what}`, typeName(value), what);
    }
  };
}
