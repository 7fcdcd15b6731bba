#!/usr/bin/env bash
# Unit, construct, snapshot and property tests (jest).
json=$(mktemp)
npx jest --ci --json --outputFile="$json" 2>&1 | grep -v '^\s*$' | tail -n 60
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed`);
' "$json" 2>/dev/null || echo "jest: 0 passed, 1 failed"
rm -f "$json"
