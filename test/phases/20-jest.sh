#!/usr/bin/env bash
# Unit, construct, snapshot and property tests (jest). Prints its own time and the slowest suites.
start=$(date +%s)
json=$(mktemp)
npx jest --ci --json --outputFile="$json" 2>&1 | grep -v '^\s*$' | tail -n 60
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const slow = r.testResults.map((t) => [t.endTime - t.startTime, t.name.replace(process.cwd() + "/", "")]).sort((a, b) => b[0] - a[0]).slice(0, 5);
console.log(`slowest suites: ${slow.map(([ms, name]) => `${name} ${(ms / 1000).toFixed(1)}s`).join(", ")}`);
console.log(`jest took ${process.argv[2]}s`);
console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed`);
' "$json" "$(($(date +%s) - start))" 2>/dev/null || echo "jest: 0 passed, 1 failed"
rm -f "$json"
