import { EdgeConfigError } from "../../lib/errors";
import { L7Tier } from "../../lib/aws/l7-tier";
import { fixture, network, ofType } from "./helpers";

describe("L7Tier", () => {
  test("terminates TLS with the post-quantum TLS 1.3 policy and a DNS-validated certificate for every name DNS sends", () => {
    // GIVEN
    const { stack, dns, dc } = fixture();
    // WHEN
    new L7Tier(stack, "L7", { name: "fra", region: "eu-central-1", network, domainName: "fra.example.com", alternativeNames: ["www.example.com"], zone: dns, origins: [dc] });
    // THEN
    const listeners = ofType(stack, "aws_lb_listener");
    const https = listeners.find((l) => l.port === 443)!;
    expect(https.ssl_policy).toBe("ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09");
    expect(https.protocol).toBe("HTTPS");
    expect(https.certificate_arn).toMatch(/aws_acm_certificate_validation\..*\.certificate_arn/);
    const http = listeners.find((l) => l.port === 80)!;
    expect(http.default_action).toEqual([{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", status_code: "HTTP_301" } }]);
    expect(ofType(stack, "aws_acm_certificate")[0]).toMatchObject({
      domain_name: "fra.example.com",
      subject_alternative_names: ["www.example.com"],
      validation_method: "DNS",
      region: "eu-central-1",
    });
  });

  test("a certificate without alternative names covers the domain name only", () => {
    const { stack, dns, dc } = fixture();
    const l7 = new L7Tier(stack, "L7", { name: "fra", region: "eu-central-1", network, domainName: "fra.example.com", zone: dns, origins: [dc] });
    expect(l7.certificateNames).toEqual(["fra.example.com"]);
    expect(ofType(stack, "aws_acm_certificate")[0].subject_alternative_names).toBeUndefined();
  });

  test("fails on an alternative name that is not a hostname", () => {
    const { stack, dns, dc } = fixture();
    expect(() => new L7Tier(stack, "L7", { name: "fra", region: "eu-central-1", network, domainName: "fra.example.com", alternativeNames: ["www example com"], zone: dns, origins: [dc] })).toThrow(
      'test/L7: alternativeNames[0] is not a hostname (got "www example com"); expected a DNS name such as www.example.com (letters, digits, inner hyphens; dot-separated labels; no scheme, port, path or trailing dot; a leading *. is allowed)',
    );
  });

  test("keeps warm HTTP/2 pools to each data center with a slow start", () => {
    const { stack, dns, dc } = fixture();
    new L7Tier(stack, "L7", { name: "fra", region: "eu-central-1", network, domainName: "fra.example.com", zone: dns, origins: [dc] });
    const [group] = ofType(stack, "aws_lb_target_group");
    expect(group).toMatchObject({ protocol: "HTTPS", protocol_version: "HTTP2", target_type: "ip", slow_start: 30, region: "eu-central-1" });
    expect(ofType(stack, "aws_lb")[0]).toMatchObject({ load_balancer_type: "application", enable_http2: true, client_keep_alive: 3600, drop_invalid_header_fields: true });
    expect(ofType(stack, "aws_lb_target_group_attachment")[0]).toMatchObject({ target_id: "10.10.0.10", availability_zone: "all" });
  });

  test.each([
    ["ELBSecurityPolicy-2016-08", "1.0"],
    ["ELBSecurityPolicy-TLS-1-1-2017-01", "1.1"],
    ["ELBSecurityPolicy-FS-2018-06", "1.0"],
    ["ELBSecurityPolicy-TLS13-1-0-2021-06", "1.0"],
    ["ELBSecurityPolicy-TLS13-1-1-2021-06", "1.1"],
  ])("fails on a TLS policy below 1.2: %s", (tlsPolicy, floor) => {
    const { stack, dns, dc } = fixture();
    expect(() => new L7Tier(stack, "L7", { name: "fra", region: "eu-central-1", network, domainName: "fra.example.com", zone: dns, origins: [dc], tlsPolicy })).toThrow(
      new EdgeConfigError("test/L7", `tlsPolicy allows TLS below 1.2 (its lowest version is TLS ${floor})`, tlsPolicy, "a known TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09, ELBSecurityPolicy-TLS13-1-2-2021-06 or ELBSecurityPolicy-TLS13-1-3-PQ-2025-09"),
    );
  });

  test("fails on a region string that is not an AWS region", () => {
    const { stack, dns, dc } = fixture();
    expect(() => new L7Tier(stack, "L7", { name: "fra", region: "europe-1", network, domainName: "fra.example.com", zone: dns, origins: [dc] })).toThrow(
      /test\/L7: region is not an AWS region \(got "europe-1"\); expected a region code such as eu-central-1, eu-central-2/,
    );
  });

  test("fails when there is no data center to serve", () => {
    const { stack, dns } = fixture();
    expect(() => new L7Tier(stack, "L7", { name: "fra", region: "eu-central-1", network, domainName: "fra.example.com", zone: dns, origins: [] })).toThrow(
      "test/L7: origins has 0 entries (got []); expected 1 to 100 entries",
    );
  });
});
