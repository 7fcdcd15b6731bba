import { segmentedCachingRecv, segmentSelectorCondition } from "../../../lib/model/vcl";

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
});
