import { canaryPercentOf } from "./canary";
import { answeredNames, uncoveredNames } from "./certificates";
import { loadStack, StackInput } from "./stack-json";

/** Result shape of a jest matcher. */
interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

/** Every name DNS answers (Route53 A/AAAA/CNAME records, Fastly domains) is on some certificate of the stack. */
export function toCoverEveryDnsNameWithCertificate(received: StackInput): MatcherResult {
  const stack = loadStack(received);
  const missing = uncoveredNames(stack);
  const answered = answeredNames(stack);
  return {
    pass: missing.length === 0,
    message: () =>
      missing.length === 0
        ? `expected some DNS name without a certificate, but all ${answered.length} are covered`
        : `${missing.length} of ${answered.length} DNS names have no certificate: ${missing.join(", ")}`,
  };
}

/** The Fastly service's percentage canary (rendered VCL) sends `percent` % of users to the canary. */
export function toHaveCanaryShare(received: StackInput, percent: number, serviceName?: string): MatcherResult {
  const actual = canaryPercentOf(loadStack(received), serviceName);
  return {
    pass: actual === percent,
    message: () =>
      actual === undefined
        ? `expected a ${percent} % canary, but the service has no percentage canary`
        : `expected the canary share ${actual === percent ? "not " : ""}to be ${percent} %, rendered: ${actual} %`,
  };
}

/** The matchers, for `expect.extend(edgeMatchers)`. */
export const edgeMatchers = { toCoverEveryDnsNameWithCertificate, toHaveCanaryShare };

/** Registers the matchers with jest's global `expect` (call in a setup file or at the top of a test). */
export function setupEdgeMatchers(): void {
  const expectGlobal = (globalThis as { expect?: { extend(m: object): void } }).expect;
  if (!expectGlobal) throw new Error("setupEdgeMatchers() must run inside jest (no global expect)");
  expectGlobal.extend(edgeMatchers);
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** Every name DNS answers is covered by a certificate of the stack. */
      toCoverEveryDnsNameWithCertificate(): R;
      /** The (named, or only) Fastly service's percentage canary gets `percent` % of users. */
      toHaveCanaryShare(percent: number, serviceName?: string): R;
    }
  }
}
