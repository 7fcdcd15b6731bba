#!/usr/bin/env bash
# falco unit tests (test/vcl/*.test.vcl) on the VCL of the Fastly examples.
npx ts-node --transpile-only test/vcl/run.ts
