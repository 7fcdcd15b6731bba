import { assertNoOverlap, compareCidrs, findOverlap, formatAddress, parseCidr } from "../../lib/model/cidr";
import { expectEdgeError } from "./support/errors";

describe("parseCidr", () => {
  test.each([
    ["192.0.2.0/24", 4, 24, 0xc0000200n, 0xc00002ffn, "192.0.2.0/24"],
    ["0.0.0.0/0", 4, 0, 0n, 0xffffffffn, "0.0.0.0/0"],
    ["203.0.113.7/32", 4, 32, 0xcb007107n, 0xcb007107n, "203.0.113.7/32"],
    ["2001:DB8::/32", 6, 32, 0x20010db8n << 96n, (0x20010db8n << 96n) | ((1n << 96n) - 1n), "2001:db8::/32"],
    ["::/0", 6, 0, 0n, (1n << 128n) - 1n, "::/0"],
    ["2001:0db8:0000:0000:0001:0000:0000:0000/80", 6, 80, 0x20010db8000000000001000000000000n, 0x20010db8000000000001ffffffffffffn, "2001:db8:0:0:1::/80"],
    ["::ffff:192.0.2.0/120", 6, 120, 0xffffc0000200n, 0xffffc00002ffn, "::ffff:c000:200/120"],
    ["1:2:3:4:5:6:7::/128", 6, 128, 0x00010002000300040005000600070000n, 0x00010002000300040005000600070000n, "1:2:3:4:5:6:7:0/128"],
  ])("parses %s", (text, family, prefixLength, first, last, canonical) => {
    expect(parseCidr(text)).toEqual({ text, family, prefixLength, first, last, canonical });
  });

  test.each([
    "192.0.2.0",
    "192.0.2.0/",
    "192.0.2/24",
    "192.0.2.256/32",
    "192.0.02.0/24",
    "192.0.2.0/024",
    "192.0.2.0/-1",
    "2001:db8:::/48",
    "2001:db8::1::/64",
    "1:2:3:4:5:6:7:8:9/128",
    "1:2:3:4:5:6:7/112",
    "::1:2:3:4:5:6:7:8/128",
    "2001:db8::g/128",
    "12345::/16",
    ":1::/64",
    "::1.2.3/128",
    "",
  ])("fails on %j", (text) => {
    expectEdgeError(() => parseCidr(text, "Edge/DnsMap"), {
      path: "Edge/DnsMap",
      problem: "not a CIDR block",
      value: JSON.stringify(text),
      expected: "a CIDR block such as 192.0.2.0/24 or 2001:db8::/32",
    });
  });

  test.each([
    ["10.0.0.0/33", 4, 32],
    ["2001:db8::/129", 6, 128],
  ])("fails on prefix length beyond the family in %s", (text, family, bits) => {
    expectEdgeError(() => parseCidr(text), {
      path: "cidr",
      problem: `prefix length of an IPv${family} block is out of range`,
      value: JSON.stringify(text),
      expected: `a prefix length from 0 to ${bits}`,
    });
  });

  test.each([
    ["10.1.2.3/8", "10.0.0.0/8"],
    ["192.0.2.129/25", "192.0.2.128/25"],
    ["2001:db8::1/64", "2001:db8::/64"],
    ["2001:db8:ffff::/31", "2001:db8::/31"],
  ])("fails on host bits set in %s, naming the network %s", (text, network) => {
    expectEdgeError(() => parseCidr(text), {
      path: "cidr",
      problem: "host bits are set",
      value: JSON.stringify(text),
      expected: `the network address ${network}`,
    });
  });
});

describe("formatAddress", () => {
  test.each([
    [0n, "::"],
    [1n, "::1"],
    [0x20010db8000000000000000000000001n, "2001:db8::1"],
    [0x20010db8000000010000000000000000n, "2001:db8:0:1::"],
    [0x20010000000000010000000000000001n, "2001:0:0:1::1"],
    [0x00010000000100000000000000010000n, "1:0:1::1:0"],
    [0x00010002000300040005000600070008n, "1:2:3:4:5:6:7:8"],
  ])("writes %s as %s (RFC 5952: longest zero run compressed, first on ties, no single-group ::)", (value, text) => {
    expect(formatAddress(6, value)).toBe(text);
  });
});

describe("overlap", () => {
  const parse = (texts: string[]) => texts.map((t) => parseCidr(t));

  test("finds nothing among disjoint blocks of both families", () => {
    expect(findOverlap(parse(["10.0.0.0/9", "10.128.0.0/9", "0.0.0.0/5", "::/1", "8000::/1", "192.0.2.0/24"]))).toBeUndefined();
  });

  test("names the enclosing block and the one inside it, whatever the input order", () => {
    const pair = findOverlap(parse(["2001:db8::/32", "10.1.0.0/16", "192.0.2.0/24", "10.0.0.0/8"]));
    expect(pair?.map((c) => c.text)).toEqual(["10.0.0.0/8", "10.1.0.0/16"]);
  });

  test("never compares an IPv4 block with an IPv6 one", () => {
    expect(findOverlap(parse(["0.0.0.0/0", "::/96", "::ffff:0:0/96"]))).toBeUndefined();
  });

  test("finds a repeat among many disjoint blocks", () => {
    const blocks = Array.from({ length: 1000 }, (_, i) => `10.${i >> 8}.${i & 255}.0/24`);
    const pair = findOverlap(parse([...blocks, "10.3.7.0/24"]));
    expect(pair?.map((c) => c.text)).toEqual(["10.3.7.0/24", "10.3.7.0/24"]);
  });

  test("sorts IPv4 first, then by address, then wider first", () => {
    const sorted = parse(["::/0", "10.0.0.0/16", "10.0.0.0/8", "9.0.0.0/8"]).sort(compareCidrs);
    expect(sorted.map((c) => c.text)).toEqual(["9.0.0.0/8", "10.0.0.0/8", "10.0.0.0/16", "::/0"]);
  });

  test("fails naming both overlapping blocks", () => {
    expectEdgeError(() => assertNoOverlap(parse(["2001:db8::/32", "2001:db8:1::/48"]), "Edge/Map"), {
      path: "Edge/Map",
      problem: "prefixes 2001:db8::/32 and 2001:db8:1::/48 overlap",
      value: '["2001:db8::/32","2001:db8:1::/48"]',
      expected: "non-overlapping blocks (2001:db8:1::/48 lies inside 2001:db8::/32: drop one, or split 2001:db8::/32 around it)",
    });
  });

  test("fails on the same block written twice", () => {
    expectEdgeError(() => assertNoOverlap(parse(["2001:db8::/32", "2001:DB8::/32"])), {
      path: "cidr",
      problem: "prefixes 2001:db8::/32 and 2001:DB8::/32 overlap",
      value: '["2001:db8::/32","2001:DB8::/32"]',
      expected: "each block listed once (2001:db8::/32 and 2001:DB8::/32 are the same block)",
    });
  });
});
