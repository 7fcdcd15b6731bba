import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { EdgeConfigError } from "../../lib/errors";
import { FastlyCdnService, FastlyCdnServiceProps } from "../../lib/fastly";
import { IOriginEndpoint } from "../../lib/origin";
import { BASE, onlyService, snippet, synthService, warnings } from "./helpers";

type Block = Record<string, unknown>;
const CANARY = { name: "canary", target: "canary.example.com", healthCheck: { path: "/healthz" } };

describe("FastlyCdnService backends", () => {
  test("origins are reached over TLS 1.2+ with the certificate checked against the SNI name", () => {
    // WHEN
    const { config } = onlyService(synthService({ ...BASE, origins: [{ ...BASE.origins[0], shield: "bwi-va-us", tlsHostname: "tls.example.com" }] }));
    // THEN
    expect(config.backend).toEqual([
      expect.objectContaining({
        name: "origin",
        address: "origin.example.com",
        port: 443,
        use_ssl: true,
        ssl_check_cert: true,
        ssl_cert_hostname: "tls.example.com",
        ssl_sni_hostname: "tls.example.com",
        min_tls_version: "1.2",
        override_host: "tls.example.com",
        shield: "bwi-va-us",
        healthcheck: "origin-health",
        connect_timeout: 1000,
        first_byte_timeout: 15000,
        between_bytes_timeout: 10000,
        max_conn: 200,
      }),
    ]);
    expect(config.healthcheck).toEqual([expect.objectContaining({ name: "origin-health", path: "/healthz", host: "tls.example.com", expected_response: 200 })]);
  });

  test("an IOriginEndpoint supplies name, hostnames, port and health check path", () => {
    // GIVEN
    const dc: IOriginEndpoint = { originName: "dc_iad", originHostname: "lb.iad.example.com", originTlsHostname: "origin.example.com", originPort: 8443, healthCheckPath: "/lb-health" };
    // WHEN
    const { config } = onlyService(synthService({ ...BASE, origins: [{ target: dc }] }));
    // THEN
    expect((config.backend as Block[])[0]).toEqual(expect.objectContaining({ name: "dc_iad", address: "lb.iad.example.com", port: 8443, ssl_cert_hostname: "origin.example.com" }));
    expect((config.healthcheck as Block[])[0]).toEqual(expect.objectContaining({ path: "/lb-health" }));
    expect(snippet(config, "edge-routing")?.content).toBe("set req.backend = F_dc_iad;\n");
  });

  test("an endpoint whose hostname is a Terraform reference is accepted as is", () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), "test");
    const lbName = new TerraformVariable(stack, "lb_dns", { type: "string" }).stringValue;
    // WHEN
    new FastlyCdnService(stack, "cdn", { ...BASE, origins: [{ target: { originName: "l7", originHostname: lbName, originTlsHostname: "origin.example.com", originPort: 443, healthCheckPath: "/" } }] });
    const json = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Block>> };
    // THEN
    const [svc] = Object.values(json.resource.fastly_service_vcl);
    expect((svc.backend as Block[])[0]).toEqual(expect.objectContaining({ name: "l7", address: "${var.lb_dns}", ssl_cert_hostname: "origin.example.com" }));
  });

  test("fails on an unresolved hostname without a name", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const lbName = new TerraformVariable(stack, "lb_dns", { type: "string" }).stringValue;
    expect(() => new FastlyCdnService(stack, "cdn", { ...BASE, origins: [{ target: lbName }] })).toThrow(/^test\/cdn: an origin given as an unresolved hostname has no name/);
  });

  test("a director groups the production origins with quorum and retries; routing names it", () => {
    // WHEN
    const { config } = onlyService(
      synthService({
        ...BASE,
        origins: [
          { name: "east", target: "east.example.com" },
          { name: "west", target: "west.example.com" },
        ],
        director: { name: "pool", type: "client", quorumPercent: 50, retries: 2, shield: "iad-va-us" },
      }),
    );
    // THEN
    expect(config.director).toEqual([{ name: "pool", type: 4, quorum: 50, retries: 2, shield: "iad-va-us", backends: ["east", "west"] }]);
    expect(snippet(config, "edge-routing")?.content).toBe("set req.backend = pool;\n");
  });

  test("service settings: activate, version comment, TTL, stale-if-error, no force_destroy", () => {
    const { config } = onlyService(synthService({ ...BASE, versionComment: "v42", activate: false }));
    expect(config).toEqual(expect.objectContaining({ name: "svc", activate: false, version_comment: "v42", default_ttl: 3600, stale_if_error: true, stale_if_error_ttl: 43200 }));
    expect(config.force_destroy).toBeUndefined();
    expect(config.domain).toEqual([{ name: "cdn.example.com" }]);
  });

  test("the service resource is the construct's default child and serviceId references it", () => {
    const s = synthService(BASE);
    expect(s.service.node.defaultChild).toBe(s.service.resource);
    expect(s.service.serviceId).toMatch(/^\$\{TfToken/);
  });
});

