import { validateLoopBound } from "../../validation/model-entry";
/** Largest |n| nextPrime and previousPrime search from: beyond it, trial division gets slow (2^32). */
export const MAX_PRIME_SEARCH = 2 ** 32;

/** True when `n` is a prime integer (trial division by 6k ± 1; exact for every safe integer). */
export function isPrime(n: number): boolean {
  if (!Number.isSafeInteger(n) || n < 2) return false;
  if (n < 4) return true;
  if (n % 2 === 0 || n % 3 === 0) return false;
  for (let d = 5; d * d <= n; d += 6) {
    if (n % d === 0 || n % (d + 2) === 0) return false;
  }
  return true;
}

/** The smallest prime greater than or equal to `n` (2 for anything below 2). */
export function nextPrime(n: number): number {
  validateLoopBound("nextPrime", "n", n, MAX_PRIME_SEARCH);
  let candidate = Math.max(2, Math.ceil(n));
  while (!isPrime(candidate)) candidate++;
  return candidate;
}

/** The largest prime less than or equal to `n`, or `undefined` when `n` < 2. */
export function previousPrime(n: number): number | undefined {
  validateLoopBound("previousPrime", "n", n, MAX_PRIME_SEARCH);
  for (let candidate = Math.floor(n); candidate >= 2; candidate--) {
    if (isPrime(candidate)) return candidate;
  }
  return undefined;
}
