import { Route53Zone } from "@cdktf/provider-aws/lib/route53-zone";
import { TerraformStack, Testing } from "cdktf";
import { EdgeConfigError } from "../../lib/errors";
import { FastlyCdnService, FastlyComputeService, FastlyComputeServiceProps } from "../../lib/fastly";
import { BASE } from "./helpers";

type Block = Record<string, unknown>;

describe("FastlyCdnService tls", () => {
  test("a subscription for the domains; with a zone, one challenge CNAME per domain and a validation", () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), "test");
    // WHEN
    const service = new FastlyCdnService(stack, "cdn", {
      ...BASE,
      domains: ["cdn.example.com", "*.img.example.com"],
      tls: { route53Zone: { zoneId: "Z0123456789ABC" } },
    });
    const json = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Block>> };
    // THEN
    const [[subId, sub]] = Object.entries(json.resource.fastly_tls_subscription);
    expect(sub).toEqual(expect.objectContaining({ domains: ["cdn.example.com", "*.img.example.com"], certificate_authority: "lets-encrypt" }));
    expect(sub.depends_on).toEqual([expect.stringMatching(/^fastly_service_vcl\./)]);
    const records = Object.values(json.resource.aws_route53_record).filter((r) => String(r.name).startsWith("_acme-challenge."));
    expect(records.map((r) => r.name)).toEqual(["_acme-challenge.cdn.example.com", "_acme-challenge.img.example.com"]);
    expect(records[0]).toEqual(
      expect.objectContaining({
        zone_id: "Z0123456789ABC",
        type: "CNAME",
        records: [`\${one([for c in fastly_tls_subscription.${subId}.managed_dns_challenges : c.record_value if c.record_name == "_acme-challenge.cdn.example.com"])}`],
      }),
    );
    const [validation] = Object.values(json.resource.fastly_tls_subscription_validation);
    expect(validation.subscription_id).toBe(`\${fastly_tls_subscription.${subId}.id}`);
    expect(validation.depends_on).toHaveLength(2);
    expect(Object.keys(service.tlsSubscription?.challengeRecords ?? {})).toHaveLength(2);
  });

  test("accepts an aws Route53Zone as the zone", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const zone = new Route53Zone(stack, "zone", { name: "example.com" });
    new FastlyCdnService(stack, "cdn", { ...BASE, tls: { route53Zone: zone } });
    const json = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Block>> };
    expect(Object.values(json.resource.aws_route53_record)[0].zone_id).toBe("${aws_route53_zone.zone.zone_id}");
  });

  test("without a zone there are no records and no validation", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    new FastlyCdnService(stack, "cdn", { ...BASE, tls: { certificateAuthority: "globalsign" } });
    const json = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Block>> };
    expect(Object.values(json.resource.fastly_tls_subscription)[0].certificate_authority).toBe("globalsign");
    expect(json.resource.aws_route53_record).toBeUndefined();
    expect(json.resource.fastly_tls_subscription_validation).toBeUndefined();
  });
});

describe("FastlyComputeService", () => {
  const props: FastlyComputeServiceProps = {
    serviceName: "edge-app",
    domains: ["app.example.com"],
    package: { path: "pkg/edge-app.tar.gz" },
    origins: [{ name: "api", target: "api.example.com" }],
  };

  test("package with a plan-time hash, TLS backends", () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), "test");
    // WHEN
    new FastlyComputeService(stack, "compute", props);
    const json = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Block>> };
    // THEN
    const [svc] = Object.values(json.resource.fastly_service_compute);
    expect(svc.package).toEqual({ filename: "pkg/edge-app.tar.gz", source_code_hash: '${filesha512("pkg/edge-app.tar.gz")}' });
    expect(svc.backend).toEqual([expect.objectContaining({ name: "api", use_ssl: true, ssl_check_cert: true, min_tls_version: "1.2", ssl_sni_hostname: "api.example.com" })]);
    expect((svc.backend as Block[])[0].healthcheck).toBeUndefined();
    expect(svc.resource_link).toBeUndefined();
    expect(svc.domain).toEqual([{ name: "app.example.com" }]);
  });

  test("backend names take '-' and capitals: a Compute service has no VCL to refer to them", () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), "test");
    // WHEN
    new FastlyComputeService(stack, "compute", { ...props, origins: [{ name: "api-east", target: "a.example.com" }, { name: "API", target: "b.example.com" }] });
    const json = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Block>> };
    // THEN
    const [svc] = Object.values(json.resource.fastly_service_compute);
    expect((svc.backend as Block[]).map((b) => b.name)).toEqual(["api-east", "API"]);
  });

  test("KV, config and secret stores are created and linked by resource_link", () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), "test");
    // WHEN
    new FastlyComputeService(stack, "compute", {
      ...props,
      stores: {
        kv: [{ name: "sessions", location: "EU" }],
        config: [{ name: "flags", entries: { beta: "on" } }, { name: "routes", linkName: "route_table", existingId: "abc123" }],
        secret: [{ name: "keys" }],
      },
    });
    const json = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Block>> };
    // THEN
    const [svc] = Object.values(json.resource.fastly_service_compute);
    const [kvId] = Object.keys(json.resource.fastly_kvstore);
    const [configId] = Object.keys(json.resource.fastly_configstore);
    const [secretId] = Object.keys(json.resource.fastly_secretstore);
    expect(json.resource.fastly_kvstore[kvId]).toEqual({ name: "sessions", location: "EU" });
    expect(Object.values(json.resource.fastly_configstore_entries)).toEqual([
      { store_id: `\${fastly_configstore.${configId}.id}`, entries: { beta: "on" }, manage_entries: true },
    ]);
    expect(svc.resource_link).toEqual([
      { name: "sessions", resource_id: `\${fastly_kvstore.${kvId}.id}` },
      { name: "flags", resource_id: `\${fastly_configstore.${configId}.id}` },
      { name: "route_table", resource_id: "abc123" },
      { name: "keys", resource_id: `\${fastly_secretstore.${secretId}.id}` },
    ]);
    // Secrets never pass through Terraform: the secret store has no entries resource.
    expect(json.resource.fastly_secretstore[secretId]).toEqual({ name: "keys" });
  });

  test.each<[string, Partial<FastlyComputeServiceProps>, RegExp]>([
    ["a package that is not a .tar.gz", { package: { path: "bin/main.wasm" } }, /package\.path is not a Compute package archive/],
    ["a domain that is not a hostname", { domains: ["app.example.com:443"] }, /domains\[0\] is not a hostname/],
    ["two backends with one name", { origins: [{ name: "api", target: "a.example.com" }, { name: "api", target: "b.example.com" }] }, /origins has two backends with one name: "api" is listed twice/],
    ["two stores linked under one name", { stores: { kv: [{ name: "a", linkName: "data" }], config: [{ name: "b", linkName: "data" }] } }, /stores has two store link names with one name: "data" is listed twice/],
    ["a config store key with a space", { stores: { config: [{ name: "flags", entries: { "two words": "x" } }] } }, /config store "flags" has an unusable key/],
  ])("fails on %s", (_name, override, message) => {
    const stack = new TerraformStack(Testing.app(), "test");
    expect(() => new FastlyComputeService(stack, "compute", { ...props, ...override })).toThrow(EdgeConfigError);
    expect(() => new FastlyComputeService(stack, "compute2", { ...props, ...override })).toThrow(new RegExp(`^test/compute2: .*${message.source}`));
  });
});
