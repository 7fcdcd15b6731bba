#!/usr/bin/env bash
# Installs HAProxy (2.6+, Debian's package), nftables and the lab's clients (openssl, curl with
# HTTP/2, iproute2) if missing. Idempotent; every apt-get runs under the shared apt lock because CI runs
# two phases at once and other phases install packages too.
set -euo pipefail
lock=/tmp/cdktf-edge-apt.lock
need=()
command -v haproxy >/dev/null || need+=(haproxy)
command -v openssl >/dev/null || need+=(openssl)
command -v curl >/dev/null || need+=(curl)
command -v ip >/dev/null || need+=(iproute2)
command -v python3 >/dev/null || need+=(python3)
command -v nft >/dev/null || need+=(nftables)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  flock "$lock" apt-get update -qq >/dev/null
  flock "$lock" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# Debian's package starts a daemon on :80 by default where systemd runs; the project never uses it.
if command -v systemctl >/dev/null && systemctl is-active --quiet haproxy 2>/dev/null; then systemctl stop haproxy || true; fi
version=$(haproxy -v | sed -n 's/^HAProxy version \([0-9]*\.[0-9]*\).*/\1/p')
major=${version%%.*} minor=${version#*.}
if [ "$major" -lt 2 ] || { [ "$major" -eq 2 ] && [ "$minor" -lt 6 ]; }; then
  echo "haproxy $version is older than 2.6" >&2; exit 1
fi
echo "haproxy $(haproxy -v | head -1 | awk '{print $3}')"
