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
VENDOR=${CDKTF_EDGE_VENDOR:-$(cd "$here/../.." && pwd)/shared/vendor}
AWS_BUILD=${CDKTF_EDGE_AWS:-lite}
[[ $AWS_BUILD == lite || $AWS_BUILD == full ]] || { echo "toolchain: CDKTF_EDGE_AWS must be lite or full, not '$AWS_BUILD'" >&2; exit 2; }
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

# mirror_target NS NAME VERSION: where terraform looks for a provider binary in the mirror.
mirror_target() {
  echo "$MIRROR/registry.terraform.io/$1/$2/$3/linux_amd64/terraform-provider-$2_v$3"
}

# install_provider NS NAME VERSION BUILT_BINARY: moves a built provider into the mirror.
install_provider() {
  local target; target=$(mirror_target "$1" "$2" "$3")
  mkdir -p "$(dirname "$target")"
  mv "$4" "$target"
  mirror_for_tofu "$1/$2/$3/linux_amd64" "${target##*/}"
}

# provider_cached NS NAME VERSION STAMP: true (and says so) when the mirror already holds it.
provider_cached() {
  local target; target=$(mirror_target "$1" "$2" "$3")
  [[ -f $STAMPS/$4 && -x $target ]] || return 1
  echo "toolchain:   $1/$2 $3 cached"
  [[ -f $MIRROR/registry.opentofu.org/$1/$2/$3/linux_amd64/${target##*/} ]] || mirror_for_tofu "$1/$2/$3/linux_amd64" "${target##*/}"
}

# from_vendor ARCHIVE SHA256: checks and extracts a vendored source archive under the cache
# (never into the repository) and prints the extraction directory.
from_vendor() {
  local archive=$VENDOR/$1 dest=$CACHE/src/${1%.tar.xz}
  [[ -f $archive ]] || { echo "toolchain: $archive not found (set CDKTF_EDGE_VENDOR)" >&2; return 1; }
  echo "$2  $archive" | sha256sum -c --quiet - >&2 || { echo "toolchain: checksum mismatch for $archive" >&2; return 1; }
  rm -rf "$dest" && mkdir -p "$dest"
  tar -xJf "$archive" -C "$dest"
  echo "$dest"
}

# AWS: the lite build registers only $AWS_LITE_SERVICES (scripts/aws-lite.js); CDKTF_EDGE_AWS=full
# builds the module as published. Both are mirrored under the same version; the stamp and
# $CACHE/aws-build say which one is there.
build_aws() {
  local stamp=provider-aws-$AWS_MIRROR_VERSION-$AWS_BUILD
  [[ $AWS_BUILD == full ]] || stamp=$stamp-$(echo "$AWS_LITE_SERVICES" | sha256sum | cut -c1-12)
  if provider_cached hashicorp aws "$AWS_MIRROR_VERSION" "$stamp"; then return; fi
  rm -f "$STAMPS"/provider-aws-*
  local dir; dir=$(module_dir "$AWS_MODULE" "$AWS_GO_VERSION")
  [[ -n $dir ]] || { echo "toolchain: could not download $AWS_MODULE@$AWS_GO_VERSION" >&2; return 1; }
  if [[ $AWS_BUILD == lite ]]; then
    local copy=$CACHE/src/aws-lite
    rm -rf "$copy" && cp -r "$dir" "$copy" && chmod -R u+w "$copy"
    node "$here/aws-lite.js" "$copy" "$AWS_LITE_SERVICES"
    dir=$copy
  fi
  (cd "$dir" && measured "$LOGS/build-aws.log" go build -trimpath -ldflags "-s -w" -o "$CACHE/aws.tmp" .)
  install_provider hashicorp aws "$AWS_MIRROR_VERSION" "$CACHE/aws.tmp"
  [[ $AWS_BUILD == full ]] && echo "full" >"$CACHE/aws-build" || echo "lite ($AWS_LITE_SERVICES)" >"$CACHE/aws-build"
  touch "$STAMPS/$stamp"
}

# Fastly 9.5.1: from the Go module proxy by commit where it is served, else from the vendored
# archive with go-fastly/v17 replaced by its vendored source.
build_fastly() {
  local stamp=provider-fastly-$FASTLY_VERSION
  if provider_cached fastly fastly "$FASTLY_VERSION" "$stamp"; then return; fi
  local ldflags="-s -w -X $FASTLY_MODULE/version.ProviderVersion=$FASTLY_VERSION"
  local dir
  if dir=$(module_dir "$FASTLY_MODULE" "$FASTLY_COMMIT" 2>/dev/null) && [[ -n $dir ]] &&
    (cd "$dir" && measured "$LOGS/build-fastly.log" go build -trimpath -ldflags "$ldflags" -o "$CACHE/fastly.tmp" .); then
    echo "toolchain:   built from the Go module proxy ($FASTLY_MODULE@${FASTLY_COMMIT:0:12})"
  else
    echo "toolchain:   the Go module proxy does not serve $FASTLY_MODULE@${FASTLY_COMMIT:0:12}: building from $VENDOR/$FASTLY_ARCHIVE"
    local src; src=$(from_vendor "$FASTLY_ARCHIVE" "$FASTLY_ARCHIVE_SHA256")
    (cd "$src/terraform-provider-fastly-$FASTLY_VERSION" &&
      go mod edit -replace "github.com/fastly/go-fastly/v17=../go-fastly-17.2.0" &&
      measured "$LOGS/build-fastly.log" go build -trimpath -ldflags "$ldflags" -o "$CACHE/fastly.tmp" .)
  fi
  install_provider fastly fastly "$FASTLY_VERSION" "$CACHE/fastly.tmp"
  touch "$STAMPS/$stamp"
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
  local ldflags="-s -w -X main.version=$FALCO_VERSION" dir
  # Not `go install pkg@version`: it asks the proxy for the module's version list, which is refused here.
  if dir=$(module_dir "$FALCO_MODULE" "$FALCO_VERSION" 2>/dev/null) && [[ -n $dir ]] &&
    (cd "$dir" && measured "$LOGS/build-falco.log" go build -trimpath -ldflags "$ldflags" -o "$BIN/falco" ./cmd/falco); then
    echo "toolchain:   built from the Go module proxy ($FALCO_MODULE@$FALCO_VERSION)"
  else
    echo "toolchain:   the Go module proxy does not serve $FALCO_MODULE@$FALCO_VERSION: building from $VENDOR/$FALCO_ARCHIVE"
    local src; src=$(from_vendor "$FALCO_ARCHIVE" "$FALCO_ARCHIVE_SHA256")
    (cd "$src/falco-${FALCO_VERSION#v}" && measured "$LOGS/build-falco.log" go build -trimpath -ldflags "$ldflags" -o "$BIN/falco" ./cmd/falco)
  fi
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
export AWS_PROVIDER_BUILD="$(cat "$CACHE/aws-build" 2>/dev/null || echo unknown)"
export FASTLY_PROVIDER_VERSION="$FASTLY_VERSION"
export FALCO_VERSION="$FALCO_VERSION"
EOF
}

# Terraform's plugin cache is not safe for concurrent first fills: two phases initialising at once
# could read a provider another init is still copying in. Fill it once here, under a lock.
warm_plugin_cache() {
  local key stamp dir
  key="$(cat "$CACHE/aws-build" 2>/dev/null)-$AWS_MIRROR_VERSION-$FASTLY_VERSION"
  stamp=$STAMPS/plugin-cache-$(printf '%s' "$key" | sha256sum | cut -c1-16)
  if [[ -f $stamp ]]; then echo "toolchain:   plugin cache filled"; return; fi
  dir=$(mktemp -d)
  printf '{"terraform":{"required_providers":{"aws":{"source":"hashicorp/aws","version":"%s"},"fastly":{"source":"fastly/fastly","version":"%s"}}}}\n' \
    "$AWS_MIRROR_VERSION" "$FASTLY_VERSION" >"$dir/main.tf.json"
  if ! (cd "$dir" && flock "$CACHE/plugin-cache.lock" "$TF_BIN" init -backend=false -input=false -no-color >"$LOGS/plugin-cache.log" 2>&1); then
    echo "toolchain: terraform init of the plugin cache failed; see $LOGS/plugin-cache.log" >&2
    rm -rf "$dir"
    return 1
  fi
  rm -rf "$dir"
  touch "$stamp"
}

write_rc
export TF_CLI_CONFIG_FILE=$CACHE/terraform.rc
parts=${*:-cli fastly aws falco}
for part in $parts; do
  case $part in
    cli) step "terraform CLI" resolve_cli ;;
    fastly) step "terraform-provider-fastly $FASTLY_VERSION" build_fastly ;;
    aws) step "terraform-provider-aws $AWS_MIRROR_VERSION ($AWS_GO_VERSION, $AWS_BUILD build)" build_aws ;;
    falco) step "falco $FALCO_VERSION" build_falco ;;
    *) echo "toolchain: unknown part '$part' (cli, fastly, aws, falco)" >&2; exit 2 ;;
  esac
done
[[ -n ${TF_BIN:-} ]] || resolve_cli >/dev/null
[[ -z ${*:-} ]] && step "plugin cache" warm_plugin_cache
write_env
printf 'toolchain: ready in %.1fs (cache %s)\n' "$(elapsed "$script_start")" "$CACHE"
