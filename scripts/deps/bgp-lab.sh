#!/usr/bin/env bash
# Debian packages the BGP lab (test/phases/60-bgp-lab.sh) needs: BIRD 2, ExaBGP, iproute2, kmod, nftables, curl,
# openssl. Idempotent: a stamp under the cache dir skips it when every tool is present.
# apt runs under /tmp/cdktf-edge-apt.lock because test phases (and other labs) install in parallel.
set -euo pipefail
cache=${CDKTF_EDGE_CACHE:-$HOME/.cache/cdktf-edge}
stamp="$cache/deps/bgp-lab.stamp"
want="bird2 exabgp iproute2 kmod nftables curl openssl python3"
have() { command -v bird >/dev/null && command -v birdc >/dev/null && command -v exabgp >/dev/null \
  && command -v ip >/dev/null && command -v modprobe >/dev/null && command -v nft >/dev/null && command -v curl >/dev/null && command -v openssl >/dev/null && [ -x /usr/bin/python3 ]; }
if [ -f "$stamp" ] && have; then echo "bgp-lab deps: present ($(cat "$stamp"))"; exit 0; fi
if [ "$(id -u)" != 0 ]; then echo "bgp-lab deps: need root to install $want" >&2; exit 1; fi
start=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
lock=/tmp/cdktf-edge-apt.lock
# A fresh machine has no package lists yet; refresh them once if the candidates are unknown.
if ! apt-cache show bird2 exabgp >/dev/null 2>&1; then timeout 600 flock "$lock" apt-get update -q; fi
timeout 900 flock "$lock" apt-get install -y -q --no-install-recommends $want
# Debian starts the daemons as services on a real system; the lab runs its own copies in namespaces.
for unit in bird exabgp; do systemctl disable --now "$unit" >/dev/null 2>&1 || true; done
have || { echo "bgp-lab deps: install finished but a tool is missing" >&2; exit 1; }
mkdir -p "$(dirname "$stamp")"
echo "bird $(bird --version 2>&1 | awk '{print $NF}'), exabgp $(exabgp --version 2>&1 | awk '/ExaBGP/ {print $NF; exit}')" >"$stamp"
echo "bgp-lab deps: installed in $(($(date +%s) - start))s: $(cat "$stamp")"
