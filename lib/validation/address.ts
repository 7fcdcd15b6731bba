import { parseCidr } from "../model/cidr";
import { EdgeConfigError } from "../errors";
import { Check, fail, str } from "./core";
import { isUnresolved } from "./token";

const OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

/** The address as a 32-bit number, or undefined when `text` is not strict dotted-quad IPv4. */
export function ipv4Value(text: string): number | undefined {
  if (!IPV4.test(text)) return undefined;
  return text.split(".").reduce((acc, o) => acc * 256 + Number(o), 0);
}

const inBlock = (v: number, base: string, bits: number) => Math.floor(v / 2 ** (32 - bits)) === Math.floor(ipv4Value(base)! / 2 ** (32 - bits));

/** Why an address cannot be a host's unicast address, or undefined when it can. */
function notUnicast(v: number): string | undefined {
  if (inBlock(v, "0.0.0.0", 8)) return "is in 0.0.0.0/8 (this network)";
  if (inBlock(v, "127.0.0.0", 8)) return "is a loopback address";
  if (inBlock(v, "169.254.0.0", 16)) return "is link-local";
  if (inBlock(v, "224.0.0.0", 4)) return "is multicast";
  if (inBlock(v, "240.0.0.0", 4)) return "is reserved or broadcast";
  return undefined;
}

const isPrivate = (v: number) =>
  inBlock(v, "10.0.0.0", 8) || inBlock(v, "172.16.0.0", 12) || inBlock(v, "192.168.0.0", 16) || inBlock(v, "100.64.0.0", 10);

export type Ipv4Role = "any" | "unicast" | "private" | "public";

const EXPECT: Record<Ipv4Role, string> = {
  any: "a dotted-quad IPv4 address such as 192.0.2.10 (four numbers 0-255, no leading zeros)",
  unicast: "a unicast IPv4 address (not 0.0.0.0/8, 127.0.0.0/8, 169.254.0.0/16, 224.0.0.0/3)",
  private: "a private IPv4 address (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10): AWS registers only those as IP targets",
  public: "a public IPv4 address from your BYOIP pool (not private, loopback, link-local or multicast)",
};

/** IPv4 text, checked for the role it plays (tokens pass). */
export function ipv4(role: Ipv4Role = "unicast"): Check {
  const text = str(15, 1);
  return (path, prop, value) => {
    text(path, prop, value);
    if (isUnresolved(value)) return;
    const v = ipv4Value(value as string);
    if (v === undefined) fail(path, "ipv4", prop, "is not an IPv4 address", value, EXPECT.any);
    if (role === "any") return;
    const bad = notUnicast(v);
    if (bad) fail(path, "ipv4.usable", prop, bad, value, EXPECT[role]);
    if (role === "private" && !isPrivate(v)) fail(path, "ipv4.private", prop, "is not a private address", value, EXPECT.private);
    if (role === "public" && isPrivate(v)) fail(path, "ipv4.public", prop, "is a private address", value, EXPECT.public);
  };
}

const cidrText = str(64, 1);

/** A CIDR block (IPv4 or IPv6, host bits zero), parsed by the model's one parser. */
export const cidr: Check = (path, prop, value) => {
  cidrText(path, prop, value);
  try {
    parseCidr(value as string, path);
  } catch (e) {
    if (!(e instanceof EdgeConfigError)) throw e;
    fail(path, "cidr", prop, e.message.slice(path.length + 2).replace(/ \(got .*$/, ""), value, e.expected);
  }
};

/**
 * A Transit Gateway Connect inside block: a /29 of 169.254.0.0/16 outside the ranges AWS
 * reserves (169.254.0.0/21 ... per the TGW Connect docs: 169.254.0.0-169.254.5.255, and
 * 169.254.169.248/29). Returns the first address as four octets.
 */
export function insideCidr(path: string, prop: string, value: unknown): number[] {
  str(18, 1)(path, prop, value);
  const m = /^169\.254\.(\d{1,3})\.(\d{1,3})\/29$/.exec(value as string);
  const third = m ? Number(m[1]) : -1;
  const fourth = m ? Number(m[2]) : -1;
  if (!m || third > 255 || fourth > 255 || fourth % 8 !== 0 || third <= 5 || (third === 169 && fourth === 248)) {
    fail(path, "cidr.inside", prop, "is not a usable /29 of 169.254.0.0/16", value, "a /29 such as 169.254.100.0/29 (not in 169.254.0.0-169.254.5.255 or 169.254.169.248/29)");
  }
  return [169, 254, third, fourth];
}
