#!/usr/bin/env bash
# Builds the tools that check what cdktf-edge synthesizes, cached outside the repo:
#   - a terraform-compatible CLI (terraform >= 1.6 or tofu from PATH, else OpenTofu built from Go)
#   - terraform-provider-aws and terraform-provider-fastly built from their Go modules into a
#     filesystem mirror, plus a CLI config that installs providers only from that mirror
#   - falco (VCL lint and tests)
# Usage: scripts/toolchain.sh [cli|fastly|aws|falco]... (default: all).
# Idempotent: every part is stamped with its version; a warm run only checks the stamps.
# Writes $CACHE/toolchain.env, which scripts/test.sh and the harness source.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=toolchain.versions
source "$here/toolchain.versions"

CACHE=${CDKTF_EDGE_CACHE:-$HOME/.cache/cdktf-edge}
MIRROR=$CACHE/mirror
BIN=$CACHE/bin
LOGS=$CACHE/logs
STAMPS=$CACHE/stamps
mkdir -p "$MIRROR" "$BIN" "$LOGS" "$STAMPS" "$CACHE/plugin-cache" "$CACHE/src"

export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS="-buildvcs=false -mod=readonly"
export CHECKPOINT_DISABLE=1

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { print b - a }'; }
script_start=$(now)

# step NAME COMMAND...: runs one part, prints how long it took.
step() {
  local name=$1; shift
  local start; start=$(now)
  echo "toolchain: $name ..."
  "$@"
  printf 'toolchain: %s done in %.1fs\n' "$name" "$(elapsed "$start")"
}

# measured LOG COMMAND...: runs a build under GNU time; records wall seconds and peak RSS.
measured() {
  local log=$1; shift
  if /usr/bin/time -f '%e %M' -o "$log.time" "$@" >"$log" 2>&1; then
    read -r secs kb <"$log.time"
    printf 'toolchain:   built in %ss, peak RSS %d MiB (log: %s)\n' "$secs" $((kb / 1024)) "$log"
  else
    echo "toolchain: build failed, last lines of $log:" >&2
    tail -n 30 "$log" >&2
    return 1
  fi
}

# module_dir MODULE VERSION: downloads a module into the module cache and prints its directory.
module_dir() {
  go mod download -json "$1@$2" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p'
}

# OpenTofu resolves unqualified sources ("aws") against its own registry host, so the mirror
# holds each provider under both host names. A hard link, not a symlinked directory: the
# mirror scan does not follow directory symlinks.
mirror_for_tofu() {
  local rel=$1 file=$2
  mkdir -p "$MIRROR/registry.opentofu.org/$rel"
  ln -f "$MIRROR/registry.terraform.io/$rel/$file" "$MIRROR/registry.opentofu.org/$rel/$file"
}

