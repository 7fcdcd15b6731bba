#!/usr/bin/env bash
# after: harness
# haproxy -c on every HAProxy configuration the library renders (L7 fleet nodes of every app in
# stacks/ and examples/, plus model variants); sh -n on the node scripts. HAProxy comes from
# Debian's package through scripts/deps/haproxy.sh.
start=$(date +%s)
if ! bash scripts/deps/haproxy.sh; then echo "haproxy-check: 0 passed, 1 failed"; exit 1; fi
node -r ./scripts/ts-cache.js test/l7/haproxy-check.ts | tee /tmp/edge-haproxy-check.$$.log | grep -v '^haproxy-check: '
status=${PIPESTATUS[0]}
echo "haproxy-check took $(($(date +%s) - start))s"
tail -1 /tmp/edge-haproxy-check.$$.log | grep '^haproxy-check: ' || echo "haproxy-check: 0 passed, 1 failed"
rm -f /tmp/edge-haproxy-check.$$.log
exit "$status"
