import { EdgeConfigError } from "../errors";

/**
 * AWS's hybrid post-quantum listener policy (the console default since 2025-09): TLS 1.3 with
 * ML-KEM hybrid key exchange for clients that offer it, classical TLS 1.3, and TLS 1.2 with
 * forward-secret AEAD ciphers.
 */
export const DEFAULT_TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09";

/** Lowest TLS version an ELB security policy accepts. */
export type TlsFloor = "1.0" | "1.1" | "1.2" | "1.3";

// Known predefined ELB (ALB/NLB) security policies and the lowest protocol each accepts
// (AWS "Security policies for your Application Load Balancer"). A name not listed here is
// "unknown": it may be new, misspelt or a custom NLB policy, and is refused as such.
const POLICY_FLOOR: Readonly<Record<string, TlsFloor>> = {
  "ELBSecurityPolicy-2015-05": "1.0",
  "ELBSecurityPolicy-2016-08": "1.0",
  "ELBSecurityPolicy-TLS-1-0-2015-04": "1.0",
  "ELBSecurityPolicy-FS-2018-06": "1.0",
  "ELBSecurityPolicy-TLS13-1-0-2021-06": "1.0",
  "ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04": "1.0",
  "ELBSecurityPolicy-TLS13-1-0-PQ-2025-09": "1.0",
  "ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09": "1.0",
  "ELBSecurityPolicy-TLS-1-1-2017-01": "1.1",
  "ELBSecurityPolicy-FS-1-1-2019-08": "1.1",
  "ELBSecurityPolicy-TLS13-1-1-2021-06": "1.1",
  "ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04": "1.1",
  "ELBSecurityPolicy-TLS13-1-1-PQ-2025-09": "1.1",
  "ELBSecurityPolicy-TLS13-1-1-FIPS-PQ-2025-09": "1.1",
  "ELBSecurityPolicy-TLS-1-2-2017-01": "1.2",
  "ELBSecurityPolicy-TLS-1-2-Ext-2018-06": "1.2",
  "ELBSecurityPolicy-FS-1-2-2019-08": "1.2",
  "ELBSecurityPolicy-FS-1-2-Res-2019-08": "1.2",
  "ELBSecurityPolicy-FS-1-2-Res-2020-10": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-2021-06": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-Res-2021-06": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09": "1.2",
  "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09": "1.2",
  "ELBSecurityPolicy-TLS13-1-3-2021-06": "1.3",
  "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04": "1.3",
  "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09": "1.3",
  "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09": "1.3",
};

/** The lowest TLS version a known ELB policy accepts, or undefined for a name this library does not know. */
export function tlsPolicyFloor(policy: string): TlsFloor | undefined {
  return Object.prototype.hasOwnProperty.call(POLICY_FLOOR, policy) ? POLICY_FLOOR[policy] : undefined;
}

/** Known policies that refuse every TLS version below 1.2, sorted. */
export function modernTlsPolicies(): string[] {
  return Object.keys(POLICY_FLOOR)
    .filter((p) => POLICY_FLOOR[p] === "1.2" || POLICY_FLOOR[p] === "1.3")
    .sort();
}

/** What would be accepted, for error messages. */
export const MODERN_TLS_POLICY_EXAMPLES = `a known TLS 1.2+ policy such as ${DEFAULT_TLS_POLICY}, ELBSecurityPolicy-TLS13-1-2-2021-06 or ELBSecurityPolicy-TLS13-1-3-PQ-2025-09`;

/**
 * Why `policy` is refused, or undefined when it is a known policy that refuses TLS below 1.2.
 * An unknown name is reported as unknown (it may be new or misspelt), never as "below 1.2".
 */
export function tlsPolicyProblem(policy: string): string | undefined {
  const floor = tlsPolicyFloor(policy);
  if (floor === undefined) return "is not an ELB security policy this library knows";
  if (floor === "1.0" || floor === "1.1") return `allows TLS below 1.2 (its lowest version is TLS ${floor})`;
  return undefined;
}

/** Throws unless `policy` is a known ELB security policy that refuses TLS below 1.2. */
export function assertModernTlsPolicy(path: string, policy: string): void {
  const problem = tlsPolicyProblem(policy);
  if (problem) throw new EdgeConfigError(path, `tlsPolicy ${problem}`, policy, MODERN_TLS_POLICY_EXAMPLES, "aws.tls-policy");
}
