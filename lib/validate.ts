import { Token } from "cdktf";
import { EdgeConfigError } from "./errors";

/** A DNS hostname: dot-separated labels of letters, digits and inner hyphens. */
export const HOSTNAME_PATTERN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Throws unless `value` is a DNS hostname (tokens resolved at deploy time are let through). */
export function assertHostname(path: string, prop: string, value: string): void {
  if (Token.isUnresolved(value)) return;
  if (!HOSTNAME_PATTERN.test(value)) {
    throw new EdgeConfigError(path, `${prop} is not a hostname`, value, "a DNS name such as www.example.com (letters, digits, hyphens; dot-separated labels)");
  }
}

/** Throws unless every name is unique; `what` names the things in the message. */
export function assertUnique(path: string, what: string, names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new EdgeConfigError(path, `two ${what} share a name`, name, `unique ${what} names`);
    seen.add(name);
  }
}

/** Throws unless `value` is an integer in [min, max]. */
export function assertIntRange(path: string, prop: string, value: number, min: number, max: number): void {
  if (Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new EdgeConfigError(path, `${prop} is out of range`, value, `an integer from ${min} to ${max}`);
  }
}

/** Turns a user-given name into a Terraform-safe logical id fragment. */
export function logicalName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_-]+/g, "-");
}
