#!/usr/bin/env bash
# npm test: toolchain (fast when warm) -> type-check -> jest (unit, snapshot, harness tests)
# -> every stack in stacks/ and examples/ through terraform validate + falco lint
# -> falco VCL unit tests. Prints one closing "tests: N passed, N failed" line.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
passed=0 failed=0
t() { date +%s; }
phase() { printf '\n=== %s ===\n' "$1"; }

phase "toolchain"
bash scripts/toolchain.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }
# shellcheck disable=SC1091
source "${CDKTF_EDGE_CACHE:-$HOME/.cache/cdktf-edge}/toolchain.env"

phase "type-check"
start=$(t)
if npx tsc --noEmit -p tsconfig.json; then passed=$((passed + 1)); echo "type-check ok in $(($(t) - start))s"; else failed=$((failed + 1)); fi

phase "jest"
start=$(t)
jest_json=$(mktemp)
npx jest --ci --json --outputFile="$jest_json" 2>&1
jp=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(r.numPassedTests)' "$jest_json" 2>/dev/null || echo 0)
jf=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(r.numFailedTests+r.numRuntimeErrorTestSuites)' "$jest_json" 2>/dev/null || echo 1)
passed=$((passed + jp)) failed=$((failed + jf))
echo "jest: $jp passed, $jf failed in $(($(t) - start))s"

phase "terraform validate + falco lint of stacks/ and examples/"
start=$(t)
harness_log=$(mktemp)
npx ts-node --transpile-only test/harness/validate-all.ts | tee "$harness_log"
hp=$(sed -n 's/^harness: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$harness_log")
hf=$(sed -n 's/^harness: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$harness_log")
passed=$((passed + ${hp:-0})) failed=$((failed + ${hf:-1}))
echo "harness done in $(($(t) - start))s"

if compgen -G "test/vcl/*.test.vcl" >/dev/null; then
  phase "falco VCL tests"
  start=$(t)
  vcl_log=$(mktemp)
  npx ts-node --transpile-only test/vcl/run.ts | tee "$vcl_log"
  vp=$(sed -n 's/^falco-tests: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$vcl_log")
  vf=$(sed -n 's/^falco-tests: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$vcl_log")
  passed=$((passed + ${vp:-0})) failed=$((failed + ${vf:-1}))
  echo "falco tests done in $(($(t) - start))s"
fi

echo
echo "tests: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
