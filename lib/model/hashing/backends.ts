import { EdgeConfigError } from "../../errors";

/** A backend of a consistent-hash table: an L7 node, a POP, a cache shard. */
export interface HashBackend {
  /** Unique, non-empty name; the hashes are taken of it, so it fixes the backend's place. */
  readonly name: string;
  /**
   * Relative weight, finite and ≥ 0. Only ratios matter: weights 1:2:3 and 100:200:300
   * build the same table. 0 drains the backend: it stays listed but gets no traffic.
   * @default 1
   */
  readonly weight?: number;
}

/** Backends after validation, sorted by name so input order never changes a table. */
export interface SortedBackends {
  readonly names: readonly string[];
  readonly weights: readonly number[];
}

/** Validates backends and sorts them by name (UTF-16 code unit order). */
export function sortBackends(backends: readonly HashBackend[], path: string): SortedBackends {
  if (backends.length === 0) {
    throw new EdgeConfigError(path, "no backends given", [], "at least one backend { name, weight? }");
  }
  // Names in strictly ascending order (the usual input) cannot repeat: no set needed.
  const ascending = isSortedByName(backends, true);
  const seen = ascending ? undefined : new Set<string>();
  for (const backend of backends) {
    if (typeof backend.name !== "string" || backend.name.length === 0) {
      throw new EdgeConfigError(path, "a backend has an empty name", backend.name, "a non-empty backend name");
    }
    if (seen?.has(backend.name)) {
      throw new EdgeConfigError(path, "two backends share a name", backend.name, "unique backend names");
    }
    seen?.add(backend.name);
    const weight = backend.weight ?? 1;
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      throw new EdgeConfigError(
        path,
        `backend "${backend.name}" has an invalid weight`,
        weight,
        "a finite weight ≥ 0 (0 drains the backend)",
      );
    }
  }
  const sorted = ascending || isSortedByName(backends) ? backends : [...backends].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const weights = sorted.map((b) => b.weight ?? 1);
  if (weights.every((w) => w === 0)) {
    throw new EdgeConfigError(
      path,
      "every backend is drained (weight 0), so nothing can take traffic",
      Object.fromEntries(sorted.map((b) => [b.name, 0])),
      "at least one backend with weight > 0",
    );
  }
  return { names: sorted.map((b) => b.name), weights };
}

function isSortedByName(backends: readonly HashBackend[], strictly = false): boolean {
  for (let i = 1; i < backends.length; i++) {
    const previous = backends[i - 1].name;
    const name = backends[i].name;
    if (typeof previous !== "string" || typeof name !== "string" || previous > name || (strictly && previous === name)) return false;
  }
  return true;
}
