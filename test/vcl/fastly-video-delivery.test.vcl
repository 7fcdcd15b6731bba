// Behaviour of examples/fastly-video-delivery.ts: segmented caching on ts|m4s only, a
// percentage canary (ramp step 5 %, seed "packager-v2", user id in X-Viewer-ID) decided at
// the edge node only, health fallback, Vary on the routing key, surrogate keys.
// Buckets (sha256("packager-v2:" id), 7 hex digits, mod 100): viewer-72 → 1, viewer-259 → 0,
// viewer-1 → 53, viewer-3 → 96 (see test/model/vcl/canary.test.ts).
// The VCL under test is what Fastly assembles: after the recv snippets come Fastly's default
// conditions, request conditions and one shield block per shielded backend. Both backends are
// shielded (bwi-va-us), and falco 2.3.0 loses a director (the shield POP is one) assigned to
// req.backend, so tests that read req.backend mark the shield POP unavailable first:
// fastly.try_select_shield then returns the chosen backend itself.

sub mock_not_edge_node BOOL {
  return false;
}

// @scope: recv
// @suite: an .m4s request turns segmented caching on with the rule's block size
sub test_m4s_segmented {
  set req.url = "/live/stream1/seg-00042.m4s";
  testing.call_subroutine("vcl_recv");
  assert.true(req.enable_segmented_caching);
  assert.equal(segmented_caching.block_size, 2097152);
  assert.equal(req.http.X-Edge-Segmented, "media-segments");
}

// @scope: recv
// @suite: a .ts request with a query string turns segmented caching on
sub test_ts_segmented {
  set req.url = "/vod/title/seg-7.ts?token=abc";
  testing.call_subroutine("vcl_recv");
  assert.true(req.enable_segmented_caching);
}

// @scope: recv
// @suite: the extension match ignores case
sub test_upper_case_extension {
  set req.url = "/vod/title/SEG-7.M4S";
  testing.call_subroutine("vcl_recv");
  assert.true(req.enable_segmented_caching);
}

// @scope: recv
// @suite: an .html request does not turn segmented caching on
sub test_html_not_segmented {
  set req.url = "/player/index.html";
  testing.call_subroutine("vcl_recv");
  assert.false(req.enable_segmented_caching);
  assert.is_notset(req.http.X-Edge-Segmented);
}

// @scope: recv
// @suite: a .m3u8 playlist (not selected) does not turn segmented caching on
sub test_playlist_not_segmented {
  set req.url = "/live/stream1/index.m3u8";
  testing.call_subroutine("vcl_recv");
  assert.false(req.enable_segmented_caching);
}

// @scope: recv
// @suite: a client cannot claim a segmented-caching rule
sub test_segment_header_not_trusted {
  set req.url = "/player/index.html";
  set req.http.X-Edge-Segmented = "media-segments";
  testing.call_subroutine("vcl_recv");
  assert.is_notset(req.http.X-Edge-Segmented);
}

