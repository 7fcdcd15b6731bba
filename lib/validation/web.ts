import { all, Check, fail, str } from "./core";
import { HOSTNAME as HOSTNAME_PATTERN } from "./patterns";
import { isUnresolved } from "./token";

const PATH = /^\/[A-Za-z0-9._~!$&'()*+,;=:@/%-]*$/;

/** An HTTP request path (health checks, path prefixes): starts with '/', at most 255 characters. */
export const urlPath: Check = all(str(255), (path, prop, value) => {
  if (isUnresolved(value)) return;
  if (!PATH.test(value as string)) fail(path, "url.path", prop, "is not an HTTP path", value, 'a path starting with "/", URL path characters only (no spaces, quotes or query), e.g. "/healthz"');
});

/** An https:// URL with a hostname, no user:password (secrets do not belong in props). */
export const httpsUrl: Check = all(str(2048), (path, prop, value) => {
  if (isUnresolved(value)) return;
  let url: URL | undefined;
  try {
    url = new URL(value as string);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== "https:" || !HOSTNAME_PATTERN.test(url.hostname)) {
    fail(path, "url.https", prop, "is not an https URL", value, "an https:// URL with a DNS hostname, e.g. https://logs.example.com/ingest");
  }
  if (url.username || url.password) {
    fail(path, "url.https", prop, "carries credentials", "https://<redacted>@" + url.host, "a URL without user:password (give credentials through the provider's environment)");
  }
  if (/\s|"/.test(value as string)) fail(path, "url.https", prop, "has spaces or quotes", value, "a URL-encoded https:// URL");
});
