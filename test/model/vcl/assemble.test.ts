import { assembleServiceVcl, defaultBackends, ServiceVclJson } from "../../../lib/model/vcl";

const origin = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  address: `${name.replace(/_/g, "-")}.example.com`,
  port: 443,
  use_ssl: true,
  ssl_cert_hostname: `${name}.example.com`,
  ssl_sni_hostname: `${name}.example.com`,
  min_tls_version: "1.2",
  ...extra,
});

/** The text between two markers (first occurrence), markers excluded. */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`markers ${from} … ${to} not found`);
  return text.slice(start + from.length, end);
}

/** Index of each needle in text, failing loudly when one is missing. */
function positions(text: string, needles: string[]): number[] {
  return needles.map((n) => {
    const i = text.indexOf(n);
    if (i < 0) throw new Error(`not found: ${n}`);
    return i;
  });
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe("assembleServiceVcl: vcl_recv in Fastly's order", () => {
  const service: ServiceVclJson = {
    name: "svc",
    backend: [origin("web", { shield: "bwi-va-us" }), origin("api", { request_condition: "is-api" })],
    condition: [
      { name: "late", type: "REQUEST", statement: 'req.url ~ "^/late"', priority: 20 },
      { name: "is-api", type: "REQUEST", statement: 'req.url ~ "^/api/"', priority: 5 },
      { name: "cache-only", type: "CACHE", statement: "beresp.status == 404", priority: 1 },
    ],
    request_setting: [{ name: "tls", force_ssl: true }],
    snippet: [
      { name: "second", type: "recv", priority: 50, content: "set req.http.B = \"2\";" },
      { name: "first", type: "recv", priority: 10, content: "set req.http.A = \"1\";" },
    ],
  };
  const recv = between(assembleServiceVcl(service), "#--FASTLY RECV BEGIN", "#--FASTLY RECV END");

  test("shield flag, snippets by priority, default conditions, request conditions, shield blocks", () => {
    const order = positions(recv, [
      "declare local var.fastly_req_do_shield BOOL;",
      "# Snippet first : 10",
      "# Snippet second : 50",
      "# default conditions",
      "set req.backend = F_web;",
      'error 801 "Force SSL";',
      "# end default conditions",
      "# Request Condition: is-api Prio: 5",
      "#do shield here F_web > ssl_shield_bwi_va_us;",
    ]);
    expect(order).toEqual(sorted(order));
  });

  test("the default conditions set the backend without a request condition; conditions route the others", () => {
    expect(defaultBackends(service)).toEqual(["web"]);
    expect(between(recv, "# default conditions", "# end default conditions")).toContain("set req.backend = F_web;");
    expect(recv).toContain(['  if( req.url ~ "^/api/" ) {', "    set req.backend = F_api;", "  }"].join("\n"));
    // A condition no backend uses renders nothing; CACHE conditions never appear in recv.
    expect(recv).not.toContain("late");
    expect(recv).not.toContain("cache-only");
  });

  test("the shield block hands the chosen backend to its shield POP", () => {
    expect(recv).toContain(
      [
        "    if (req.backend == F_web && var.fastly_req_do_shield) {",
        "      set req.backend = fastly.try_select_shield(ssl_shield_bwi_va_us, F_web);",
        "    }",
      ].join("\n"),
    );
  });

  test("no default backend when every backend has a request condition", () => {
    const all: ServiceVclJson = { backend: [origin("a", { request_condition: "never" })], condition: { name: "never", type: "REQUEST", statement: "!req.url" } };
    const r = between(assembleServiceVcl(all), "# default conditions", "# end default conditions");
    expect(defaultBackends(all)).toEqual([]);
    expect(r).not.toContain("req.backend");
  });
});

describe("assembleServiceVcl: declarations", () => {
  const service: ServiceVclJson = {
    backend: [
      origin("api-east", { healthcheck: "east-health", override_host: "api.example.com", keepalive_time: 60, first_byte_timeout: 20000, weight: 40 }),
      origin("api_west"),
    ],
    healthcheck: [{ name: "east-health", host: "api.example.com", path: "/healthz", method: "HEAD", expected_response: 200, check_interval: 5000, timeout: 2000, window: 5, threshold: 3, initial: 3 }],
    director: [
      { name: "api-pool", type: 3, backends: ["api-east", "api_west"], quorum: 50, retries: 2, shield: "iad-va-us" },
      { name: "spread", type: 1, backends: ["api_west"] },
    ],
  };
  const vcl = assembleServiceVcl(service);

  test("backends become F_<name> with dashes rewritten, TLS checked and the health check as probe", () => {
    const east = between(vcl, "backend F_api_east {", "\n}");
    expect(east).toContain('.host = "api-east.example.com";');
    expect(east).toContain('.port = "443";');
    expect(east).toContain(".ssl = true;");
    expect(east).toContain(".ssl_check_cert = always;");
    expect(east).toContain('.ssl_sni_hostname = "api-east.example.com";');
    expect(east).toContain('.host_header = "api.example.com";');
    expect(east).toContain(".always_use_host_header = true;");
    expect(east).toContain(".keepalive_time = 60s;");
    expect(east).toContain(".first_byte_timeout = 20s;");
    expect(east).toContain('.request = "HEAD /healthz HTTP/1.1" "Host: api.example.com" "Connection: close" "User-Agent: Varnish/fastly (healthcheck)";');
    expect(east).toContain(".interval = 5s;");
    expect(east).toContain(".initial = 3;");
    // Without a health check Fastly's dummy probe keeps the backend healthy.
    expect(between(vcl, "backend F_api_west {", "\n}")).toContain(".dummy = true;");
  });

  test("directors keep their type, quorum and member weights; only random directors retry", () => {
    expect(vcl).toContain(
      ["director api_pool hash {", "  .quorum = 50%;", "  { .backend = F_api_east; .weight = 40; }", "  { .backend = F_api_west; .weight = 100; }", "}"].join("\n"),
    );
    expect(vcl).toContain(["director spread random {", "  .quorum = 75%;", "  .retries = 5;", "  { .backend = F_api_west; .weight = 100; }", "}"].join("\n"));
  });

  test("a shielded director gets its shield POP declared once and a shield block", () => {
    expect(vcl.match(/director ssl_shield_iad_va_us shield \{/g)).toHaveLength(1);
    expect(vcl).toContain("if (req.backend == api_pool && var.fastly_req_do_shield) {");
    expect(vcl).toContain("set req.backend = fastly.try_select_shield(ssl_shield_iad_va_us, api_pool);");
  });

  test("declarations come before every subroutine", () => {
    expect(vcl.indexOf("director api_pool")).toBeLessThan(vcl.indexOf("sub vcl_recv"));
  });
});

describe("assembleServiceVcl: other subroutines", () => {
  const service: ServiceVclJson = {
    default_ttl: 86400,
    stale_if_error: true,
    stale_if_error_ttl: 600,
    backend: origin("o"),
    gzip: { name: "gzip", extensions: ["css", "js"], content_types: ["text/css", "image/svg+xml"] },
    snippet: [
      { name: "fns", type: "init", priority: 10, content: "sub edge_fn BOOL {\n  return true;\n}" },
      { name: "f", type: "fetch", priority: 10, content: "set beresp.http.X-F = \"1\";" },
      { name: "e", type: "error", priority: 10, content: "set obj.http.X-E = \"1\";" },
      { name: "d", type: "deliver", priority: 10, content: "set resp.http.X-D = \"1\";" },
      { name: "l", type: "log", priority: 10, content: "log \"x\";" },
      { name: "n", type: "none", priority: 10, content: "NOT RENDERED" },
    ],
  };
  const vcl = assembleServiceVcl(service);

  test("init snippets sit at the top level, before the subroutines", () => {
    expect(vcl.indexOf("# Snippet fns : 10")).toBeLessThan(vcl.indexOf("sub vcl_recv"));
  });

  test("fetch: stale-if-error, then snippets, then gzip; the boilerplate keeps the default TTL", () => {
    const fetch = between(vcl, "#--FASTLY FETCH BEGIN", "#--FASTLY FETCH END");
    const order = positions(fetch, ["set beresp.stale_if_error = 600s;", "# Snippet f : 10", "# Gzip gzip"]);
    expect(order).toEqual(sorted(order));
    expect(fetch).toContain('beresp.http.content-type ~ "^(?:text/css|image/svg\\+xml)\\s*(?:$|;)"');
    expect(fetch).toContain('req.url ~ "\\.(?:css|js)(?:$|\\?)"');
    // Fastly prints !beresp.http.Vary ~ "…" (meaning !(… ~ …)); the parentheses keep falco from reading (!…) ~ ….
    expect(fetch).toContain('if (!(beresp.http.Vary ~ "Accept-Encoding")) {');
    expect(vcl).toContain("set beresp.ttl = 86400s;");
  });

  test("error, deliver and log snippets land inside Fastly's generated block", () => {
    expect(between(vcl, "#--FASTLY ERROR BEGIN", "#--FASTLY ERROR END")).toContain("# Snippet e : 10");
    expect(between(vcl, "#--FASTLY DELIVER BEGIN", "#--FASTLY DELIVER END")).toContain("# Snippet d : 10");
    expect(between(vcl, "#--FASTLY LOG BEGIN", "#--FASTLY LOG END")).toContain("# Snippet l : 10");
    expect(vcl).not.toContain("NOT RENDERED");
  });

  test("every #FASTLY macro is replaced and vcl_pipe is added", () => {
    expect(vcl).not.toMatch(/^#FASTLY /m);
    expect(vcl).toContain("sub vcl_pipe {\n#--FASTLY PIPE BEGIN");
  });
});

describe("assembleServiceVcl: the service's own main VCL", () => {
  test("includes are inlined and the macros expanded in place", () => {
    const vcl = assembleServiceVcl({
      backend: [origin("o")],
      vcl: [
        { name: "main", main: true, content: 'include "helpers";\nsub vcl_recv {\n#FASTLY recv\n  return(pass);\n}\n' },
        { name: "helpers", content: "sub helper {\n  set req.http.H = \"1\";\n}" },
      ],
    });
    expect(vcl).toContain("sub helper {");
    expect(vcl).not.toContain('include "helpers"');
    expect(vcl).toMatch(/#--FASTLY RECV END\n {2}return\(pass\);/);
  });

  test("blocks the assembly does not render are named in the header", () => {
    const vcl = assembleServiceVcl({
      name: "svc",
      backend: [origin("o")],
      header: [{ name: "h" }],
      logging_https: [{ name: "placed", url: "https://x" }, { name: "vcl-written", url: "https://y", placement: "none" }],
    });
    expect(vcl.split("\n")[1]).toBe('# Not rendered: header, logging "placed".');
  });
});
