#!/usr/bin/env bash
# Every stack in stacks/ and examples/: synth, terraform init (mirror only) + validate, falco lint.
node -r ./scripts/ts-cache.js test/harness/validate-all.ts
