#!/usr/bin/env bash
# Every stack in stacks/ and examples/: synth, terraform init (mirror only) + validate, falco lint.
# Other phases read the stacks synthesized here (test/harness/synth.ts) instead of synthesizing again.
start=$(date +%s)
log=/tmp/edge-harness.$$.log
node -r ./scripts/ts-cache.js test/harness/validate-all.ts 2>&1 | tee "$log" | grep -v '^harness: '
status=${PIPESTATUS[0]}
echo "harness took $(($(date +%s) - start))s"
tail -1 "$log" | grep '^harness: ' || echo "harness: 0 passed, 1 failed"
rm -f "$log"
exit "$status"
