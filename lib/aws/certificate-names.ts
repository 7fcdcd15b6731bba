import { EdgeConfigError } from "../errors";
import { assertHostname } from "../validate";

/** ACM's default quota of names on one certificate (raisable by a quota request). */
export const MAX_CERTIFICATE_NAMES = 10;

const wildcard = /^\*\.(.+)$/;

/**
 * The names of a TLS certificate: `primary` first, then the others without duplicates.
 * Throws when a name is not a hostname (a leading `*.` label is allowed) or there are too many.
 */
export function certificateNames(path: string, primary: string, others: readonly string[]): string[] {
  const names: string[] = [];
  for (const [i, name] of [primary, ...others].entries()) {
    const prop = i === 0 ? "domainName" : `alternativeNames[${i - 1}]`;
    const m = wildcard.exec(name);
    assertHostname(path, prop, m ? m[1] : name);
    if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  if (names.length > MAX_CERTIFICATE_NAMES) {
    throw new EdgeConfigError(path, "too many names for one ACM certificate", names, `at most ${MAX_CERTIFICATE_NAMES} names (ACM's default quota)`);
  }
  return names;
}
