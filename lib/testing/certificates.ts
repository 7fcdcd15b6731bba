import { blocks, isReference, LoadedStack, resourcesOf } from "./stack-json";

/** A certificate the stack requests (ACM or a Fastly TLS subscription) and the names on it. */
export interface CertificateSummary {
  readonly kind: "acm" | "fastly";
  /** The certificate's primary name. */
  readonly name: string;
  /** Every name it covers (primary + SANs), sorted. */
  readonly names: readonly string[];
}

/** Certificates requested by the stack, by primary name. */
export function certificatesOf(stack: LoadedStack): CertificateSummary[] {
  const certs: CertificateSummary[] = [];
  for (const [, cert] of resourcesOf(stack, "aws_acm_certificate")) {
    const primary = String(cert.domain_name);
    const sans = ((cert.subject_alternative_names as unknown[] | undefined) ?? []).map(String);
    certs.push({ kind: "acm", name: primary, names: [...new Set([primary, ...sans])].sort() });
  }
  for (const [, sub] of resourcesOf(stack, "fastly_tls_subscription")) {
    const names = ((sub.domains as unknown[] | undefined) ?? []).map(String).filter((n) => !isReference(n));
    if (names.length > 0) certs.push({ kind: "fastly", name: String(sub.common_name ?? names[0]), names: [...names].sort() });
  }
  return certs.sort((a, b) => a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind));
}

/** True if `certName` (possibly `*.example.com`) covers `host` (one label for a wildcard, as TLS does). */
export function nameCovers(certName: string, host: string): boolean {
  const a = certName.toLowerCase().replace(/\.$/, "");
  const h = host.toLowerCase().replace(/\.$/, "");
  if (a === h) return true;
  if (!a.startsWith("*.")) return false;
  const dot = h.indexOf(".");
  return dot > 0 && h.slice(dot + 1) === a.slice(2);
}

/** Names DNS answers for users: Route53 A/AAAA/CNAME records and Fastly service domains (validation records excluded). */
export function answeredNames(stack: LoadedStack): string[] {
  const names = new Set<string>();
  for (const [, record] of resourcesOf(stack, "aws_route53_record")) {
    const name = record.name;
    if (typeof name !== "string" || isReference(name) || name.startsWith("_")) continue;
    if (!["A", "AAAA", "CNAME"].includes(String(record.type))) continue;
    names.add(name.replace(/\.$/, ""));
  }
  for (const [, service] of [...resourcesOf(stack, "fastly_service_vcl"), ...resourcesOf(stack, "fastly_service_compute")]) {
    for (const domain of blocks(service.domain)) if (typeof domain.name === "string") names.add(domain.name);
  }
  return [...names].sort();
}

/** Names answered by DNS that no certificate of the stack covers. */
export function uncoveredNames(stack: LoadedStack): string[] {
  const certs = certificatesOf(stack);
  return answeredNames(stack).filter((host) => !certs.some((c) => c.names.some((n) => nameCovers(n, host))));
}
