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
