import { flowHash, FLOW_SEED, fmix32, fnv1a32, murmur3_32 } from "../../../lib/model/hashing/hash";

describe("fnv1a32", () => {
  // Vectors from the FNV reference test suite (draft-eastlake-fnv).
  test.each([
    ["", 0x811c9dc5],
    ["a", 0xe40c292c],
    ["foobar", 0xbf9cf968],
  ])("hashes %j to the reference value", (input, expected) => {
    expect(fnv1a32(input)).toBe(expected);
  });
});

describe("murmur3_32", () => {
  // Vectors of Appleby's MurmurHash3_x86_32, including tails of 1–3 bytes and multi-byte UTF-8.
  test.each([
    ["", 0, 0x00000000],
    ["", 1, 0x514e28b7],
    ["", 0xffffffff, 0x81f16f39],
    ["\0\0\0\0", 0, 0x2362f9de],
    ["a", 0x9747b28c, 0x7fa09ea6],
    ["abc", 0x9747b28c, 0xc84a62dd],
    ["aaaa", 0x9747b28c, 0x5a97808a],
    ["Hello, world!", 0x9747b28c, 0x24884cba],
    ["The quick brown fox jumps over the lazy dog", 0x9747b28c, 0x2fa826cd],
    ["ππππππππ", 0x9747b28c, 0xd58063c1],
  ])("hashes %j with seed %d to the reference value", (input, seed, expected) => {
    expect(murmur3_32(input, seed)).toBe(expected);
  });

  test("hashes a string longer than any earlier one the same way twice", () => {
    const long = "x".repeat(5000) + "é";
    expect(murmur3_32(long, 7)).toBe(murmur3_32(long, 7));
    expect(murmur3_32("abc", 0x9747b28c)).toBe(0xc84a62dd);
  });
});

describe("ASCII strings and the rest hash their UTF-8 bytes alike", () => {
  // ASCII strings are hashed from their char codes, others from their UTF-8 bytes: a non-ASCII
  // char in a block or in each tail position takes the byte path. Values from the byte path.
  test.each([
    ["é", 0x1e9de8c1, 0x10110787, 0xe2ba8266],
    ["aé", 0x79d7a1fc, 0x031a0ccf, 0xf7d9cb95],
    ["abé", 0xffa7e3a6, 0xcf3a077c, 0x8629c48c],
    ["abcé", 0x297790e3, 0xcca13541, 0x35b5a9dc],
    ["abcdé", 0xd568d189, 0xe4012811, 0x8e453fab],
    ["é1234", 0x40bc7d01, 0x81c949bd, 0xb38eaa25],
    ["l7-0001", 0x0c4e46f8, 0x2c22df32, 0xec81592e],
    ["p\u00ff", 0x1f63a521, 0x461e8017, 0xf3079fa4],
    ["\u0100abc", 0xfa67d897, 0x1bfd15c1, 0xac229f80],
  ])("%j", (input, fnv, murmur0, murmurFlow) => {
    expect(fnv1a32(input)).toBe(fnv);
    expect(murmur3_32(input, 0)).toBe(murmur0);
    expect(murmur3_32(input, FLOW_SEED)).toBe(murmurFlow);
  });
});

describe("fmix32 and flowHash", () => {
  test("fmix32 is the murmur3 finalizer", () => {
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).toBe(0x514e28b7);
  });

  test("flowHash is murmur3_32 with FLOW_SEED", () => {
    expect(flowHash("Hello, world!")).toBe(0x24884cba);
    expect(FLOW_SEED).toBe(0x9747b28c);
  });
});
