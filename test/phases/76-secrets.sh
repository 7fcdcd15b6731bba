#!/usr/bin/env bash
# No secret in any synthesized stack: literal keys/tokens/passwords, unmarked sensitive outputs,
# secret material kept in state (test/secrets/scan.ts over what the harness synthesized).
# after: harness
node -r ./scripts/ts-cache.js test/secrets/scan.ts
