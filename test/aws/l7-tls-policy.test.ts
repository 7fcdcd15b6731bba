import { EdgeConfigError } from "../../lib/errors";
import { assertModernTlsPolicy, DEFAULT_TLS_POLICY, modernTlsPolicies, tlsPolicyFloor } from "../../lib/aws/tls-policy";

const expected = "a known TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09, ELBSecurityPolicy-TLS13-1-2-2021-06 or ELBSecurityPolicy-TLS13-1-3-PQ-2025-09";

describe("TLS policies", () => {
  test("the default is AWS's hybrid post-quantum policy with a TLS 1.2 floor", () => {
    expect(DEFAULT_TLS_POLICY).toBe("ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09");
    expect(tlsPolicyFloor(DEFAULT_TLS_POLICY)).toBe("1.2");
    expect(() => assertModernTlsPolicy("p", DEFAULT_TLS_POLICY)).not.toThrow();
  });

  test.each([
    ["ELBSecurityPolicy-TLS13-1-2-2021-06"],
    ["ELBSecurityPolicy-TLS13-1-2-PQ-2025-09"],
    ["ELBSecurityPolicy-TLS13-1-3-PQ-2025-09"],
    ["ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09"],
    ["ELBSecurityPolicy-TLS-1-2-Ext-2018-06"],
    ["ELBSecurityPolicy-FS-1-2-Res-2020-10"],
  ])("accepts the TLS 1.2+ policy %s", (policy) => {
    expect(() => assertModernTlsPolicy("p", policy)).not.toThrow();
  });

  test.each([
    ["ELBSecurityPolicy-TLS13-1-0-2021-06", "1.0"],
    ["ELBSecurityPolicy-TLS13-1-1-2021-06", "1.1"],
    ["ELBSecurityPolicy-2016-08", "1.0"],
    ["ELBSecurityPolicy-TLS-1-1-2017-01", "1.1"],
    ["ELBSecurityPolicy-FS-1-1-2019-08", "1.1"],
    ["ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04", "1.0"],
  ])("fails on %s, which allows TLS %s", (policy, floor) => {
    expect(() => assertModernTlsPolicy("p", policy)).toThrow(new EdgeConfigError("p", `tlsPolicy allows TLS below 1.2 (its lowest version is TLS ${floor})`, policy, expected));
  });

  test.each([
    // A TLS13 prefix alone proves nothing: the old regex accepted these.
    ["ELBSecurityPolicy-TLS13-1-2-2099-01"],
    ["ELBSecurityPolicy-TLS13-typo"],
    ["elbsecuritypolicy-tls13-1-2-2021-06"],
    ["toString"],
    [""],
  ])("fails on the unknown name %j as unknown, not as below 1.2", (policy) => {
    expect(() => assertModernTlsPolicy("p", policy)).toThrow(new EdgeConfigError("p", "tlsPolicy is not an ELB security policy this library knows", policy, expected));
  });

  test("every modern policy has a TLS 1.2 or 1.3 floor and none is a TLS 1.0/1.1 policy name", () => {
    const modern = modernTlsPolicies();
    expect(modern.length).toBe(27);
    for (const p of modern) expect(p).not.toMatch(/-1-[01]-|2016-08|2015-05|FS-2018-06/);
  });
});
