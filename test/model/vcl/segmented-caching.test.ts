import { segmentedCachingRecv, segmentRampBucket, segmentSelectorCondition } from "../../../lib/model/vcl";

describe("segmentedCachingRecv", () => {
  test("renders one branch per rule, first match wins, block size only where given", () => {
    // WHEN
    const vcl = segmentedCachingRecv([
      { name: "media", match: { kind: "extensions", extensions: ["ts", "m4s"] }, blockSizeBytes: 2097152 },
      { name: "downloads", match: { kind: "pathPrefixes", prefixes: ["/dl/", "/iso.v1/"] } },
      { name: "ranges", match: { kind: "condition", statement: "req.http.Range" } },
    ]);
    // THEN
    expect(vcl).toBe(
      [
        "# Segmented caching only where a rule selects the request (each miss costs one origin",
        "# fetch per block, run one after another).",
        "unset req.http.X-Edge-Segmented;",
        'if (req.url.ext ~ "(?i)^(ts|m4s)$") {',
        "  set req.enable_segmented_caching = true;",
        "  set segmented_caching.block_size = 2097152;",
        '  set req.http.X-Edge-Segmented = "media";',
        '} else if (req.url.path ~ "^(/dl/|/iso\\.v1/)") {',
        "  set req.enable_segmented_caching = true;",
        '  set req.http.X-Edge-Segmented = "downloads";',
        "} else if ((req.http.Range)) {",
        "  set req.enable_segmented_caching = true;",
        '  set req.http.X-Edge-Segmented = "ranges";',
        "}",
        "",
      ].join("\n"),
    );
  });

  test("with no rules only clears the client's header", () => {
    expect(segmentedCachingRecv([])).not.toContain("enable_segmented_caching");
  });

  test("escapes regex metacharacters in extensions", () => {
    expect(segmentSelectorCondition({ kind: "extensions", extensions: ["mp4"] })).toBe('req.url.ext ~ "(?i)^(mp4)$"');
    expect(segmentSelectorCondition({ kind: "pathPrefixes", prefixes: ["/a+b/"] })).toBe('req.url.path ~ "^(/a\\+b/)"');
  });

  test("a ramp selects objects by a stable URL-path bucket, computed once per request", () => {
    const vcl = segmentedCachingRecv([
      { name: "media", match: { kind: "extensions", extensions: ["m4s"] }, rampPercent: 25 },
      { name: "all-downloads", match: { kind: "pathPrefixes", prefixes: ["/dl/"] }, rampPercent: 100 },
    ]);
    expect(vcl).toContain(
      [
        "declare local var.edge_segment_bucket INTEGER;",
        'set var.edge_segment_bucket = std.strtol(substr(digest.hash_sha256("edge-segmented:" + req.url.path), 0, 7), 16);',
        "set var.edge_segment_bucket %= 100;",
        'if (req.url.ext ~ "(?i)^(m4s)$" && var.edge_segment_bucket < 25) {',
      ].join("\n"),
    );
    // 100 % is no ramp at all.
    expect(vcl).toContain('} else if (req.url.path ~ "^(/dl/)") {');
  });

  test("no ramp, no bucket", () => {
    expect(segmentedCachingRecv([{ name: "m", match: { kind: "extensions", extensions: ["ts"] } }])).not.toContain("edge_segment_bucket");
  });
});

describe("segmentRampBucket", () => {
  test("spreads 10 000 paths within 1.5 points of 25 % and keeps lower ramps inside higher ones", () => {
    let inside = 0;
    for (let i = 0; i < 10000; i++) {
      const b = segmentRampBucket(`/vod/title-${i}/seg-1.m4s`);
      if (b < 25) inside++;
      if (b < 5) expect(b < 25).toBe(true);
    }
    expect(Math.abs(inside / 10000 - 0.25)).toBeLessThan(0.015);
  });
});
