#!/usr/bin/env bash
# Every stack in stacks/ and examples/: synth, terraform init (mirror only) + validate, falco lint.
npx ts-node --transpile-only test/harness/validate-all.ts
