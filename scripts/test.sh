#!/usr/bin/env bash
# npm test: builds the toolchain (a stamp check when warm), then runs every phase in
# test/phases/ (scripts/run-phases.js: several at once, each with its time and counts).
# The last line is `tests: N passed, N failed`.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
echo "=== toolchain ==="
bash scripts/toolchain.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }
# shellcheck disable=SC1091
source "${CDKTF_EDGE_CACHE:-$HOME/.cache/cdktf-edge}/toolchain.env"
echo "toolchain: terraform $("$TF_BIN" version | head -1), fastly provider $FASTLY_PROVIDER_VERSION, aws provider $AWS_PROVIDER_VERSION [$AWS_PROVIDER_BUILD], falco $("$FALCO_BIN" --version 2>&1 | head -1)"
exec node scripts/run-phases.js
