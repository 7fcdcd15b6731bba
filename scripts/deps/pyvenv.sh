#!/usr/bin/env bash
# Installs one pinned PyPI tool into its own venv under the cache dir; idempotent with a stamp.
# Usage: pyvenv.sh <name> <pip requirement...>   (prints the venv's bin dir on the last line)
# Needs python3 with venv; on Debian, python3-venv is installed under the shared apt lock.
set -euo pipefail
name=$1; shift
cache=${CDKTF_EDGE_CACHE:-$HOME/.cache/cdktf-edge}
venv="$cache/venv/$name"
stamp="$cache/deps/$name.stamp"
want="$*"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$venv/bin/python" ]; then echo "$venv/bin"; exit 0; fi
start=$(date +%s)
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "$name: python3-venv missing and not root" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  lock=/tmp/cdktf-edge-apt.lock
  apt-cache show python3-venv >/dev/null 2>&1 || timeout 600 flock "$lock" apt-get update -q >&2
  timeout 900 flock "$lock" apt-get install -y -q --no-install-recommends python3-venv python3-pip >&2
fi
rm -rf "$venv"
python3 -m venv "$venv" >&2
timeout 900 "$venv/bin/pip" install -q --disable-pip-version-check $want >&2
mkdir -p "$(dirname "$stamp")"
echo "$want" >"$stamp"
echo "$name: installed $want in $(($(date +%s) - start))s" >&2
echo "$venv/bin"