# build_provider NS NAME MODULE GO_VERSION MIRROR_VERSION
build_provider() {
  local ns=$1 name=$2 module=$3 goversion=$4 version=$5
  local stamp=$STAMPS/provider-$ns-$name-$version
  local rel=$ns/$name/$version/linux_amd64
  local target=$MIRROR/registry.terraform.io/$rel/terraform-provider-${name}_v$version
  if [[ -f $stamp && -x $target ]]; then
    echo "toolchain:   $ns/$name $version cached"
    [[ -f $MIRROR/registry.opentofu.org/$rel/${target##*/} ]] || mirror_for_tofu "$rel" "${target##*/}"
    return
  fi
  local dir; dir=$(module_dir "$module" "$goversion")
  [[ -n $dir ]] || { echo "toolchain: could not download $module@$goversion" >&2; return 1; }
  mkdir -p "$(dirname "$target")"
  (cd "$dir" && measured "$LOGS/build-$name.log" go build -trimpath -ldflags "-s -w" -o "$target.tmp" .)
  mv "$target.tmp" "$target"
  mirror_for_tofu "$rel" "terraform-provider-${name}_v$version"
  touch "$stamp"
}

terraform_ok() {
  local v
  v=$("$1" version -json 2>/dev/null | sed -n 's/.*"terraform_version": *"\([0-9.]*\)".*/\1/p' | head -1)
  [[ -n $v ]] || return 1
  # >= 1.6
  [[ $(printf '%s\n1.6.0\n' "$v" | sort -V | head -1) == 1.6.0 ]]
}

build_tofu() {
  local stamp=$STAMPS/tofu-$TOFU_VERSION
  if [[ -f $stamp && -x $BIN/tofu ]]; then echo "toolchain:   tofu $TOFU_VERSION cached"; return; fi
  local wrapper=$CACHE/src/tofu-wrapper
  rm -rf "$wrapper" && mkdir -p "$wrapper"
  local old=${TOFU_REPLACE%%=*} new=${TOFU_REPLACE#*=}
  cat >"$wrapper/go.mod" <<EOF
module cdktf-edge.local/tofu-wrapper

go 1.24

require $TOFU_MODULE $TOFU_VERSION

replace $old => ${new%@*} ${new#*@}
EOF
  printf 'package tools\n\nimport _ "%s/cmd/tofu"\n' "$TOFU_MODULE" >"$wrapper/tools.go"
  (cd "$wrapper" && GOFLAGS=-mod=mod go mod tidy >"$LOGS/tofu-tidy.log" 2>&1)
  (cd "$wrapper" && measured "$LOGS/build-tofu.log" go build -trimpath -ldflags "-s -w" -o "$BIN/tofu" "$TOFU_MODULE/cmd/tofu")
  touch "$stamp"
}

resolve_cli() {
  if [[ -n ${CDKTF_EDGE_TF:-} && ${CDKTF_EDGE_TF} != build ]]; then
    TF_BIN=$CDKTF_EDGE_TF
  elif [[ ${CDKTF_EDGE_TF:-} != build ]] && command -v terraform >/dev/null && terraform_ok "$(command -v terraform)"; then
    TF_BIN=$(command -v terraform)
  elif [[ ${CDKTF_EDGE_TF:-} != build ]] && command -v tofu >/dev/null && terraform_ok "$(command -v tofu)"; then
    TF_BIN=$(command -v tofu)
  else
    build_tofu
    TF_BIN=$BIN/tofu
  fi
  echo "toolchain:   using $TF_BIN ($("$TF_BIN" version | head -1))"
}

build_falco() {
  local stamp=$STAMPS/falco-$FALCO_VERSION
  if [[ -f $stamp && -x $BIN/falco ]]; then echo "toolchain:   falco $FALCO_VERSION cached"; return; fi
  # Not `go install pkg@version`: it asks the proxy for the module's version list, which is refused here.
  local dir; dir=$(module_dir "$FALCO_MODULE" "$FALCO_VERSION")
  (cd "$dir" && measured "$LOGS/build-falco.log" go build -trimpath -ldflags "-s -w" -o "$BIN/falco" ./cmd/falco)
  touch "$stamp"
}

write_rc() {
  cat >"$CACHE/terraform.rc" <<EOF
# Written by cdktf-edge scripts/toolchain.sh: providers come only from the local mirror.
provider_installation {
  filesystem_mirror {
    path    = "$MIRROR"
    include = ["*/*/*"]
  }
}
plugin_cache_dir = "$CACHE/plugin-cache"
disable_checkpoint = true
EOF
}

write_env() {
  cat >"$CACHE/toolchain.env" <<EOF
export CDKTF_EDGE_CACHE="$CACHE"
export TF_BIN="$TF_BIN"
export TERRAFORM_BINARY_NAME="$TF_BIN"
export TF_CLI_CONFIG_FILE="$CACHE/terraform.rc"
export TF_PLUGIN_CACHE_DIR="$CACHE/plugin-cache"
export CHECKPOINT_DISABLE=1
export FALCO_BIN="$BIN/falco"
export AWS_PROVIDER_VERSION="$AWS_MIRROR_VERSION"
export FASTLY_PROVIDER_VERSION="$FASTLY_MIRROR_VERSION"
EOF
}

write_rc
export TF_CLI_CONFIG_FILE=$CACHE/terraform.rc
parts=${*:-cli fastly aws falco}
for part in $parts; do
  case $part in
    cli) step "terraform CLI" resolve_cli ;;
    fastly) step "terraform-provider-fastly $FASTLY_MIRROR_VERSION ($FASTLY_GO_VERSION)" \
      build_provider fastly fastly "$FASTLY_MODULE" "$FASTLY_GO_VERSION" "$FASTLY_MIRROR_VERSION" ;;
    aws) step "terraform-provider-aws $AWS_MIRROR_VERSION ($AWS_GO_VERSION)" \
      build_provider hashicorp aws "$AWS_MODULE" "$AWS_GO_VERSION" "$AWS_MIRROR_VERSION" ;;
    falco) step "falco $FALCO_VERSION" build_falco ;;
    *) echo "toolchain: unknown part '$part' (cli, fastly, aws, falco)" >&2; exit 2 ;;
  esac
done
[[ -n ${TF_BIN:-} ]] || resolve_cli >/dev/null
write_env
printf 'toolchain: ready in %.1fs (cache %s)\n' "$(elapsed "$script_start")" "$CACHE"
