import { createHash } from "crypto";
import { buildForwardingTable } from "../../lib/model/forwarding-table";
import { decodeMaglevTable, encodeMaglevTable } from "../../lib/model/maglev-table-format";

const backends = [
  { name: "b", address: "10.0.1.2", weight: 2 },
  { name: "a", address: "10.0.1.1", weight: 1 },
  { name: "c", address: "10.0.1.3", weight: 0 },
];

describe("EMGL v1", () => {
  test("pins a tiny table byte for byte: big-endian header, backends in name order, 2-byte slots", () => {
    // GIVEN a 7-slot table over three backends (c drained)
    const table = buildForwardingTable(backends, 7, "test");
    // THEN every byte is where docs/maglev-table-format.md says
    const hex = Buffer.from(table.bytes).toString("hex");
    expect(hex.slice(0, 32)).toBe(["454d474c", "01", "00", "02", "01", "00000007", "00000003"].join(""));
    expect(hex.slice(32, 32 + 28)).toBe(["3ff0000000000000", "0a000101", "01", "61"].join(""));
    expect(table.bytes.length).toBe(16 + 3 * 14 + 7 * 2);
    const slots = Array.from({ length: 7 }, (_, j) => Buffer.from(table.bytes).readUInt16BE(16 + 42 + 2 * j));
    expect(slots).toEqual(Array.from(table.slots));
    expect(slots.filter((s) => s === 1)).toHaveLength(5); // b has twice a's weight: 5 of 7 slots, a 2, c none
    expect(slots.filter((s) => s === 2)).toHaveLength(0);
  });

  test("the digest is SHA-256 over exactly the complete bytes, whatever the input order", () => {
    const one = buildForwardingTable(backends, 65537, "test");
    const two = buildForwardingTable([...backends].reverse(), 65537, "test");
    expect(one.digest).toBe(createHash("sha256").update(one.bytes).digest("hex"));
    expect(two.digest).toBe(one.digest);
    expect(buildForwardingTable([{ ...backends[0], address: "10.0.1.9" }, backends[1]], 65537, "test").digest).not.toBe(one.digest);
  });

  test("round-trips the complete and the header-only forms", () => {
    const table = buildForwardingTable(backends, 251, "test");
    const decoded = decodeMaglevTable(table.bytes);
    expect(decoded.tableSize).toBe(251);
    expect(decoded.backends).toEqual([
      { name: "a", address: "10.0.1.1", weight: 1 },
      { name: "b", address: "10.0.1.2", weight: 2 },
      { name: "c", address: "10.0.1.3", weight: 0 },
    ]);
    expect(Array.from(decoded.slots!)).toEqual(Array.from(table.slots));
    const header = decodeMaglevTable(table.headerBytes);
    expect(header.slots).toBeUndefined();
    expect(header.backends).toEqual(decoded.backends);
    expect(table.headerBytes[5]).toBe(1);
    expect(Buffer.from(table.bytes.subarray(0, table.headerBytes.length - 0)).subarray(6)).toEqual(Buffer.from(table.headerBytes).subarray(6));
  });

  test.each([
    ["a wrong magic", (b: Buffer) => b.write("XMGL", 0, "ascii"), /not an EMGL file/],
    ["version 2", (b: Buffer) => b.writeUInt8(2, 4), /unsupported EMGL version \(got 2\)/],
    ["a truncated slot section", null, /slot section has the wrong length/],
  ])("fails to decode %s", (_, mutate, message) => {
    const bytes = Buffer.from(buildForwardingTable(backends, 7, "test").bytes);
    const input = mutate ? (mutate(bytes), bytes) : bytes.subarray(0, bytes.length - 1);
    expect(() => decodeMaglevTable(input)).toThrow(message);
  });

  test("fails to encode a backend address that is not IPv4", () => {
    expect(() => encodeMaglevTable({ tableSize: 1, backends: [{ name: "a", address: "2001:db8::1", weight: 1 }], slots: [0] })).toThrow(
      'encodeMaglevTable: a backend address is not an IPv4 address (got "2001:db8::1"); expected a dotted-quad IPv4 address',
    );
  });
});
