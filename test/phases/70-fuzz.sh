#!/usr/bin/env bash
# Property-based fuzz (fast-check): valid specs synthesize deterministically, mutated specs end in
# EdgeConfigError, a sample of accepted specs passes terraform validate. Seed printed.
start=$(date +%s)
timeout 300 node -r ./scripts/ts-cache.js test/fuzz/run.ts
rc=$?
echo "fuzz phase took $(($(date +%s) - start))s"
[ $rc -eq 124 ] && echo "fuzz: 0 passed, 1 failed (timed out: a hang)"
exit $rc
