/**
 * Which hostnames a certificate is valid for (RFC 6125 §6.4.3 as browsers apply it): an exact
 * name, or a wildcard `*.zone` standing for exactly one leftmost label. Pure, for the
 * constructs' checks and the certificate-coverage test.
 */

/** True when a certificate whose names are `certificateNames` passes the name check for `host`. */
export function certificateCovers(certificateNames: readonly string[], host: string): boolean {
  const wanted = host.toLowerCase().replace(/\.$/, "");
  return certificateNames.some((name) => {
    const n = name.toLowerCase().replace(/\.$/, "");
    if (!n.startsWith("*.")) return n === wanted;
    const dot = wanted.indexOf(".");
    return dot > 0 && wanted.slice(dot + 1) === n.slice(2);
  });
}

/** The hosts of `hosts` that no name of the certificate covers (empty when all are covered). */
export function uncoveredNames(certificateNames: readonly string[], hosts: readonly string[]): string[] {
  return hosts.filter((h) => !certificateCovers(certificateNames, h));
}
