#!/usr/bin/env bash
# Strict TypeScript over lib/, stacks/, examples/, test/ and bench/.
start=$(date +%s)
if npx tsc --noEmit -p tsconfig.json; then
  echo "type-check ok in $(($(date +%s) - start))s"; echo "typecheck: 1 passed, 0 failed"
else
  echo "typecheck: 0 passed, 1 failed"
fi
