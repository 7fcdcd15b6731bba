/*
 * Reference Maglev populate loop in plain C, written from the paper (Eisenbud et al., NSDI 2016,
 * §3.4, Pseudocode 1), as the yardstick `npm run bench` measures lib/model/hashing/maglev.ts by.
 *
 * Backend i gets offset = h1(name) mod M and skip = h2(name) mod (M − 1) + 1 from 64-bit
 * FNV-1a hashes (two offset bases); its preference list is offset, offset + skip, … (mod M),
 * walked with a conditional subtract instead of a modulo per probe. Weighted tables use the
 * same credit rule as the library (Katran's MaglevHashV2): each backend adds its weight to a
 * running credit and claims a slot each time the credit reaches the largest weight.
 * Timed (process CPU time): hashing the N names, allocating and clearing the table, the populate loop.
 *
 *   gcc -O2 -o maglev-ref bench/maglev-ref.c && ./maglev-ref M N weighted(0|1) runs
 * prints `M N weighted min_ms median_ms checksum` (checksum: sum of slot × backend, so no work is elided).
 */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t fnv1a64(const char *s, uint64_t basis) {
  uint64_t h = basis;
  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= 0x100000001b3ULL;
  }
  return h;
}

static int32_t *populate(char names[][16], const double *weight, int n, int32_t m) {
  int32_t *offset = malloc(sizeof(int32_t) * n);
  int32_t *skip = malloc(sizeof(int32_t) * n);
  int32_t *next = malloc(sizeof(int32_t) * n);
  double *credit = calloc(n, sizeof(double));
  int32_t *entry = malloc(sizeof(int32_t) * m);
  double max_weight = 0;
  for (int i = 0; i < n; i++) {
    offset[i] = (int32_t)(fnv1a64(names[i], 0xcbf29ce484222325ULL) % (uint64_t)m);
    skip[i] = (int32_t)(fnv1a64(names[i], 0x84222325cbf29ce4ULL) % (uint64_t)(m - 1)) + 1;
    next[i] = offset[i];
    if (weight[i] > max_weight) max_weight = weight[i];
  }
  memset(entry, 0xff, sizeof(int32_t) * m); /* -1: empty */
  int32_t filled = 0;
  while (filled < m) {
    for (int i = 0; i < n && filled < m; i++) {
      credit[i] += weight[i];
      if (credit[i] < max_weight) continue;
      credit[i] -= max_weight;
      int32_t c = next[i];
      while (entry[c] >= 0) {
        c += skip[i];
        if (c >= m) c -= m;
      }
      entry[c] = i;
      c += skip[i];
      next[i] = c >= m ? c - m : c;
      filled++;
    }
  }
  free(offset);
  free(skip);
  free(next);
  free(credit);
  return entry;
}

/* CPU time of this process: on a machine shared with other work it barely moves with the load. */
static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: %s M N weighted(0|1) runs\n", argv[0]);
    return 2;
  }
  int32_t m = atoi(argv[1]);
  int n = atoi(argv[2]);
  int weighted = atoi(argv[3]);
  int runs = atoi(argv[4]);
  char (*names)[16] = malloc(16 * (size_t)n);
  double *weight = malloc(sizeof(double) * n);
  for (int i = 0; i < n; i++) {
    snprintf(names[i], 16, "l7-%04d", i);
    weight[i] = weighted ? 1 + i % 4 : 1; /* same weights as bench/maglev.bench.ts */
  }
  double *samples = malloc(sizeof(double) * runs);
  uint64_t checksum = 0;
  for (int r = -1; r < runs; r++) { /* r = -1: warm-up */
    double start = now_ms();
    int32_t *entry = populate(names, weight, n, m);
    double ms = now_ms() - start;
    if (r >= 0) samples[r] = ms;
    checksum = 0;
    for (int32_t j = 0; j < m; j++) checksum += (uint64_t)j * (uint64_t)entry[j];
    free(entry);
  }
  qsort(samples, runs, sizeof(double), by_value);
  printf("%d %d %d %.4f %.4f %llu\n", m, n, weighted, samples[0], samples[runs / 2], (unsigned long long)checksum);
  return 0;
}
