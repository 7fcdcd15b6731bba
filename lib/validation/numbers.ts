import { all, Check, fail, int } from "./core";

/** A TCP port. */
export const port: Check = int(1, 65535, "a TCP port", "port");

/** A BGP ASN (2- or 4-byte), without the reserved AS_TRANS (23456) and 65535. */
export const asn: Check = all(int(1, 4294967294, "an ASN", "asn"), (path, prop, value) => {
  if (value === 23456 || value === 65535) fail(path, "asn", prop, "is a reserved ASN", value, "an ASN from 1 to 4294967294, not 23456 (AS_TRANS) or 65535");
});

/** Percent 0..100, whole. */
export const percent: Check = int(0, 100, "a whole percent");
