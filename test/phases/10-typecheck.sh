#!/usr/bin/env bash
# Strict TypeScript over lib/, stacks/, examples/, test/ and bench/. Incremental: the build info
# kept in node_modules/.cache makes a warm run re-check only what changed.
start=$(date +%s)
info=node_modules/.cache/cdktf-edge/typecheck.tsbuildinfo
mkdir -p "$(dirname "$info")"
if npx tsc --noEmit -p tsconfig.json --incremental --tsBuildInfoFile "$info"; then
  echo "type-check ok in $(($(date +%s) - start))s"; echo "typecheck: 1 passed, 0 failed"
else
  echo "type-check failed in $(($(date +%s) - start))s"; echo "typecheck: 0 passed, 1 failed"
fi