describe("FastlyCdnService logging", () => {
  test("HTTPS, BigQuery and S3 endpoints get placement none and one JSON log snippet; no secrets", () => {
    // WHEN
    const { config } = onlyService(
      synthService({
        ...BASE,
        logging: [
          { kind: "https", name: "collector", url: "https://logs.example.com/" },
          { kind: "bigquery", name: "bq", projectId: "p", dataset: "d", table: "t" },
          { kind: "s3", name: "archive", bucketName: "logs-bucket", iamRoleArn: "arn:aws:iam::123456789012:role/fastly-logs" },
        ],
      }),
    );
    // THEN
    expect(config.logging_https).toEqual([expect.objectContaining({ name: "collector", placement: "none", content_type: "application/json", method: "POST" })]);
    expect(config.logging_bigquery).toEqual([{ name: "bq", project_id: "p", dataset: "d", table: "t", placement: "none" }]);
    expect(config.logging_s3).toEqual([expect.objectContaining({ name: "archive", bucket_name: "logs-bucket", s3_iam_role: "arn:aws:iam::123456789012:role/fastly-logs", placement: "none" })]);
    const log = String(snippet(config, "edge-log")?.content);
    for (const name of ["collector", "bq", "archive"]) expect(log).toContain(`{" ${name} :: "}`);
    for (const field of ["request_id", "pop", "cache_state", "canary", "segment_block", "segment_failed"]) expect(log).toContain(`"${field}":`);
    expect(JSON.stringify(config)).not.toMatch(/secret_key|s3_access_key|email/);
  });
});

describe("FastlyCdnService segmented caching", () => {
  test("renders the rules into a recv snippet before routing", () => {
    const { config } = onlyService(synthService({ ...BASE, segmentedCaching: [{ name: "media", match: { kind: "extensions", extensions: ["ts", "m4s"] } }] }));
    const seg = snippet(config, "edge-segmented-caching");
    expect(seg).toEqual(expect.objectContaining({ type: "recv", priority: 20 }));
    expect(seg?.content).toContain('if (req.url.ext ~ "(?i)^(ts|m4s)$") {');
    expect(snippet(config, "edge-routing")?.priority).toBe(30);
  });

  test("no rules, no segmented-caching snippet and no warning", () => {
    const s = synthService(BASE);
    expect(snippet(onlyService(s).config, "edge-segmented-caching")).toBeUndefined();
    expect(warnings(s)).toEqual([]);
  });

  test.each<[string, FastlyCdnServiceProps, RegExp]>([
    ["a rule on every path", { ...BASE, segmentedCaching: [{ name: "all", match: { kind: "pathPrefixes", prefixes: ["/"] } }] }, /selects every request/],
    ["a rule whose condition is true", { ...BASE, segmentedCaching: [{ name: "all", match: { kind: "condition", statement: "true" } }] }, /selects every request/],
    [
      "extensions that compression covers",
      { ...BASE, compression: { extensions: ["mp4", "css"] }, segmentedCaching: [{ name: "mp4", match: { kind: "extensions", extensions: ["mp4"] } }] },
      /compression also applies to \(extensions mp4\)/,
    ],
    [
      "paths that ESI covers",
      { ...BASE, esiPathPrefixes: ["/pages/"], segmentedCaching: [{ name: "pages", match: { kind: "pathPrefixes", prefixes: ["/pages/big/"] } }] },
      /ESI also applies to \(paths \/pages\/big\/\)/,
    ],
  ])("warns on %s", (_name, props, message) => {
    expect(warnings(synthService(props))).toEqual([expect.stringMatching(message)]);
  });

  test("does not warn when compression covers other extensions", () => {
    const s = synthService({ ...BASE, compression: { extensions: ["css"] }, segmentedCaching: [{ name: "m", match: { kind: "extensions", extensions: ["m4s"] } }] });
    expect(warnings(s)).toEqual([]);
  });
});

