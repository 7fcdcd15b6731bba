#!/usr/bin/env bash
# Behaviour through `falco simulate --proxy` (falco 2.3.0) on the assembled VCL of every Fastly
# example (test/vcl/simulate.ts), with local origins on 127.0.0.1, inside a network namespace
# of its own (only loopback; falco listens on all interfaces). Needs root (CI runs as root).
export SIMULATOR_PHASE_STARTED_MS=$(($(date +%s%N) / 1000000))
ns="fastly-sim-$$"
cleanup() {
  for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -9 "$pid" 2>/dev/null; done
  ip netns del "$ns" 2>/dev/null
}
trap cleanup EXIT INT TERM
if ! ip netns add "$ns" 2>/dev/null; then
  echo "simulator: cannot create network namespace $ns (needs root and iproute2)"
  echo "simulator: 0 passed, 1 failed"
  exit 1
fi
ip -n "$ns" link set lo up
# scripts/ts-cache.js: TypeScript transpiled once and cached; timeout bounds the whole run.
ip netns exec "$ns" timeout -k 5 200 node -r ./scripts/ts-cache.js test/vcl/simulate.ts
rc=$?
if [[ $rc -eq 124 || $rc -eq 137 ]]; then
  echo "FAIL simulator killed after 200 s"
  echo "simulator: 0 passed, 1 failed"
fi
exit $rc
