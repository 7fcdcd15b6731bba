/**
 * Fastly's boilerplate main VCL: the standard subroutines with the `#FASTLY <sub>` macros
 * where Fastly expands snippets and generated configuration. Fastly runs it for a service
 * without a main VCL of its own, with the service's `default_ttl` as the fallback TTL. A
 * service that ships its own main VCL must keep every macro, or snippets of that type silently
 * never run.
 */
export function fastlyBoilerplateVcl(defaultTtlSeconds = 3600): string {
  return `sub vcl_recv {
#FASTLY recv
  if (req.method != "HEAD" && req.method != "GET" && req.method != "FASTLYPURGE") {
    return(pass);
  }
  return(lookup);
}

sub vcl_hash {
  set req.hash += req.url;
  set req.hash += req.http.host;
#FASTLY hash
  return(hash);
}

sub vcl_hit {
#FASTLY hit
  return(deliver);
}

sub vcl_miss {
#FASTLY miss
  return(fetch);
}

sub vcl_pass {
#FASTLY pass
  return(pass);
}

sub vcl_fetch {
#FASTLY fetch
  if ((beresp.status == 500 || beresp.status == 503) && req.restarts < 1 && (req.method == "GET" || req.method == "HEAD")) {
    restart;
  }
  if (req.restarts > 0) {
    set beresp.http.Fastly-Restarts = req.restarts;
  }
  if (beresp.http.Set-Cookie) {
    set req.http.Fastly-Cachetype = "SETCOOKIE";
    return(pass);
  }
  if (beresp.http.Cache-Control ~ "private") {
    set req.http.Fastly-Cachetype = "PRIVATE";
    return(pass);
  }
  if (beresp.status == 500 || beresp.status == 503) {
    set req.http.Fastly-Cachetype = "ERROR";
    set beresp.ttl = 1s;
    set beresp.grace = 5s;
    return(deliver);
  }
  if (beresp.http.Expires || beresp.http.Surrogate-Control ~ "max-age" || beresp.http.Cache-Control ~ "(?:s-maxage|max-age)") {
    # the origin set a TTL: keep it
  } else {
    set beresp.ttl = ${defaultTtlSeconds}s;
  }
  return(deliver);
}

sub vcl_error {
#FASTLY error
}

sub vcl_deliver {
#FASTLY deliver
  return(deliver);
}

sub vcl_log {
#FASTLY log
}
`;
}

/** The boilerplate with Fastly's default TTL of one hour. */
export const FASTLY_BOILERPLATE_VCL = fastlyBoilerplateVcl();