describe("FastlyCdnService canary", () => {
  test("renders init functions, routing, Vary and the canary surrogate key", () => {
    const { config } = onlyService(synthService({ ...BASE, canary: { origin: CANARY, selector: { kind: "header", name: "X-Canary" } } }));
    expect(snippet(config, "edge-canary-functions")).toEqual(expect.objectContaining({ type: "init" }));
    expect(snippet(config, "edge-routing")?.content).toContain("set req.backend = F_canary;");
    expect(snippet(config, "edge-canary-vary")).toEqual(expect.objectContaining({ type: "fetch" }));
    expect(snippet(config, "edge-surrogate-keys")?.content).toContain('"edge-canary"');
    expect((config.backend as Block[]).map((b) => b.name)).toEqual(["origin", "canary"]);
  });

  test("a ramp renders its current step and exposes it", () => {
    const s = synthService({ ...BASE, canary: { origin: CANARY, selector: { kind: "ramp", steps: [1, 5, 25, 100], currentStep: 2 } } });
    expect(s.service.canaryPercent).toBe(25);
    expect(snippet(onlyService(s).config, "edge-routing")?.content).toContain("if (var.edge_canary_bucket < 25) {");
    expect(snippet(onlyService(s).config, "edge-routing")?.content).toContain('digest.hash_sha256("svc:" + req.http.X-User-ID)');
  });

  test("changing the percentage changes only the routing snippet of the same resource (in-place update)", () => {
    // GIVEN
    const at = (currentStep: number) =>
      synthService({ ...BASE, canary: { origin: CANARY, selector: { kind: "ramp", steps: [1, 5, 25, 100], currentStep } } });
    // WHEN
    const before = at(1).json;
    const after = at(2).json;
    // THEN: same resource types and addresses
    const addresses = (j: typeof before) => Object.entries(j.resource).flatMap(([type, byId]) => Object.keys(byId).map((id) => `${type}.${id}`));
    expect(addresses(after)).toEqual(addresses(before));
    // and the only difference is the percentage inside the routing snippet
    const [id] = Object.keys(before.resource.fastly_service_vcl);
    const routing = (j: typeof before) => (j.resource.fastly_service_vcl[id].snippet as Block[]).find((x) => x.name === "edge-routing") as Block;
    expect(String(routing(before).content).replace("< 5)", "< 25)")).toBe(routing(after).content);
    routing(before).content = routing(after).content;
    expect(after).toEqual(before);
  });
});

