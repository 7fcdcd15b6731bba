import { largeRecord } from "../../lib/model/dns/large-record";

describe("largeRecord", () => {
  test("is an empty plain object that keeps keys in the order they were added", () => {
    const record = largeRecord<string>();
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.keys(record)).toEqual([]);
    const cidrs = Array.from({ length: 3000 }, (_, i) => `10.${i >> 8}.${i & 255}.0/24`).reverse();
    cidrs.forEach((cidr, i) => (record[cidr] = `p${i % 7}`));
    expect(Object.keys(record)).toEqual(cidrs);
    expect(record["10.0.0.0/24"]).toBe(`p${2999 % 7}`);
    expect(JSON.parse(JSON.stringify(record))).toEqual(Object.fromEntries(cidrs.map((c, i) => [c, `p${i % 7}`])));
  });
});
