import { EdgeConfigError } from "../../errors";
import { SlotTable } from "./slot-table";
import { validateSlotTables } from "../../validation/model-entry";

/** One backend's part of a table. */
export interface BackendShare {
  readonly name: string;
  readonly slots: number;
  /** slots / tableSize. */
  readonly share: number;
  /** weight / Σ weights: the share a perfect table would give it. */
  readonly idealShare: number;
}

/**
 * How evenly a table spreads load. Ratios compare each backend with weight > 0 to its ideal
 * share, so with equal weights they are the plain max/mean, min/mean and std-dev/mean of
 * the per-backend slot counts. Drained backends appear in `backends` but not in the ratios.
 */
export interface Balance {
  readonly backends: readonly BackendShare[];
  /** Largest share / ideal share: the over-provisioning the busiest backend needs. */
  readonly maxOverMean: number;
  /** Smallest share / ideal share. */
  readonly minOverMean: number;
  /** √(Σ idealᵢ · (shareᵢ / idealᵢ − 1)²): relative standard deviation of load. */
  readonly relStdDev: number;
}

/** Slot share per backend and the spread of load around the weights. */
export function balance(table: SlotTable): Balance {
  validateSlotTables("balance", table);
  const counts = new Array<number>(table.backends.length).fill(0);
  for (let j = 0; j < table.tableSize; j++) counts[table.slots[j]]++;
  const totalWeight = table.weights.reduce((a, b) => a + b, 0);
  const backends = table.backends.map((name, i) => ({
    name,
    slots: counts[i],
    share: counts[i] / table.tableSize,
    idealShare: table.weights[i] / totalWeight,
  }));
  let max = -Infinity;
  let min = Infinity;
  let variance = 0;
  for (const b of backends) {
    if (b.idealShare === 0) continue;
    const ratio = b.share / b.idealShare;
    max = Math.max(max, ratio);
    min = Math.min(min, ratio);
    variance += b.idealShare * (ratio - 1) ** 2;
  }
  return { backends, maxOverMean: max, minOverMean: min, relStdDev: Math.sqrt(variance) };
}

/**
 * Fraction of slots whose backend (by name) differs between two tables of the same size:
 * the share of flows that would move to another backend.
 */
export function disruption(before: SlotTable, after: SlotTable, path = "disruption"): number {
  validateSlotTables(path, before, after);
  if (before.tableSize !== after.tableSize) {
    throw new EdgeConfigError(
      path,
      "tables of different sizes cannot be compared slot by slot",
      { before: before.tableSize, after: after.tableSize },
      "two tables with the same tableSize",
    );
  }
  let moved = 0;
  for (let j = 0; j < before.tableSize; j++) {
    if (before.backends[before.slots[j]] !== after.backends[after.slots[j]]) moved++;
  }
  return moved / before.tableSize;
}
