/** The pure model layer: decisions made once, without cdktf or I/O, rendered by the constructs. */
export type { Cidr } from "./cidr";
export { assertNoOverlap, compareCidrs, findOverlap, formatAddress, parseCidr } from "./cidr";
export * from "./dns-map";
export * from "./handshake";
export type { HashBackend } from "./hashing/backends";
export { flowHash, FLOW_SEED, fmix32, fnv1a32, murmur3_32, SKIP_SEED } from "./hashing/hash";
export * from "./hashing/maglev";
export * from "./hashing/metrics";
export * from "./hashing/primes";
export * from "./hashing/rendezvous";
export * from "./hashing/ring";
export type { SlotTable } from "./hashing/slot-table";
export { MAX_SAMPLED_TABLE_SIZE } from "./hashing/slot-table";
export * from "./forwarding-table";
export * from "./l4-node-config";
export * as vcl from "./vcl";
