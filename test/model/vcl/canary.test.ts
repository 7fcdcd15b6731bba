import { canaryBucket, canaryFetch, canaryInit, canaryRecv } from "../../../lib/model/vcl";

describe("canaryBucket", () => {
  test("pins the buckets the falco tests rely on (seed packager-v2)", () => {
    expect(canaryBucket("packager-v2", "viewer-72")).toBe(1);
    expect(canaryBucket("packager-v2", "viewer-259")).toBe(0);
    expect(canaryBucket("packager-v2", "viewer-1")).toBe(53);
    expect(canaryBucket("packager-v2", "viewer-3")).toBe(96);
  });

  test("spreads 10 000 users within 1.5 points of 5 % for a 5 % split", () => {
    let inside = 0;
    for (let i = 0; i < 10000; i++) if (canaryBucket("seed", `user-${i}`) < 5) inside++;
    expect(Math.abs(inside / 10000 - 0.05)).toBeLessThan(0.015);
  });

  test("a user inside the canary at 5 % stays inside at 25 % (monotone ramp)", () => {
    for (let i = 0; i < 2000; i++) {
      const b = canaryBucket("seed", `user-${i}`);
      if (b < 5) expect(b < 25).toBe(true);
    }
  });
});

describe("canaryRecv", () => {
  test("header selector: decides at the edge node only, falls back when unhealthy, routes", () => {
    // WHEN
    const vcl = canaryRecv({ decision: { kind: "header", name: "X-Canary", value: "1" }, canaryBackend: "F_canary", productionBackend: "pool" });
    // THEN
    expect(vcl).toBe(
      [
        "if (edge_is_edge_node()) {",
        "  # The routing decision is made here only; clients cannot set the routing key.",
        '  set req.http.X-Edge-Canary = "production";',
        "  unset req.http.X-Edge-Canary-Fallback;",
        '  if (req.http.X-Canary == "1") {',
        '    set req.http.X-Edge-Canary = "canary";',
        "  }",
        '  if (req.http.X-Edge-Canary == "canary" && !backend.F_canary.healthy) {',
        '    set req.http.X-Edge-Canary = "production";',
        '    set req.http.X-Edge-Canary-Fallback = "1";',
        "  }",
        "}",
        'if (req.http.X-Edge-Canary == "canary" && backend.F_canary.healthy) {',
        "  set req.backend = F_canary;",
        "} else {",
        "  set req.backend = pool;",
        "}",
        "",
      ].join("\n"),
    );
  });

  test("cookie selector without a value tests presence", () => {
    const vcl = canaryRecv({ decision: { kind: "cookie", name: "beta" }, canaryBackend: "F_c", productionBackend: "F_p" });
    expect(vcl).toContain("  if (req.http.Cookie:beta) {\n");
    expect(vcl).not.toContain("edge_canary_bucket");
  });

  test("percentage selector: seeded sha256 of the user id, else the client IP, modulo 100", () => {
    const vcl = canaryRecv({
      decision: { kind: "percentage", percent: 25, seed: "s1", userIdHeader: "X-User-ID" },
      canaryBackend: "F_c",
      productionBackend: "F_p",
    });
    expect(vcl.split("\n").slice(0, 1)).toEqual(["declare local var.edge_canary_bucket INTEGER;"]);
    expect(vcl).toContain(
      [
        "  if (req.http.X-User-ID) {",
        '    set var.edge_canary_bucket = std.strtol(substr(digest.hash_sha256("s1:" + req.http.X-User-ID), 0, 7), 16);',
        "  } else {",
        '    set var.edge_canary_bucket = std.strtol(substr(digest.hash_sha256("s1:" + client.ip), 0, 7), 16);',
        "  }",
        "  set var.edge_canary_bucket %= 100;",
        "  if (var.edge_canary_bucket < 25) {",
        '    set req.http.X-Edge-Canary = "canary";',
        "  }",
      ].join("\n"),
    );
  });
});

describe("canaryInit and canaryFetch", () => {
  test("the edge-node check is a mockable function linted in RECV scope", () => {
    const vcl = canaryInit();
    expect(vcl).not.toContain("edge_canary_healthy");
    expect(vcl).toContain("# @scope: recv\nsub edge_is_edge_node BOOL {\n  if (fastly.ff.visits_this_service == 0 && req.restarts == 0) {");
  });

  test("Vary gets the routing key through the subfield form (once, keeping the origin's entries)", () => {
    expect(canaryFetch()).toBe(["# Canary and production objects never share a cache entry.", 'set beresp.http.Vary:X-Edge-Canary = "";', ""].join("\n"));
  });
});
