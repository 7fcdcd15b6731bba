#!/usr/bin/env bash
# Regenerates lib/gen/fastly/ from the real Fastly provider built by scripts/toolchain.sh:
#   1. `terraform providers schema -json` of that provider -> lib/gen/fastly/provider-schema.json
#   2. cdktf's own generator (@cdktf/provider-generator) -> TypeScript bindings in lib/gen/fastly/
# Nothing in lib/gen/ is edited by hand; run this script instead.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/toolchain.sh" cli fastly
CACHE=${CDKTF_EDGE_CACHE:-$HOME/.cache/cdktf-edge}
# shellcheck disable=SC1091
source "$CACHE/toolchain.env"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/main.tf.json" <<JSON
{ "terraform": { "required_providers": { "fastly": { "source": "fastly/fastly", "version": "$FASTLY_PROVIDER_VERSION" } } } }
JSON
(cd "$work" && "$TF_BIN" init -backend=false -input=false -no-color >/dev/null)
(cd "$work" && "$TF_BIN" providers schema -json) >"$work/schema.json"
node "$root/scripts/gen-fastly.js" "$work/schema.json" "$root/lib/gen/fastly" "$FASTLY_PROVIDER_VERSION"