describe("FastlyCdnService rejects bad input", () => {
  test.each<[string, Partial<FastlyCdnServiceProps>, RegExp]>([
    [
      "two backends with one name",
      { canary: { origin: { ...CANARY, name: "origin" }, selector: { kind: "header", name: "X-Canary" } } },
      /origins has two backends \(origins and the canary\) with one name: "origin" is listed twice \(got "origin"\)/,
    ],
    [
      "a canary percentage above 100",
      { canary: { origin: CANARY, selector: { kind: "percentage", percent: 150 } } },
      /canary\.selector\.percent is out of range \(got 150\); expected a whole percent from 0 to 100/,
    ],
    [
      "a negative canary ramp step",
      { canary: { origin: CANARY, selector: { kind: "ramp", steps: [-1, 5], currentStep: 0 } } },
      /canary\.selector\.steps\[0\] is out of range \(got -1\)/,
    ],
    [
      "a block size below 64 KiB",
      { segmentedCaching: [{ name: "m", match: { kind: "extensions", extensions: ["m4s"] }, blockSizeBytes: 1000 }] },
      /block size .* \(got 1000\); expected a power of two from 65536 \(64 KiB\) to 16777216 \(16 MiB\) bytes/,
    ],
    [
      "a block size that is not a power of two",
      { segmentedCaching: [{ name: "m", match: { kind: "extensions", extensions: ["m4s"] }, blockSizeBytes: 3 * 1024 * 1024 }] },
      /block size .* \(got 3145728\)/,
    ],
    [
      "a malformed shield POP code",
      { origins: [{ name: "origin", target: "origin.example.com", shield: "BWI" }] },
      /shield is not a Fastly shield POP code \(got "BWI"\); expected a lower-case POP code such as bwi-va-us/,
    ],
    [
      "a canary without a health check",
      { canary: { origin: { name: "canary", target: "canary.example.com" }, selector: { kind: "header", name: "X-Canary" } } },
      /canary\.origin\.healthCheck is missing: traffic could not fall back to production .*expected canary.origin.healthCheck/,
    ],
    ["a domain that is not a hostname", { domains: ["https://cdn.example.com/"] }, /domains\[0\] is not a hostname \(got "https:\/\/cdn.example.com\/"\); expected a DNS name such as www.example.com/],
    ["an origin that is not a hostname", { origins: [{ name: "o", target: "origin example" }] }, /origins\[0\]\.target is not a hostname/],
    [
      "several origins without a director",
      { origins: [{ name: "a", target: "a.example.com" }, { name: "b", target: "b.example.com" }] },
      /several origins without a director/,
    ],
    ["an ESI prefix without a leading slash", { esiPathPrefixes: ["pages/"] }, /esiPathPrefixes\[0\] is not an HTTP path \(got "pages\/"\)/],
    [
      "a segmented-caching ramp above 100 %",
      { segmentedCaching: [{ name: "m", match: { kind: "extensions", extensions: ["ts"] }, rampPercent: 120 }] },
      /segmented caching rampPercent is outside 0–100 \(got 120\)/,
    ],
    ["a surrogate key with a space", { surrogateKeys: { serviceKey: "my key" } }, /surrogate key is not a single token \(got "my key"\)/],
    ["a backend name with a dot", { origins: [{ name: "api.east", target: "a.example.com" }] }, /origins\[0\]\.name is not a usable backend name \(got "api.east"\)/],
    ["an all-capital backend name", { origins: [{ name: "ORIGIN", target: "a.example.com" }] }, /origins\[0\]\.name is all capital letters: Fastly may declare it without the F_ prefix .* \(got "ORIGIN"\)/],
    [
      "a canary named like an origin once '-' is '_'",
      { origins: [{ name: "api-east", target: "a.example.com" }], canary: { origin: { name: "api_east", target: "c.example.com", healthCheck: { path: "/h" } }, selector: { kind: "header", name: "X-Canary", value: "1" } } },
      /"api-east" and "api_east" are the same VCL name/,
    ],
    ["a director name with a dash", { origins: [{ name: "a", target: "a.example.com" }, { name: "b", target: "b.example.com" }], director: { name: "api-pool", type: "random" } }, /director\.name is not a usable VCL name \(got "api-pool"\)/],
  ])("fails on %s", (_name, override, message) => {
    // WHEN
    let error: unknown;
    try {
      synthService({ ...BASE, ...override });
    } catch (e) {
      error = e;
    }
    // THEN
    expect(error).toBeInstanceOf(EdgeConfigError);
    expect((error as EdgeConfigError).path).toBe("test/cdn");
    expect((error as Error).message).toMatch(/^test\/cdn: /);
    expect((error as Error).message).toMatch(message);
  });
});

describe("FastlyCdnService shielding behind a director", () => {
  test("warns when an origin in a director has its own shield", () => {
    const s = synthService({
      ...BASE,
      origins: [
        { name: "east", target: "east.example.com", shield: "iad-va-us" },
        { name: "west", target: "west.example.com" },
      ],
      director: { type: "random" },
    });
    expect(warnings(s)).toEqual([expect.stringMatching(/origin "east" has shield iad-va-us but is reached through director "origin_pool"/)]);
  });
});
