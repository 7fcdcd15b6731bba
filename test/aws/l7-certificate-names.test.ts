import { Pop } from "../../lib/aws/pop";
import { certificateCovers, uncoveredNames } from "../../lib/model/tls-names";
import { fixture, network, ofType } from "./helpers";

describe("certificate names", () => {
  test.each([
    [["www.example.com"], "www.example.com", true],
    [["WWW.Example.com"], "www.example.com.", true],
    [["*.example.com"], "www.example.com", true],
    [["*.example.com"], "example.com", false],
    [["*.example.com"], "a.b.example.com", false],
    [["fra.pop.example.com"], "www.example.com", false],
  ])("%j covers %s: %s", (names, host, covered) => {
    expect(certificateCovers(names, host)).toBe(covered);
  });

  test("uncoveredNames lists exactly the names the certificate misses", () => {
    expect(uncoveredNames(["fra.pop.example.com", "*.cdn.example.com"], ["www.example.com", "fra.pop.example.com", "a.cdn.example.com"])).toEqual(["www.example.com"]);
  });

  test("a POP added to the DNS tier carries the service name on its certificate", () => {
    // GIVEN
    const { stack, dns, dc } = fixture();
    // WHEN
    const pop = new Pop(stack, "Fra", { name: "fra", region: "eu-central-1", network, hostname: "fra.pop.example.com", serviceNames: ["www.example.com"], zone: dns, origins: [dc], l4: { kind: "managed" } });
    dns.addPop(pop, { kind: "latency", latencyRegion: "eu-central-1" });
    // THEN
    expect(pop.certificateNames).toEqual(["fra.pop.example.com", "www.example.com"]);
    expect(ofType(stack, "aws_acm_certificate")[0]).toMatchObject({ domain_name: "fra.pop.example.com", subject_alternative_names: ["www.example.com"] });
  });

  test("fails when DNS would send the service name to a POP whose certificate does not cover it", () => {
    const { stack, dns, dc } = fixture();
    const pop = new Pop(stack, "Fra", { name: "fra", region: "eu-central-1", network, hostname: "fra.pop.example.com", zone: dns, origins: [dc], l4: { kind: "managed" } });
    expect(() => dns.addPop(pop, { kind: "latency", latencyRegion: "eu-central-1" })).toThrow(
      'test/Dns/fra: the POP\'s certificate does not cover the service name DNS answers with (got ["fra.pop.example.com"]); expected a certificate that also names www.example.com (Pop serviceNames: ["www.example.com"])',
    );
  });
});
