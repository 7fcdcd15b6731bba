import { EdgeConfigError } from "../errors";

/** AWS's recommended listener policy: TLS 1.3 with TLS 1.2 fallback. */
export const DEFAULT_TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

// Policies whose lowest protocol is TLS 1.2 or 1.3: the TLS13 family (incl. -PQ- and -Res-
// variants), FS-1-2 and TLS-1-2. Everything else (2016-08, TLS-1-1, TLS-1-0, FS-2018-06, 2015-05)
// still accepts TLS 1.0/1.1.
const modernPolicy = /^ELBSecurityPolicy-(TLS13-|FS-1-2-|TLS-1-2-)[A-Za-z0-9-]+$/;

/** Throws unless the ELB security policy refuses TLS below 1.2. */
export function assertModernTlsPolicy(path: string, policy: string): void {
  if (!modernPolicy.test(policy)) {
    throw new EdgeConfigError(
      path,
      "tlsPolicy allows TLS below 1.2",
      policy,
      `a TLS 1.2+ policy such as ${DEFAULT_TLS_POLICY} or ELBSecurityPolicy-TLS13-1-2-PQ-2025-09`,
    );
  }
}
