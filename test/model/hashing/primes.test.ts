import { isPrime, nextPrime, previousPrime } from "../../../lib/model/hashing/primes";

describe("primes", () => {
  test("isPrime agrees with a sieve up to 10 000", () => {
    const sieve = new Array<boolean>(10001).fill(true);
    sieve[0] = sieve[1] = false;
    for (let i = 2; i * i <= 10000; i++) {
      for (let j = i * i; j <= 10000; j += i) sieve[j] = false;
    }
    const mismatches = sieve.flatMap((prime, n) => (isPrime(n) === prime ? [] : [n]));
    expect(mismatches).toEqual([]);
  });

  test.each([65537, 655373, 16777213, 2147483647])("%d is prime", (n) => {
    expect(isPrime(n)).toBe(true);
  });

  test.each([65536, 65535, 655371, 16777215, 4294967297, -7, 2.5, NaN, Infinity])("%d is not prime", (n) => {
    expect(isPrime(n)).toBe(false);
  });

  test("nextPrime returns the smallest prime ≥ n", () => {
    expect([nextPrime(-5), nextPrime(2), nextPrime(65536), nextPrime(65537), nextPrime(655360), nextPrime(7.2)]).toEqual([
      2, 2, 65537, 65537, 655373, 11,
    ]);
  });

  test("previousPrime returns the largest prime ≤ n, undefined below 2", () => {
    expect([previousPrime(65536), previousPrime(65537), previousPrime(2), previousPrime(1)]).toEqual([65521, 65537, 2, undefined]);
  });
});