// @scope: recv
// @suite: the edge node mints a request id and replaces a client's
sub test_request_id {
  set req.http.X-Edge-Request-ID = "client-chosen";
  testing.call_subroutine("vcl_recv");
  assert.match(req.http.X-Edge-Request-ID, "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
}

// @scope: recv
// @suite: a viewer in bucket 1 (< 5 %) goes to the canary backend
sub test_canary_viewer {
  testing.set_backend_health(ssl_shield_bwi_va_us, false);
  set req.http.X-Viewer-ID = "viewer-72";
  testing.call_subroutine("vcl_recv");
  assert.equal(req.http.X-Edge-Canary, "canary");
  assert.equal(req.backend, F_packager_canary);
}

// @scope: recv
// @suite: a viewer in bucket 0 goes to the canary backend too
sub test_canary_viewer_bucket_zero {
  testing.set_backend_health(ssl_shield_bwi_va_us, false);
  set req.http.X-Viewer-ID = "viewer-259";
  testing.call_subroutine("vcl_recv");
  assert.equal(req.backend, F_packager_canary);
}

// @scope: recv
// @suite: a viewer in bucket 53 goes to production
sub test_production_viewer {
  testing.set_backend_health(ssl_shield_bwi_va_us, false);
  set req.http.X-Viewer-ID = "viewer-1";
  testing.call_subroutine("vcl_recv");
  assert.equal(req.http.X-Edge-Canary, "production");
  assert.equal(req.backend, F_packager);
}

// @scope: recv
// @suite: the split is stable: the same viewer id gets the same answer on every request
sub test_split_stable {
  set req.http.X-Viewer-ID = "viewer-72";
  testing.call_subroutine("vcl_recv");
  set req.http.First-Answer = req.http.X-Edge-Canary;
  unset req.http.X-Edge-Canary;
  testing.call_subroutine("vcl_recv");
  assert.equal(req.http.First-Answer, "canary");
  assert.equal(req.http.X-Edge-Canary, req.http.First-Answer);
  set req.http.X-Viewer-ID = "viewer-3";
  testing.call_subroutine("vcl_recv");
  set req.http.Second-Answer = req.http.X-Edge-Canary;
  testing.call_subroutine("vcl_recv");
  assert.equal(req.http.Second-Answer, "production");
  assert.equal(req.http.X-Edge-Canary, req.http.Second-Answer);
}

// @scope: recv
// @suite: a client cannot pick the canary by sending the routing key
sub test_routing_key_not_trusted_at_edge {
  testing.set_backend_health(ssl_shield_bwi_va_us, false);
  set req.http.X-Viewer-ID = "viewer-1";
  set req.http.X-Edge-Canary = "canary";
  testing.call_subroutine("vcl_recv");
  assert.equal(req.http.X-Edge-Canary, "production");
  assert.equal(req.backend, F_packager);
}

// @scope: recv
// @suite: an unhealthy canary falls back to production
sub test_unhealthy_canary_falls_back {
  testing.set_backend_health(ssl_shield_bwi_va_us, false);
  testing.set_backend_health(F_packager_canary, false);
  set req.http.X-Viewer-ID = "viewer-72";
  testing.call_subroutine("vcl_recv");
  assert.equal(req.http.X-Edge-Canary, "production");
  assert.equal(req.http.X-Edge-Canary-Fallback, "1");
  assert.equal(req.backend, F_packager);
}

// @scope: recv
// @suite: the shield does not decide again: a canary viewer without the edge's key goes to production
sub test_shield_does_not_decide {
  testing.set_backend_health(ssl_shield_bwi_va_us, false);
  testing.mock("edge_is_edge_node", "mock_not_edge_node");
  set req.http.X-Viewer-ID = "viewer-72";
  testing.call_subroutine("vcl_recv");
  assert.is_notset(req.http.X-Edge-Canary);
  assert.equal(req.backend, F_packager);
}

// @scope: recv
// @suite: the shield follows the edge node's decision
sub test_shield_follows_edge {
  testing.set_backend_health(ssl_shield_bwi_va_us, false);
  testing.mock("edge_is_edge_node", "mock_not_edge_node");
  set req.http.X-Viewer-ID = "viewer-1";
  set req.http.X-Edge-Canary = "canary";
  testing.call_subroutine("vcl_recv");
  assert.equal(req.backend, F_packager_canary);
}

// @scope: recv
// @suite: shielding applies to the chosen canary: the shield block replaces it with the shield POP
sub test_canary_shielded {
  set req.http.X-Viewer-ID = "viewer-72";
  testing.call_subroutine("vcl_recv");
  assert.equal(req.http.X-Edge-Canary, "canary");
  assert.not_equal(req.backend, F_packager_canary);
  assert.not_equal(req.backend, F_packager);
}

// @scope: recv
// @suite: shielding applies to production too
sub test_production_shielded {
  set req.http.X-Viewer-ID = "viewer-1";
  testing.call_subroutine("vcl_recv");
  assert.equal(req.http.X-Edge-Canary, "production");
  assert.not_equal(req.backend, F_packager);
  assert.not_equal(req.backend, F_packager_canary);
}

// @scope: fetch
// @suite: the routing key is added to the origin's Vary, which keeps its own entries
sub test_vary_appended {
  set beresp.http.Vary = "Accept-Encoding";
  testing.call_subroutine("vcl_fetch");
  assert.match(beresp.http.Vary, "^Accept-Encoding, ?X-Edge-Canary$");
}

// @scope: fetch
// @suite: the routing key becomes the Vary when the origin sent none
sub test_vary_set {
  testing.call_subroutine("vcl_fetch");
  assert.equal(beresp.http.Vary, "X-Edge-Canary");
}

// @scope: fetch
// @suite: the routing key is not added twice, whatever its case
sub test_vary_not_duplicated {
  set beresp.http.Vary = "x-edge-canary, Accept-Encoding";
  testing.call_subroutine("vcl_fetch");
  assert.not_match(beresp.http.Vary, "(?i)x-edge-canary.*x-edge-canary");
  assert.match(beresp.http.Vary, "(?i)(^|,)\s*x-edge-canary\s*(,|$)");
  assert.match(beresp.http.Vary, "Accept-Encoding");
}

// @scope: fetch
// @suite: origin Cache-Tag keys, the service key and the canary key become Surrogate-Key
sub test_surrogate_keys {
  set req.http.X-Edge-Canary = "canary";
  set beresp.http.Cache-Tag = "title-42 season-3";
  testing.call_subroutine("vcl_fetch");
  assert.equal(beresp.http.Surrogate-Key, "title-42 season-3 video edge-canary");
  assert.is_notset(beresp.http.Cache-Tag);
}
