/** mulberry32: a tiny seeded PRNG returning floats in [0, 1), so tests and benches are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in an order drawn from `random` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Backend names l7-000, l7-001, … padded so name order is numeric order. */
export function backendNames(count: number): { name: string }[] {
  const width = String(count - 1).length;
  return Array.from({ length: count }, (_, i) => ({ name: `l7-${String(i).padStart(width, "0")}` }));
}
