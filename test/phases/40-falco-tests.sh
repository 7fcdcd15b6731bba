#!/usr/bin/env bash
# falco unit tests (test/vcl/*.test.vcl) on the VCL of the Fastly examples.
node -r ./scripts/ts-cache.js test/vcl/run.ts
