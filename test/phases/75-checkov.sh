#!/usr/bin/env bash
# checkov (PyPI, pinned; venv under the cache dir) on every synthesized stack: the harness's
# stacks/ and examples/ and the fuzz phase's random accepted specs. Skips only where a construct
# wrote the check id and its reason into the resource (lib/checkov.ts).
# after: harness, fuzz
start=$(date +%s)
bin=$(bash scripts/deps/checkov.sh | tail -n 1) || { echo "checkov: 0 passed, 1 failed (install failed)"; exit 1; }
node -r ./scripts/ts-cache.js test/checkov/run.ts "$bin"
rc=$?
echo "checkov phase took $(($(date +%s) - start))s"
exit $rc
