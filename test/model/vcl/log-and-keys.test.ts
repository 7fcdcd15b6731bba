import {
  http3AltSvcRecv,
  esiFetch,
  jsonLogExpression,
  logStatements,
  productionRecv,
  requestIdRecv,
  STANDARD_LOG_FIELDS,
  surrogateKeysFetch,
  vclBackendName,
  vclDirectorName,
  vclString,
} from "../../../lib/model/vcl";

describe("names", () => {
  test("backend and director identifiers follow Fastly's renaming", () => {
    expect(vclBackendName("api-east.1")).toBe("F_api_east_1");
    expect(vclDirectorName("api-pool")).toBe("api_pool");
  });

  test("vclString picks the long-string form only when needed", () => {
    expect(vclString("a")).toBe('"a"');
    expect(vclString('{"k":')).toBe('{"{"k":"}');
    expect(() => vclString('x"}y"')).toThrow(/cannot hold/);
  });
});

describe("requestIdRecv and productionRecv", () => {
  test("mints a uuid at the edge node on the first pass only", () => {
    expect(requestIdRecv()).toBe(
      [
        "# One id per client request, minted at the edge node only (the shield reuses it).",
        "if (fastly.ff.visits_this_service == 0 && req.restarts == 0) {",
        "  set req.http.X-Edge-Request-ID = uuid.version4();",
        "}",
        "",
      ].join("\n"),
    );
  });

  test("routes to the production backend explicitly", () => {
    expect(productionRecv("F_origin")).toBe("set req.backend = F_origin;\n");
  });
});

describe("log line", () => {
  test("renders strings escaped, numbers through std.itoa, booleans as true/false", () => {
    const expr = jsonLogExpression([
      { key: "id", expression: "req.http.X-Edge-Request-ID", type: "string" },
      { key: "status", expression: "resp.status", type: "number" },
      { key: "outer", expression: "segmented_caching.is_outer_req", type: "boolean" },
    ]);
    expect(expr).toBe(
      [
        '{"{"id":"} {"""} json.escape(req.http.X-Edge-Request-ID) {"""}',
        '    {","status":"} std.itoa(resp.status)',
        '    {","outer":"} if(segmented_caching.is_outer_req, "true", "false")',
        '    "}"',
      ].join("\n"),
    );
  });

  test("the standard fields carry request id, POP, cache state, canary and segment fields", () => {
    expect(STANDARD_LOG_FIELDS.map((f) => f.key)).toEqual(
      expect.arrayContaining(["request_id", "pop", "cache_state", "canary", "segment_outer", "segment_block", "segment_failed", "segment_cancelled", "segment_error"]),
    );
  });

  test("the log line carries the block-aligned (rounded) range of each segment request", () => {
    expect(STANDARD_LOG_FIELDS).toEqual(
      expect.arrayContaining([
        { key: "segment_range_low", expression: "segmented_caching.rounded_req.range_low", type: "number" },
        { key: "segment_range_high", expression: "segmented_caching.rounded_req.range_high", type: "number" },
      ]),
    );
  });

  test("builds the line once and sends it to each endpoint", () => {
    const vcl = logStatements(["a", "b"], [{ key: "k", expression: "req.url", type: "string" }]);
    expect(vcl).toBe(
      [
        "declare local var.edge_log_line STRING;",
        'set var.edge_log_line = {"{"k":"} {"""} json.escape(req.url) {"""}',
        '    "}";',
        'log {"syslog "} req.service_id {" a :: "} var.edge_log_line;',
        'log {"syslog "} req.service_id {" b :: "} var.edge_log_line;',
        "",
      ].join("\n"),
    );
  });
});

describe("fetch snippets", () => {
  test("surrogate keys: origin header, service key, canary tag", () => {
    expect(surrogateKeysFetch({ fromOriginHeader: "Cache-Tag", serviceKey: "svc", tagCanaryObjects: true })).toBe(
      [
        "# Surrogate keys for purge by key.",
        "if (beresp.http.Cache-Tag) {",
        '  set beresp.http.Surrogate-Key = if(beresp.http.Surrogate-Key, beresp.http.Surrogate-Key " " beresp.http.Cache-Tag, beresp.http.Cache-Tag);',
        "  unset beresp.http.Cache-Tag;",
        "}",
        'set beresp.http.Surrogate-Key = if(beresp.http.Surrogate-Key, beresp.http.Surrogate-Key " " "svc", "svc");',
        'if (req.http.X-Edge-Canary == "canary") {',
        '  set beresp.http.Surrogate-Key = if(beresp.http.Surrogate-Key, beresp.http.Surrogate-Key " " "edge-canary", "edge-canary");',
        "}",
        "",
      ].join("\n"),
    );
  });

  test("http3 is advertised with Fastly's Alt-Svc function", () => {
    expect(http3AltSvcRecv()).toBe("# Advertise HTTP/3 (Alt-Svc) to clients that connected over an older HTTP.\nh3.alt_svc();\n");
  });

  test("esi under the given prefixes", () => {
    expect(esiFetch(["/pages/"])).toBe('if (req.url.path ~ "^(/pages/)") {\n  esi;\n}\n');
  });
});
