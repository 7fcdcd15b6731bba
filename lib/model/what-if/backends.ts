import { EdgeConfigError } from "../../errors";
import { HashBackend } from "../hashing/backends";
import { buildMaglevTable, DEFAULT_MAGLEV_TABLE_SIZE } from "../hashing/maglev";
import { balance, disruption } from "../hashing/metrics";

/** A change to the L7 backends an L4 fleet Maglev-hashes flows to. */
export type BackendChange =
  | { readonly kind: "remove"; readonly backend: string }
  | { readonly kind: "add"; readonly backend: string; readonly weight?: number }
  | { readonly kind: "weight"; readonly backend: string; readonly weight: number };

/** One backend's slot share before and after. */
export interface BackendShareChange {
  readonly name: string;
  /** Share of slots (= share of new flows), 0–1; 0 when absent. */
  readonly before: number;
  readonly after: number;
}

/** What a backend change does to the Maglev table. */
export interface BackendWhatIf {
  readonly change: BackendChange;
  readonly tableSize: number;
  /** Share of flows whose backend changes (slots that change owner), 0–1. */
  readonly flowsMoved: number;
  /**
   * The least any consistent hash must move: the removed backend's share, or the added one's.
   * `flowsMoved − minimumMoved` is Maglev's extra churn.
   */
  readonly minimumMoved: number;
  readonly backends: readonly BackendShareChange[];
  /** Largest share / ideal share after the change. */
  readonly maxOverIdealAfter: number;
}

/**
 * Builds the fleet's Maglev table before and after `change` (same table size) and compares them
 * slot by slot. Deterministic; a 65537-slot table over a few dozen backends takes milliseconds.
 */
export function whatIfBackend(backends: readonly HashBackend[], change: BackendChange, options: { readonly tableSize?: number; readonly path?: string } = {}): BackendWhatIf {
  const path = options.path ?? "whatIf";
  const tableSize = options.tableSize ?? DEFAULT_MAGLEV_TABLE_SIZE;
  const names = backends.map((b) => b.name);
  let next: HashBackend[];
  switch (change.kind) {
    case "remove":
      if (!names.includes(change.backend)) throw new EdgeConfigError(path, "remove names an unknown backend", change.backend, `one of ${names.join(", ")}`);
      if (names.length === 1) throw new EdgeConfigError(path, "cannot remove the only backend", change.backend, "a fleet with two or more L7 backends");
      next = backends.filter((b) => b.name !== change.backend);
      break;
    case "add":
      if (names.includes(change.backend)) throw new EdgeConfigError(path, "add names a backend that exists", change.backend, "a new backend name");
      next = [...backends, { name: change.backend, weight: change.weight ?? 1 }];
      break;
    case "weight":
      if (!names.includes(change.backend)) throw new EdgeConfigError(path, "weight names an unknown backend", change.backend, `one of ${names.join(", ")}`);
      next = backends.map((b) => (b.name === change.backend ? { name: b.name, weight: change.weight } : b));
      break;
  }
  const before = buildMaglevTable(backends, { tableSize, path });
  const after = buildMaglevTable(next, { tableSize, path });
  const shareBefore = new Map(balance(before).backends.map((b) => [b.name, b.share]));
  const balanceAfter = balance(after);
  const shareAfter = new Map(balanceAfter.backends.map((b) => [b.name, b.share]));
  const all = [...new Set([...shareBefore.keys(), ...shareAfter.keys()])].sort();
  const shares = all.map((name) => ({ name, before: shareBefore.get(name) ?? 0, after: shareAfter.get(name) ?? 0 }));
  const minimumMoved = shares.reduce((sum, s) => sum + Math.max(0, s.before - s.after), 0);
  return {
    change,
    tableSize,
    flowsMoved: disruption(before, after, path),
    minimumMoved,
    backends: shares,
    maxOverIdealAfter: balanceAfter.maxOverMean,
  };
}
