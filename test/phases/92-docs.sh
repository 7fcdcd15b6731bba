#!/usr/bin/env bash
# API reference from the doc comments (TypeDoc, `npm run docs`): fails on any TypeDoc warning
# (broken {@link}, unresolvable reference), and checks the pages of the public entry points.
started=$(date +%s%N)
passed=0
failed=0
out=$(timeout 300 npx typedoc --out test/.work/api 2>&1)
rc=$?
echo "$out" | tail -n 20
if [ $rc -eq 0 ]; then passed=$((passed + 1)); echo "ok    typedoc without warnings"; else failed=$((failed + 1)); echo "FAIL  typedoc (exit $rc)"; fi
for page in modules/cdktf-edge.html modules/cdktf-edge_testing.html classes/cdktf-edge.EdgePlatform.html functions/cdktf-edge_testing.summarizeStack.html; do
  if [ -s "test/.work/api/$page" ]; then passed=$((passed + 1)); echo "ok    $page"; else failed=$((failed + 1)); echo "FAIL  missing $page"; ls test/.work/api/modules test/.work/api/classes 2>/dev/null | head -n 20; fi
done
echo "docs phase took $((($(date +%s%N) - started) / 1000000)) ms"
echo "docs: $passed passed, $failed failed"
