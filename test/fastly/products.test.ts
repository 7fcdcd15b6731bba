import { BASE, onlyService, snippet, synthService } from "./helpers";

type Block = Record<string, unknown>;

describe("FastlyCdnService on provider 9.x", () => {
  test("Brotli is enabled through the product, not through VCL", () => {
    // WHEN
    const { config } = onlyService(synthService({ ...BASE, compression: { brotli: true } }));
    // THEN
    expect(config.product_enablement).toEqual({ brotli_compression: true });
    expect(config.gzip).toEqual([expect.objectContaining({ name: "gzip" })]);
    expect((config.snippet as Block[]).map((s) => String(s.content)).join("\n")).not.toContain("beresp.brotli");
  });

  test("inspectors and websockets are opt-ins; nothing is enabled by default", () => {
    expect(onlyService(synthService(BASE)).config.product_enablement).toBeUndefined();
    const { config } = onlyService(synthService({ ...BASE, products: { originInspector: true, domainInspector: true, websockets: false } }));
    expect(config.product_enablement).toEqual({ origin_inspector: true, domain_inspector: true });
  });

  test("http3 is enabled on the service and advertised with h3.alt_svc() in recv", () => {
    // WHEN
    const on = onlyService(synthService({ ...BASE, http3: true })).config;
    const off = onlyService(synthService(BASE)).config;
    // THEN
    expect(on.http3).toBe(true);
    expect(snippet(on, "edge-http3")).toEqual({ name: "edge-http3", type: "recv", priority: 5, content: expect.stringContaining("h3.alt_svc();") });
    expect(off.http3).toBe(false);
    expect(snippet(off, "edge-http3")).toBeUndefined();
  });

  test("an origin's keep-alive becomes keepalive_time; unset leaves Fastly's default", () => {
    const { config } = onlyService(
      synthService({ ...BASE, origins: [{ name: "origin", target: "origin.example.com", healthCheck: { path: "/healthz" }, keepAliveSeconds: 90 }] }),
    );
    expect((config.backend as Block[])[0].keepalive_time).toBe(90);
    expect((onlyService(synthService(BASE)).config.backend as Block[])[0].keepalive_time).toBeUndefined();
  });

  test("fails on a keep-alive that is not a whole number of seconds up to an hour", () => {
    expect(() =>
      synthService({ ...BASE, origins: [{ name: "origin", target: "origin.example.com", keepAliveSeconds: 0 }] }),
    ).toThrow(/^test\/cdn: origins\[0\]\.keepAliveSeconds is out of range/);
  });
});
