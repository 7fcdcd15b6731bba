/** Random mutations of a valid spec: one prop (at any depth) replaced by a bad value or removed. */
import fc from "fast-check";

type Json = unknown;
export type PathStep = string | number;

/** Every path into the spec: objects' keys and arrays' indices, containers included. */
export function propPaths(value: Json, prefix: PathStep[] = []): PathStep[][] {
  const out: PathStep[][] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => out.push([...prefix, i], ...propPaths(v, [...prefix, i])));
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) out.push([...prefix, k], ...propPaths(v, [...prefix, k]));
  }
  return out;
}

export const REMOVE = Symbol("remove");

/** Values no prop accepts in every position: wrong types, out of range, malformed text. */
export const badValues: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    REMOVE, undefined, null, 0, -1, 1.5, NaN, Infinity, -Infinity, 1e12, 70000, 2 ** 53, "", " ", "x".repeat(300),
    "203.0.113.999", "127.0.0.1", "0.0.0.0", "10.0.0.1", "http://example.com/", "https://user:pw@example.com/",
    "UPPER_case", "-bad-", 'a"}', "a b", "../etc/passwd", "internal", "example.com.", "*.", true, false, [], {}, [null], [""],
    { kind: "nope" }, "nope", "eu-frankfurt-1", "ELBSecurityPolicy-2016-08", "vpc-", "ami-x y",
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
);

const STRINGS = ["", " ", "x".repeat(300), "203.0.113.999", "127.0.0.1", "0.0.0.0", "http://example.com/", "https://user:pw@example.com/", "UPPER_case", "-bad-", 'a"}', "a b", "example.com.", "internal", "10.0.0.256/24", "10.0.0.1/24", "eu-frankfurt-1", "ami-x y", "nope"];
const NUMBERS = [0, -1, 1.5, NaN, Infinity, -Infinity, 1e12, 70000, 2 ** 53, 101, 23456, 65535, 4294967295];

/** Half the mutations keep the type and break the content (malformed text, out-of-range numbers). */
export const mutation = fc.tuple(fc.boolean(), badValues, fc.nat());

export function pickBad(original: unknown, [sameType, bad, n]: [boolean, unknown, number]): unknown {
  if (sameType && typeof original === "string") return STRINGS[n % STRINGS.length];
  if (sameType && typeof original === "number") return NUMBERS[n % NUMBERS.length];
  return bad;
}

export function valueAt(spec: unknown, path: readonly PathStep[]): unknown {
  return path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], spec);
}

/** A deep copy of `spec` with the value at `path` replaced (or removed). */
export function mutate<T>(spec: T, path: readonly PathStep[], value: unknown): T {
  const copy = structuredClone(spec) as Record<string | number, unknown>;
  let node = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === REMOVE) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
  return copy as T;
}

export const showPath = (path: readonly PathStep[]) => path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
