import { EdgeConfigError } from "../../lib/errors";
import { BASE, synthService } from "./helpers";

type Block = Record<string, unknown>;
const ZONE = { zoneId: "Z123", zoneName: "example.com" };

function records(json: { resource: Record<string, Record<string, Block>> }): Block[] {
  return Object.values(json.resource.aws_route53_record ?? {});
}

describe("DNS for the service (tls.route53Zone)", () => {
  test("every domain gets the record that sends it to Fastly, and the certificate covers exactly those names", () => {
    const domains = ["example.com", "www.example.com", "img.example.com"];
    const { json } = synthService({ ...BASE, domains, tls: { route53Zone: ZONE } });
    const [subscriptionId] = Object.keys(json.resource.fastly_tls_subscription);
    const traffic = records(json).filter((r) => !String(r.name).startsWith("_acme-challenge."));
    expect(traffic.map((r) => `${r.name} ${r.type}`).sort()).toEqual(["example.com A", "img.example.com CNAME", "www.example.com CNAME"]);
    for (const r of traffic) {
      expect(r.zone_id).toBe("Z123");
      expect(r.ttl).toBe(300);
      // The values come from the subscription's managed_http_challenges for that name and type (else for that type).
      expect(r.records).toBe(
        `\${coalescelist(flatten([for c in fastly_tls_subscription.${subscriptionId}.managed_http_challenges : c.record_values if c.record_name == "${r.name}" && c.record_type == "${r.type}"]), distinct(flatten([for c in fastly_tls_subscription.${subscriptionId}.managed_http_challenges : c.record_values if c.record_type == "${r.type}"])))}`,
      );
    }
    const [subscription] = Object.values(json.resource.fastly_tls_subscription);
    expect([...(subscription.domains as string[])].sort()).toEqual(traffic.map((r) => String(r.name)).sort());
  });

  test("a domain outside the zone is refused with the path, the domain and the way out", () => {
    let error: unknown;
    try {
      synthService({ ...BASE, domains: ["cdn.example.org"], tls: { route53Zone: ZONE } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EdgeConfigError);
    expect(String((error as Error).message)).toMatch(/test\/cdn\/Tls.*cdn\.example\.org.*routeTraffic: false/s);
  });

  test("routeTraffic: false leaves traffic records to the user, challenges stay", () => {
    const { json } = synthService({ ...BASE, tls: { route53Zone: ZONE, routeTraffic: false } });
    expect(records(json).map((r) => r.name)).toEqual(["_acme-challenge.cdn.example.com"]);
  });

  test("without zoneName every domain gets a CNAME; without a zone no record is written", () => {
    const withId = synthService({ ...BASE, tls: { route53Zone: { zoneId: "Z9" } } });
    expect(records(withId.json).filter((r) => r.name === "cdn.example.com").map((r) => r.type)).toEqual(["CNAME"]);
    const none = synthService({ ...BASE, tls: {} });
    expect(records(none.json)).toEqual([]);
  });

  test("a TTL Route 53 cannot take is refused", () => {
    expect(() => synthService({ ...BASE, tls: { route53Zone: ZONE, trafficTtlSeconds: -1 } })).toThrow(EdgeConfigError);
  });
});
