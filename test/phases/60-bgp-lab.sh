#!/usr/bin/env bash
# BGP lab (test/bgp-lab/lab.sh): the rendered L4 node configuration with real BIRD 2 and ExaBGP
# in network namespaces against a BIRD ECMP router. Installs its Debian packages through
# scripts/deps/bgp-lab.sh first. Needs root (CI runs as root).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ "$(id -u)" != 0 ]; then echo "bgp-lab: needs root for network namespaces"; echo "bgp-lab: 0 passed, 1 failed"; exit 1; fi
if ! bash "$root/scripts/deps/bgp-lab.sh"; then echo "bgp-lab: 0 passed, 1 failed"; exit 1; fi
timeout 180 bash "$root/test/bgp-lab/lab.sh"
rc=$?
[ "$rc" = 124 ] && { echo "bgp-lab: timed out after 180 s"; echo "bgp-lab: 0 passed, 1 failed"; }
exit "$rc"
