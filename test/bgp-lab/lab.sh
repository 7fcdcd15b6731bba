#!/usr/bin/env bash
# BGP lab: the L4 node configuration the library renders, run with real BIRD 2 and ExaBGP in
# network namespaces, against a BIRD router with ECMP standing in for the TGW Connect / Route
# Server peer. Three nodes (n1, n2: BIRD with BFD; n3: ExaBGP with keepalives), two L7 stand-ins
# (one HTTPS server on two addresses, certificate from a lab CA). Each node runs in its own
# mount namespace with overlays on /etc and /usr/local/sbin and a private /run, so the rendered
# files sit at their real paths. Bounded (every wait has a deadline), cleans up on any exit,
# uses only addresses inside the namespaces it makes. Needs root.
# Prints PASS/FAIL lines and, last, "bgp-lab: N passed, N failed".
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
started=$(date +%s.%N)
id=$$
lab=$(mktemp -d "/tmp/edge-bgp-lab.$id.XXXX")
chmod 755 "$lab" # the ExaBGP gate runs as user exabgp and reads the lab CA
net=10.77.0
vip=203.0.113.10
router=el4r$id
l7=el4l$id
nodes=(n1 n2 n3)
pass=0 fail=0
declare -A holder=() bird=() gate=() exa=()

ok() { pass=$((pass + 1)); echo "PASS ($(elapsed) s): $*"; }
bad() { fail=$((fail + 1)); echo "FAIL ($(elapsed) s): $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
elapsed() { awk -v s="$started" -v n="$(date +%s.%N)" 'BEGIN { printf "%.1f", n - s }'; }
ns() { echo "el4$1$id"; }
# Run a command inside node $1's network and mount namespaces.
in_node() { local n=$1; shift; nsenter -t "${holder[$n]}" -m -n -- "$@"; }
rbirdc() { ip netns exec "$router" birdc -s "$lab/router.ctl" "$@"; }

cleanup() {
  set +e
  for pid in "${gate[@]}" "${bird[@]}" "${exa[@]}" "${holder[@]}" ${l7pid:-} ${rbird:-}; do kill "$pid" 2>/dev/null; done
  # ExaBGP's gate process and the HTTPS stand-in may have children: end them by namespace.
  for n in "${nodes[@]}" r l; do
    for pid in $(ip netns pids "$(ns "$n")" 2>/dev/null); do kill "$pid" 2>/dev/null; done
  done
  sleep 0.3
  for n in "${nodes[@]}" r l; do
    for pid in $(ip netns pids "$(ns "$n")" 2>/dev/null); do kill -9 "$pid" 2>/dev/null; done
    ip netns del "$(ns "$n")" 2>/dev/null
  done
  rm -rf "$lab"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# wait_for <seconds> <command...>: poll every 0.25 s until the command succeeds or time runs out.
wait_for() {
  local deadline=$(($(date +%s%N) + $1 * 1000000000)); shift
  until "$@"; do
    [ "$(date +%s%N)" -lt "$deadline" ] || return 1
    sleep 0.25
  done
}

# The router's kernel route to the VIP, as "a b c" (the host part of each next hop, sorted).
hops() {
  ip -n "$router" -4 route show "$vip/32" 2>/dev/null | grep -o "via $net\.[0-9]*" | sed "s/via $net\.//" | sort -n | tr '\n' ' ' | sed 's/ $//'
}
hops_are() { [ "$(hops)" = "$1" ]; }
established() { rbirdc show protocols "$1" 2>/dev/null | grep -q Established; }
down() { ! established "$1"; }
gate_status() { in_node "$1" cat /run/edge-l4/gate/status.json 2>/dev/null; }
ready_code() { in_node "$1" curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$net.$2:8081/"; }

echo "lab $id: kernel $(uname -r); BIRD $(bird --version 2>&1 | awk '{print $NF}'), ExaBGP $(exabgp --version 2>&1 | awk '/ExaBGP/ {print $NF; exit}')"

# --- render the nodes with the library -------------------------------------------------------
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj "/CN=edge lab CA $id" \
  -keyout "$lab/ca.key" -out "$lab/ca.pem" -addext basicConstraints=critical,CA:TRUE 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=www.lab.example" -keyout "$lab/l7.key" -out "$lab/l7.csr" 2>/dev/null
printf 'subjectAltName=DNS:www.lab.example\n' >"$lab/san.ext"
openssl x509 -req -in "$lab/l7.csr" -CA "$lab/ca.pem" -CAkey "$lab/ca.key" -CAcreateserial -days 1 -extfile "$lab/san.ext" -out "$lab/l7.pem" 2>/dev/null
if ! (cd "$root" && LAB_OUT="$lab/render" LAB_CA="$lab/ca.pem" LAB_NET=$net node -r ./scripts/ts-cache.js test/bgp-lab/render.ts); then
  bad "the library renders the lab's nodes"; echo "bgp-lab: $pass passed, $((fail + 1)) failed"; exit 1
fi
digest=$(cat "$lab/render/digest")

# --- namespaces: a bridge in the router namespace, one veth per other namespace ---------------
ip netns add "$router"
ip -n "$router" link add br0 type bridge
ip -n "$router" addr add "$net.1/24" dev br0
ip -n "$router" link set br0 up
ip -n "$router" link set lo up
attach() { # attach <short name> <address>...
  local name; name=$(ns "$1"); shift
  ip netns add "$name"
  ip link add "v$name" type veth peer name eth0 netns "$name"
  ip link set "v$name" netns "$router"
  ip -n "$router" link set "v$name" master br0 up
  ip -n "$name" link set lo up
  for a in "$@"; do ip -n "$name" addr add "$a/24" dev eth0; done
  ip -n "$name" link set eth0 up
}
attach n1 "$net.11"; attach n2 "$net.12"; attach n3 "$net.13"; attach l "$net.21" "$net.22"

# Each node: overlay /etc and /usr/local/sbin with its rendered files, a private /run.
for n in "${nodes[@]}"; do
  d=$lab/$n
  mkdir -p "$d/etc" "$d/etc.work" "$d/sbin" "$d/sbin.work"
  cp -a "$lab/render/$n/root/etc/." "$d/etc/"
  cp -a "$lab/render/$n/root/usr/local/sbin/." "$d/sbin/"
  ip netns exec "$(ns "$n")" unshare -m --propagation private sh -c "
    mount -t overlay overlay -o lowerdir=/etc,upperdir=$d/etc,workdir=$d/etc.work /etc &&
    mount -t overlay overlay -o lowerdir=/usr/local/sbin,upperdir=$d/sbin,workdir=$d/sbin.work /usr/local/sbin &&
    mount -t tmpfs -o mode=0755 tmpfs /run && mkdir -p /run/bird && chown bird:bird /run/bird 2>/dev/null;
    exec sleep 600" &
  holder[$n]=$!
done
wait_for 5 in_node n3 test -f /etc/exabgp/exabgp.conf || bad "node mount namespaces are ready"

# --- router: BIRD with ECMP into its kernel table, BFD with the BIRD nodes ----------------------
cat >"$lab/router.conf" <<EOF
router id $net.1;
protocol device {}
protocol kernel { ipv4 { import none; export all; }; merge paths on; }
protocol bfd { interface "*" { min rx interval 300 ms; min tx interval 300 ms; multiplier 3; }; }
template bgp l4 { local $net.1 as 65000; ipv4 { import all; export none; }; }
protocol bgp n1 from l4 { neighbor $net.11 as 65010; bfd on; }
protocol bgp n2 from l4 { neighbor $net.12 as 65010; bfd on; }
protocol bgp n3 from l4 { neighbor $net.13 as 65010; }
EOF
ip netns exec "$router" bird -f -c "$lab/router.conf" -s "$lab/router.ctl" -P "$lab/router.pid" &
rbird=$!

# --- what this kernel cannot do, said by the rendered scripts themselves ------------------------
out=$(in_node n1 bash /etc/edge-l4/net.sh 2>&1); rc=$?
check "net.sh (rendered) stops loudly on this kernel: $out" test "$rc" -ne 0 -a -n "$(echo "$out" | grep 'FAILED: no ipip kernel module')"
for n in "${nodes[@]}"; do in_node "$n" systemd-tmpfiles --create /etc/tmpfiles.d/edge-l4.conf; done
unit_cmd() { sed -n 's/^ExecStart=//p' "$lab/$1/etc/systemd/system/$2"; }
t0=$(date +%s%N)
loaders=()
for n in "${nodes[@]}"; do in_node "$n" sh -c "$(unit_cmd "$n" edge-l4-table.service)" >"$lab/$n.load.log" 2>&1 & loaders+=($!); done
wait "${loaders[@]}"
ms=$((($(date +%s%N) - t0) / 1000000))
check "edge-l4 load-table (rendered unit) verified the shipped table ($(cat "$lab/render/delivery"), $(stat -c %s "$lab/render/n1/root/etc/edge-l4/table.emgl") bytes) on 3 nodes against the digest (${ms} ms for all)" \
  test "$(cat "$lab"/n{1,2,3}.load.log | grep -c "sha256 $digest")" = 3
check "…and installed the library's bytes" in_node n1 cmp -s /run/edge-l4/table.emgl "$lab/render/table.emgl"
# The header-only form (what nodes get when the whole table does not fit in user data): the node's
# Python rebuilds the slots; the bytes must equal the TypeScript library's.
rebuild() {
  in_node n1 /usr/bin/python3 -c "
import importlib.machinery, importlib.util, sys
loader = importlib.machinery.SourceFileLoader('agent', '/usr/local/sbin/edge-l4')
agent = importlib.util.module_from_spec(importlib.util.spec_from_loader('agent', loader)); loader.exec_module(agent)
sys.exit(0 if agent.complete_table(open('$lab/render/header.emgl', 'rb').read()) == open('$lab/render/table.emgl', 'rb').read() else 1)"
}
check "Python (node) rebuilds the whole table from the $(stat -c %s "$lab/render/header.emgl")-byte header-only form byte-identical to TypeScript's ($(stat -c %s "$lab/render/table.emgl") bytes)" rebuild
# A table whose first backend address changed by one bit: well-formed, but not the fleet's table.
/usr/bin/python3 -c "import sys; b=bytearray(open(sys.argv[1],'rb').read()); b[16+11]^=1; open(sys.argv[2],'wb').write(b)" \
  "$lab/render/n1/root/etc/edge-l4/table.emgl" "$lab/bad.emgl"
in_node n1 cp "$lab/bad.emgl" /etc/edge-l4/table.emgl
out=$(in_node n1 sh -c "$(unit_cmd n1 edge-l4-table.service)" 2>&1); rc=$?
check "a table that differs from the fleet's is refused: $out" test "$rc" -ne 0
check "…and the loaded table stays the verified one" in_node n1 cmp -s /run/edge-l4/table.emgl "$lab/render/table.emgl"
in_node n1 cp "$lab/render/n1/root/etc/edge-l4/table.emgl" /etc/edge-l4/table.emgl
out=$(in_node n1 sh -c "$(unit_cmd n1 edge-l4-dataplane.service)" 2>&1); rc=$?
check "edge-l4 dataplane (rendered unit) refuses loudly without IPVS: $out" test "$rc" -ne 0
check "…and does not mark the data plane ready" in_node n1 test ! -e /run/edge-l4/dataplane.ok
# Stand-in for IPVS, which this kernel lacks: mark the data plane ready for the verified table.
for n in "${nodes[@]}"; do in_node "$n" sh -c "echo $digest > /run/edge-l4/dataplane.ok"; done

# --- L7 stand-in: HTTPS /healthz, first answering 503 ------------------------------------------
cat >"$lab/l7.py" <<EOF
import http.server, ssl, os
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        code = 200 if os.path.exists("$lab/l7-healthy") and self.path == "/healthz" else 503
        self.send_response(code); self.end_headers(); self.wfile.write(b"ok\n" if code == 200 else b"not yet\n")
    def log_message(self, *a): pass
s = http.server.ThreadingHTTPServer(("0.0.0.0", 443), H)
c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); c.load_cert_chain("$lab/l7.pem", "$lab/l7.key")
s.socket = c.wrap_socket(s.socket, server_side=True)
s.serve_forever()
EOF
ip netns exec "$l7" /usr/bin/python3 "$lab/l7.py" &
l7pid=$!

# --- daemons as their units start them ------------------------------------------------------
# nsenter and env exec the daemon, so $! is the daemon's own pid (a backgrounded shell function would not be).
start_bird() { nsenter -t "${holder[$1]}" -m -n -- bird -f -u bird -g bird -c /etc/bird/bird.conf >>"$lab/$1.bird.log" 2>&1 & bird[$1]=$!; }
start_gate() { nsenter -t "${holder[$1]}" -m -n -- /usr/local/sbin/edge-l4 gate >>"$lab/$1.gate.log" 2>&1 & gate[$1]=$!; }
exa_env() { sed -n 's/^Environment=//p' /lib/systemd/system/exabgp.service "$lab/n3/etc/systemd/system/exabgp.service.d/edge-l4.conf"; }
# shellcheck disable=SC2046 # one word per Environment= line
start_exabgp() { nsenter -t "${holder[n3]}" -m -n -- env $(exa_env) exabgp /etc/exabgp/exabgp.conf >>"$lab/n3.exabgp.log" 2>&1 & exa[n3]=$!; }
stop() { local pid=$1; kill "$pid" 2>/dev/null; for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done; kill -9 "$pid" 2>/dev/null; }
start_bird n1; start_bird n2; start_gate n1; start_gate n2; start_exabgp

all_established() { established n1 && established n2 && established n3; }
bfd_up() { [ "$(rbirdc show bfd sessions 2>/dev/null | grep -c ' Up ')" = "$1" ]; }
all_failing() { for n in "${nodes[@]}"; do gate_status "$n" | grep -q '"fails": [2-9]' || return 1; done; }
check "BGP sessions up with n1, n2 (BIRD) and n3 (ExaBGP)" wait_for 20 all_established
check "BFD sessions Up with the BIRD nodes n1, n2" wait_for 10 bfd_up 2
# The L7 health endpoint answers 503: the gates must keep everything withdrawn.
wait_for 10 all_failing
check "no announcement before the first passing check (every gate failed ≥ 2 checks, router has no route)" hops_are ""
check "gate answers 503 on its Global Accelerator port while withdrawn" test "$(ready_code n1 11)" = 503
touch "$lab/l7-healthy"
check "L7 healthy → the router holds the VIP with 3 equal-cost next hops" wait_for 15 hops_are "11 12 13"
ip -n "$router" -4 route show "$vip/32" | sed 's/^/  router: /'
check "gate answers 200 on its Global Accelerator port while announced" test "$(ready_code n1 11)" = 200
check "the rendered nftables rules (MSS clamp, accelerator rewrite) load in this kernel" in_node n1 nft -f /etc/edge-l4/edge-l4.nft
# Global Accelerator delivers to the node's own address; the rewrite must hand the flow to the VIP.
# (The VIP on lo is what net.sh adds after its tunnel steps, which this kernel stops.)
in_node n1 ip addr add "$vip/32" dev lo
nsenter -t "${holder[n1]}" -m -n -- /usr/bin/python3 -c "
import socket; s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(('$vip', 443)); s.listen(); s.settimeout(10)
c, _ = s.accept(); c.sendall(c.getsockname()[0].encode()); c.close()" &
listener=$!
seen=$(ip netns exec "$router" /usr/bin/python3 -c "
import socket, time
for _ in range(20):
    try: s = socket.create_connection(('$net.11', 443), 2); print(s.recv(64).decode()); break
    except OSError: time.sleep(0.1)" 2>&1)
wait "$listener" 2>/dev/null
check "a flow to n1's own address (as Global Accelerator sends it) reaches the service as the VIP: $seen" test "$seen" = "$vip"

# --- one node loses its L7 backends ------------------------------------------------------------
in_node n1 ip route add blackhole "$net.21/32"; in_node n1 ip route add blackhole "$net.22/32"
check "n1's health checks fail → 2 next hops, only n1 gone" wait_for 15 hops_are "12 13"
check "n1's gate answers 503" test "$(ready_code n1 11)" = 503
stop "${bird[n1]}"; wait_for 10 down n1 || bad "n1's session went down with its BIRD"
start_bird n1
check "BIRD restarted on n1 while withdrawn: session re-established" wait_for 15 established n1
sleep 1; check "…and the VIP is not announced: the router still has n2, n3 only" hops_are "12 13"
stop "${gate[n1]}"; start_gate n1; sleep 2.5
check "gate restarted on n1 while unhealthy: stays withdrawn" hops_are "12 13"
in_node n3 ip route add blackhole "$net.21/32"; in_node n3 ip route add blackhole "$net.22/32"
check "n3 (ExaBGP) health checks fail → only n2 left" wait_for 15 hops_are "12"
stop "${exa[n3]}"; wait_for 10 down n3 || bad "n3's session went down with its ExaBGP"
start_exabgp
check "ExaBGP restarted on n3 while unhealthy: session re-established" wait_for 15 established n3
sleep 1.5; check "…and n3 stays withdrawn" hops_are "12"

# --- restore ---------------------------------------------------------------------------------
for n in n1 n3; do in_node "$n" ip route del blackhole "$net.21/32"; in_node "$n" ip route del blackhole "$net.22/32"; done
check "n1 and n3 healthy again → 3 next hops" wait_for 15 hops_are "11 12 13"

# --- restarts while healthy come back to the announced state ------------------------------------
stop "${bird[n2]}"
check "BIRD stopped on n2: the router drops it" wait_for 10 hops_are "11 13"
start_bird n2
check "BIRD restarted on n2 while healthy: re-announces at once from the gate's state in /run" wait_for 15 hops_are "11 12 13"
check "…BFD Up again with n2" wait_for 10 bfd_up 2
stop "${gate[n2]}"; start_gate n2; sleep 2.5
check "gate restarted on n2 while healthy: no withdrawal" hops_are "11 12 13"
stop "${exa[n3]}"
check "ExaBGP stopped on n3: the router drops it" wait_for 15 hops_are "11 12"
start_exabgp
check "ExaBGP restarted on n3 while healthy: re-announces at once from the gate's state in /run" wait_for 15 hops_are "11 12 13"

echo "not tested here (this kernel has no ipip, ip_gre or ip_vs modules): IPIP/GRE tunnels, IPVS forwarding, the MSS clamp on real traffic"
if [ "$fail" != 0 ]; then for f in "$lab"/*.log; do echo "--- $(basename "$f") (last lines)"; tail -n 6 "$f"; done; fi
echo "bgp-lab time: $(elapsed) s"
echo "bgp-lab: $pass passed, $fail failed"
[ "$fail" = 0 ]
