// Behaviour of examples/fastly-api-service.ts: canary chosen by `X-Canary: 1`, production
// behind the hash director api_pool, health fallback, Vary on the routing key, no segmented
// caching anywhere.
// The VCL under test is what Fastly assembles (default conditions, request conditions and the
// director's shield block run after the recv snippets). falco 2.3.0 still copies only plain
// backends on `set req.backend = <director>` (the director is lost and req.backend reads as
// empty), so production routing is asserted as "neither the canary nor a director member"
// plus the routing key; examples/fastly-video-delivery asserts its backends exactly.

// @scope: recv
// @suite: the canary header routes to the canary backend
sub test_canary_header {
  set req.http.X-Canary = "1";
  testing.call_subroutine("vcl_recv");
  assert.equal(req.http.X-Edge-Canary, "canary");
  assert.equal(req.backend, F_api_canary);
}

// @scope: recv
// @suite: without the canary header the request goes to the production director
sub test_no_header_production {
  testing.call_subroutine("vcl_recv");
  assert.equal(req.http.X-Edge-Canary, "production");
  assert.not_equal(req.backend, F_api_canary);
  assert.not_equal(req.backend, F_api_east);
  assert.not_equal(req.backend, F_api_west);
}

// @scope: recv
// @suite: another value of the canary header goes to production
sub test_other_header_value_production {
  set req.http.X-Canary = "0";
  testing.call_subroutine("vcl_recv");
  assert.equal(req.http.X-Edge-Canary, "production");
  assert.not_equal(req.backend, F_api_canary);
  assert.not_equal(req.backend, F_api_east);
  assert.not_equal(req.backend, F_api_west);
}

// @scope: recv
// @suite: an unhealthy canary falls back to production
sub test_unhealthy_canary_falls_back {
  testing.set_backend_health(F_api_canary, false);
  set req.http.X-Canary = "1";
  testing.call_subroutine("vcl_recv");
  assert.equal(req.http.X-Edge-Canary, "production");
  assert.equal(req.http.X-Edge-Canary-Fallback, "1");
  assert.not_equal(req.backend, F_api_canary);
}

// @scope: recv
// @suite: no request turns segmented caching on, not even a media extension
sub test_no_segmented_caching {
  set req.url = "/v1/exports/report.m4s";
  testing.call_subroutine("vcl_recv");
  assert.false(req.enable_segmented_caching);
}

// @scope: fetch
// @suite: the routing key is added to the origin's Vary
sub test_vary {
  set beresp.http.Vary = "Accept-Encoding, Authorization";
  testing.call_subroutine("vcl_fetch");
  assert.match(beresp.http.Vary, "^Accept-Encoding, Authorization, ?X-Edge-Canary$");
}
