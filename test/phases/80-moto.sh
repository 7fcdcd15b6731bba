#!/usr/bin/env bash
# terraform apply, change plans and destroy of an EdgePlatform against moto (an AWS emulator on
# 127.0.0.1, started once and stopped at the end): no change users make every week loses a resource.
bin=$(bash scripts/deps/moto.sh | tail -n 1) || { echo "moto: 0 passed, 1 failed (install failed)"; exit 1; }
pidfile=$(mktemp)
# The emulator is stopped by the test; this trap stops it (by its pid only) if the test is killed.
trap 'pid=$(cat "$pidfile" 2>/dev/null); [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -f "$pidfile"' EXIT
MOTO_PID_FILE=$pidfile timeout -k 5 400 node -r ./scripts/ts-cache.js test/moto/run.ts "$bin"
rc=$?
[[ $rc -eq 124 || $rc -eq 137 ]] && echo "moto: 0 passed, 1 failed (killed after 400 s)"
exit $rc
