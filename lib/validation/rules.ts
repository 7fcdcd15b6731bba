/**
 * Every validation rule of the library, by id: what it checks. An EdgeConfigError thrown by
 * lib/validation carries the id in `rule`; test/validation counts them and the fuzz phase
 * reports which rules its mutations hit.
 */
export const RULES = {
  // shapes
  "shape.required": "a required prop is present (not undefined or null)",
  "shape.type": "a prop has the JavaScript type its interface declares",
  "shape.kind": "a tagged union's `kind` is one of its variants",
  "shape.enum": "a prop is one of the literal values its type lists",
  "shape.array-length": "a list has as many entries as the resource allows",
  "shape.integer": "a whole number lies in the range the resource allows",
  "shape.number": "a number is finite and in range",
  "shape.string-length": "a string is non-empty and not longer than the resource allows",
  // concepts
  "ipv4": "IPv4 text is a dotted quad without leading zeros",
  "ipv4.usable": "an IPv4 address is unicast and routable for its role (not 0.0.0.0, loopback, multicast, broadcast, link-local)",
  "ipv4.private": "an address AWS accepts as an IP target: RFC 1918 or 100.64.0.0/10",
  "ipv4.public": "a BYOIP anycast address is public (not private, loopback, link-local, multicast)",
  "cidr": "a CIDR block parses, with host bits zero",
  "cidr.inside": "a TGW Connect inside block is a usable /29 of 169.254.0.0/16",
  "hostname": "a DNS hostname: letters, digits, inner hyphens, dot-separated labels",
  "hostname.in-zone": "a name that records or certificates are made for lies inside the hosted zone",
  "port": "a TCP port from 1 to 65535",
  "asn": "a BGP ASN from 1 to 4294967294, not 23456 (AS_TRANS) or 65535",
  "url.https": "an https:// URL with a host and no credentials",
  "url.path": "an HTTP path: starts with '/', URL path characters only, at most 255",
  "aws.region": "a commercial AWS region code",
  "aws.id": "an AWS resource id of its kind (vpc-, subnet-, rtb-, tgw-, tgw-attach-, ami-)",
  "aws.name": "a name AWS accepts for load balancers, target groups and accelerators",
  "aws.tls-policy": "a known ELB security policy whose lowest protocol is TLS 1.2",
  "aws.s3-bucket": "an S3 bucket name",
  "aws.arn": "an ARN",
  "name.pop": "a POP name: 1-16 letters, digits, inner '-' (DNS map location, AWS names)",
  "name.unique": "names are unique after the normalisation their logical id or VCL name uses",
  "name.simple": "a name used in logical ids and VCL: a letter then letters, digits, '_' or '-'",
  "name.vcl": "a backend name (a letter then letters, digits, '_' or '-'; not all capitals) or a director name (a letter then letters, digits or '_')",
  "fastly.header-value": "a header or cookie value fit for a VCL string: printable, no quotes",
  "fastly.package": "a Compute package: the .tar.gz that `fastly compute build` writes",
  // cross-field
  "cross.threshold-window": "a health check's threshold is at most its window",
  "cross.vip-node": "a VIP is not an L4 node's own address and every VIP is announced once",
  "cross.vpc-region": "one VPC id belongs to one region",
  "cross.reference": "a prop that names another object names one that exists",
  "cross.asn-peer": "the L4 fleet's ASN differs from its BGP peer's (eBGP)",
  "cross.bfd-daemon": "BFD liveness only with a BGP daemon that speaks BFD (BIRD; ExaBGP has none)",
  "cross.aws-name-length": "names derived from the POP name fit AWS's 32-character limit",
  "cross.certificate-names": "a listener's certificate covers every name DNS sends to it",
  "cross.pool-bounds": "an L7 pool keeps no more idle connections than it may open, and warms no more than it keeps",
  "cross.health-port": "an L7 node's health port is not one of its VIP listeners (80, 443)",
  // bounded work
  "bounded.number": "a number that drives a loop is finite and within the bound the function documents",
} as const;

export type RuleId = keyof typeof RULES;

/** How many distinct rules the validation layer has. */
export const RULE_COUNT = Object.keys(RULES).length;
