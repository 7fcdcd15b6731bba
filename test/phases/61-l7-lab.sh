#!/usr/bin/env bash
# L7 lab: the HAProxy node the L7Fleet construct renders, run for real between three network
# namespaces made here — client, L7 node, data center (origin). A test CA made by the lab signs
# the node's certificate (service name + POP hostname) and the origin's. Shows: TLS 1.3 with the
# client verifying the name, HTTP/2 by ALPN, TLS 1.1 refused (a control proves the client can
# speak it), the origin's TCP connection count for 1,000 sequential requests over fresh client
# connections (the warm pool), 503 within the timeout on origin loss and the health endpoint
# failing; key delivery through the rendered ACM-export script with a stand-in aws CLI; the
# return path behind Global Accelerator (marks + policy routing) on a veth named like the IPIP
# device. Runs the rendered DSR script (VIP on loopback, sysctls) and the rendered IPIP script:
# this kernel has no ipip module, so decapsulation itself is NOT tested here.
# Bounded: every wait has a timeout; cleanup on any exit removes namespaces and processes.
start=$(date +%s)
passed=0 failed=0
pass() { passed=$((passed + 1)); echo "PASS $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
finish() { echo "l7-lab took $(($(date +%s) - start))s"; echo "l7-lab: $passed passed, $failed failed"; }

if [ "$(id -u)" != 0 ]; then echo "the lab needs root (network namespaces)"; echo "l7-lab: 0 passed, 1 failed"; exit 1; fi
if ! bash scripts/deps/haproxy.sh >/dev/null; then echo "haproxy install failed"; echo "l7-lab: 0 passed, 1 failed"; exit 1; fi

id=$$
cli=e7c$id l7=e7l$id dc=e7d$id ret=e7r$id far=e7f$id
dir=$(mktemp -d /tmp/edge-l7-lab.XXXXXX)
chmod 755 "$dir"
pids=()
cleanup() {
  if [ "$failed" != 0 ] && [ -d "$dir" ]; then
    for log in origin haproxy; do [ -s "$dir/$log.log" ] && { echo "--- $log.log (last 15 lines)"; tail -15 "$dir/$log.log"; }; done
  fi
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null; done
  for ns in "$cli" "$l7" "$dc" "$ret" "$far"; do ip netns pids "$ns" 2>/dev/null | xargs -r kill 2>/dev/null; ip netns del "$ns" 2>/dev/null; done
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
in_ns() { local ns=$1; shift; timeout 20 ip netns exec "$ns" "$@"; }

# --- test CA, node certificate (service name + POP hostname), origin certificate ---
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj "/CN=edge lab CA" \
  -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
issue() { # name sans
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=$2" -keyout "$dir/$1.key" -out "$dir/$1.csr" 2>/dev/null
  printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\n' "$3" > "$dir/$1.ext"
  openssl x509 -req -in "$dir/$1.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial -days 1 -extfile "$dir/$1.ext" -out "$dir/$1.pem" 2>/dev/null
}
issue node l7.pop.lab.test "DNS:l7.pop.lab.test,DNS:www.lab.test"
issue origin dc.lab.test "DNS:dc.lab.test"
cat "$dir/node.pem" "$dir/node.key" > "$dir/edge.pem"
chmod 644 "$dir"/*.pem "$dir"/*.key

# --- render the node through the construct ---
if ! node -r ./scripts/ts-cache.js test/l7/lab-render.ts "$dir/node" "$dir/edge.pem" "$dir/ca.pem"; then
  fail "render the L7 node"; finish; exit 1
fi
# shellcheck disable=SC1091
. "$dir/node/lab.env"
echo "lab: VIP $LAB_VIP, node $LAB_NODE_ADDRESS, origin $LAB_ORIGIN_ADDRESS, pool size $LAB_POOL_SIZE per origin server"

# --- key delivery: the rendered certificate fetch against a stand-in AWS CLI ---
mkdir -p "$dir/bin" "$dir/node/certs"
cp test/l7/fake-aws.sh "$dir/bin/aws"
fetch() { # key-file
  PATH="$dir/bin:$PATH" FAKE_AWS_ARN=$LAB_CERTIFICATE_ARN FAKE_AWS_LOG="$dir/aws.log" FAKE_AWS_CERT="$dir/node.pem" FAKE_AWS_CHAIN="$dir/ca.pem" \
    FAKE_AWS_KEY="$1" timeout 20 sh "$dir/node/fetch-certificate.sh" 2>&1
}
installed="$dir/node/certs/edge.pem"
if out=$(fetch "$dir/node.key") && [ "$(stat -c %a "$installed")" = 600 ] \
  && [ "$(openssl x509 -in "$installed" -noout -pubkey)" = "$(openssl pkey -in "$installed" -pubout)" ] \
  && [ -z "$(find "$dir/node/certs" -name '.fetch.*')" ] && grep -q "passphrase-bytes=64" "$dir/aws.log"; then
  pass "key delivery: exported with a 64-byte one-time passphrase, decrypted, key matches the certificate, installed 0600, temporary files gone"
else fail "key delivery (ACM export): $out"; fi
before_sum=$(sha256sum < "$installed")
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$dir/other.key" 2>/dev/null
if out=$(fetch "$dir/other.key"); then fail "key delivery accepted a key that does not match the certificate"
elif [ "$(sha256sum < "$installed")" = "$before_sum" ]; then pass "key delivery refuses a key that does not match the certificate and keeps the installed one"
else fail "key delivery: a bad export changed the installed certificate"; fi

# --- namespaces: client --veth-- L7 --veth-- data center ---
for ns in "$cli" "$l7" "$dc"; do ip netns add "$ns"; ip -n "$ns" link set lo up; done
ip link add "${cli}a" netns "$cli" type veth peer name "${l7}a" netns "$l7"
ip link add "${l7}b" netns "$l7" type veth peer name "${dc}b" netns "$dc"
ip -n "$cli" addr add 10.201.1.1/24 dev "${cli}a"; ip -n "$cli" link set "${cli}a" up
ip -n "$l7" addr add "$LAB_NODE_ADDRESS/24" dev "${l7}a"; ip -n "$l7" link set "${l7}a" up
ip -n "$l7" addr add 10.201.2.1/24 dev "${l7}b"; ip -n "$l7" link set "${l7}b" up
ip -n "$dc" addr add "$LAB_ORIGIN_ADDRESS/24" dev "${dc}b"; ip -n "$dc" link set "${dc}b" up
# The client reaches the VIP through the L7 node (standing in for the L4 tier's IPIP hop).
ip -n "$cli" route add "$LAB_VIP/32" via "$LAB_NODE_ADDRESS"

# --- the rendered DSR setup, and the rendered IPIP setup ---
if in_ns "$l7" sh "$dir/node/dsr.sh"; then
  got="$(in_ns "$l7" sysctl -n net.ipv4.conf.all.arp_ignore net.ipv4.conf.all.arp_announce net.ipv4.conf.all.rp_filter | tr '\n' ' ')"
  if in_ns "$l7" ip -4 addr show dev lo | grep -q "inet $LAB_VIP/32" && [ "$got" = "1 2 0 " ]; then
    pass "DSR setup: VIP $LAB_VIP/32 on lo, arp_ignore/arp_announce/rp_filter = $got"
  else fail "DSR setup: sysctls '$got' or VIP missing on lo"; fi
else fail "DSR setup script exited non-zero"; fi
if out=$(in_ns "$l7" sh "$dir/node/ipip.sh" 2>&1); then
  pass "IPIP setup: tunl0 up (this kernel has ipip)"
elif echo "$out" | grep -q "has no ipip module"; then
  pass "IPIP setup fails loudly without the module: $out"
  echo "NOT TESTED: IPIP decapsulation (this kernel has no ipip module); the client reaches the VIP routed, not encapsulated"
else fail "IPIP setup failed without saying why: $out"; fi

# --- origin, proxy ---
ip netns exec "$dc" python3 test/l7/lab-origin.py "$LAB_ORIGIN_ADDRESS" 443 "$dir/origin.pem" "$dir/origin.key" "$dir/pooled" > "$dir/origin.log" 2>&1 &
origin=$!; pids+=("$origin")
# The origin writes its counter file once its socket is bound: start the proxy after that, so its
# first health checks find the origin up (a loaded machine can take seconds to start Python).
for _ in $(seq 1 100); do [ -s "$dir/pooled" ] && break; sleep 0.1; done
[ -s "$dir/pooled" ] || { fail "origin did not start"; cat "$dir/origin.log"; finish; exit 1; }
ip netns exec "$l7" haproxy -db -f "$dir/node/haproxy.cfg" > "$dir/haproxy.log" 2>&1 &
pids+=("$!")
health() { in_ns "$cli" curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$LAB_NODE_ADDRESS:8080/healthz"; }
code=000
for _ in $(seq 1 50); do code=$(health); [ "$code" = 200 ] && break; sleep 0.2; done
if [ "$code" = 200 ]; then pass "health endpoint http://$LAB_NODE_ADDRESS:8080/healthz answers 200 with the origin up"
else fail "health endpoint never answered 200 (last $code)"; sed -n 1,20p "$dir/haproxy.log"; finish; exit 1; fi

# --- TLS 1.3 with name verification, both names; a wrong name fails ---
for name in "$LAB_SERVICE_NAME" "$LAB_HOSTNAME"; do
  out=$(in_ns "$cli" openssl s_client -connect "$LAB_VIP:443" -servername "$name" -verify_hostname "$name" -CAfile "$dir/ca.pem" -verify_return_error -brief </dev/null 2>&1)
  if echo "$out" | grep -q "Protocol version: TLSv1.3" && echo "$out" | grep -q "Verification: OK"; then
    pass "TLS 1.3 handshake, certificate verified for $name ($(echo "$out" | sed -n 's/^Ciphersuite: //p'))"
  else fail "TLS 1.3 with verified name $name: $(echo "$out" | head -3 | tr '\n' ' ')"; fi
done
if in_ns "$cli" openssl s_client -connect "$LAB_VIP:443" -servername other.lab.test -verify_hostname other.lab.test -CAfile "$dir/ca.pem" -verify_return_error -brief </dev/null >/dev/null 2>&1; then
  fail "a name the certificate does not carry passed verification"
else pass "control: other.lab.test fails the name check (verification is real)"; fi

# --- HTTP/2 by ALPN ---
out=$(in_ns "$cli" curl -sS --http2 --cacert "$dir/ca.pem" --resolve "$LAB_SERVICE_NAME:443:$LAB_VIP" -o /dev/null -w '%{http_version} %{http_code}' "https://$LAB_SERVICE_NAME/" 2>&1)
if [ "$out" = "2 200" ]; then pass "HTTP/2 negotiated by ALPN, origin answered 200 through it"; else fail "HTTP/2: got '$out'"; fi

# --- TLS 1.1 refused; TLS 1.2 accepted; control: the same client speaks TLS 1.1 to a server that allows it ---
old=(-cipher 'DEFAULT:@SECLEVEL=0')
if in_ns "$cli" openssl s_client -connect "$LAB_VIP:443" -servername "$LAB_SERVICE_NAME" -tls1_1 "${old[@]}" </dev/null >/dev/null 2>&1; then
  fail "TLS 1.1 handshake succeeded"
else pass "TLS 1.1 refused"; fi
out=$(in_ns "$cli" openssl s_client -connect "$LAB_VIP:443" -servername "$LAB_SERVICE_NAME" -tls1_2 -CAfile "$dir/ca.pem" -verify_return_error -brief </dev/null 2>&1)
if echo "$out" | grep -q "Protocol version: TLSv1.2"; then pass "TLS 1.2 accepted ($(echo "$out" | sed -n 's/^Ciphersuite: //p'))"; else fail "TLS 1.2: $(echo "$out" | head -2 | tr '\n' ' ')"; fi
in_ns "$cli" openssl s_server -accept 127.0.0.1:14443 -cert "$dir/node.pem" -key "$dir/node.key" -tls1_1 "${old[@]}" -naccept 1 >/dev/null 2>&1 &
pids+=("$!")
ok=0
for _ in $(seq 1 20); do
  if in_ns "$cli" openssl s_client -connect 127.0.0.1:14443 -tls1_1 "${old[@]}" </dev/null 2>/dev/null | grep -q "Protocol  *: TLSv1.1"; then ok=1; break; fi
  sleep 0.2
done
if [ $ok = 1 ]; then pass "control: the client negotiates TLS 1.1 with a server that allows it"; else fail "control: the client could not speak TLS 1.1 at all"; fi

# --- the warm pool: 1,000 sequential requests, each on a fresh client connection ---
conns() { cut -d' ' -f1 "$dir/pooled"; }
inflight() { cut -d' ' -f2 "$dir/pooled"; }
before=$(conns)
out=$(timeout 60 ip netns exec "$cli" python3 test/l7/lab-client.py "$LAB_VIP" "$LAB_SERVICE_NAME" "$dir/ca.pem" 1000)
after=$(conns)
conns=$((after - before))
echo "client: $out"
echo "origin: $conns new TCP connections carried those 1000 requests (pool size $LAB_POOL_SIZE per server; health checks excluded)"
if echo "$out" | grep -q "statuses=200:1000 " && [ "$conns" -le "$LAB_POOL_SIZE" ] && [ "$after" -le "$LAB_POOL_SIZE" ]; then
  pass "warm pool: 1000 requests over 1000 client connections reached the origin over $conns new TCP connections ($after in all, <= $LAB_POOL_SIZE)"
else fail "warm pool: client '$out', origin saw $conns new ($after in all) > $LAB_POOL_SIZE"; fi

# --- the pool stays bounded under load: 16 clients at once, requests that take 20 ms at the origin ---
# HAProxy 2.6 tests a server's maxconn and then takes the slot without a lock shared by its threads
# (backend.c: "served >= maxconn" then sess_change_server), so each of its other threads can be one
# over at the same instant: the bound is maxconn + threads - 1. Without maxconn all 16 would be.
threads=$(python3 -c 'import socket, sys
s = socket.socket(socket.AF_UNIX); s.settimeout(5); s.connect(sys.argv[1]); s.sendall(b"show info\n")
print(next((l.split(":")[1].strip() for l in s.makefile().read().splitlines() if l.startswith("Nbthread:")), ""))' "$dir/node/admin.sock" 2>/dev/null)
[[ "$threads" =~ ^[0-9]+$ ]] || { fail "bounded pool: no Nbthread from the admin socket ('$threads')"; threads=1; }
bound=$((LAB_POOL_SIZE + threads - 1))
before=$(conns)
out=$(timeout 60 ip netns exec "$cli" python3 test/l7/lab-client.py "$LAB_VIP" "$LAB_SERVICE_NAME" "$dir/ca.pem" 320 16 /slow)
after=$(conns) most=$(inflight)
echo "client: $out"
echo "origin: at most $most requests in flight at once; $((after - before)) new TCP connections for those requests (HAProxy threads: $threads)"
[ "$most" -gt "$LAB_POOL_SIZE" ] && echo "NOTE: $most in flight is over maxconn $LAB_POOL_SIZE: HAProxy threads took the last slots at once (bound $bound)"
# In use <= the bound above; open <= in use + idle pool (pool-max-conn, also the pool size).
if echo "$out" | grep -q "statuses=200:320 " && [ "$most" -le "$bound" ] && [ $((after - before)) -le $((bound + LAB_POOL_SIZE)) ]; then
  pass "bounded pool: 16 concurrent clients, at most $most requests in flight at the origin (<= maxconn $LAB_POOL_SIZE + $((threads - 1)) for $threads HAProxy threads), $((after - before)) new origin connections for 320 requests"
else fail "bounded pool: client '$out', $most in flight (bound $bound), $((after - before)) new connections"; fi

# --- the return path behind Global Accelerator: replies leave by the device the flow came in on ---
# A far client reachable only through a stand-in L4 node; the L7 node has no route to it. A veth
# named edge-ret1 stands in for the IPIP device to that L4 node (no ipip module here).
ip netns add "$ret"; ip netns add "$far"
for ns in "$ret" "$far"; do ip -n "$ns" link set lo up; done
ip link add edge-ret1 netns "$l7" type veth peer name "${ret}b" netns "$ret"
ip link add "${ret}c" netns "$ret" type veth peer name "${far}a" netns "$far"
ip -n "$l7" addr add 10.201.3.2/24 dev edge-ret1; ip -n "$l7" link set edge-ret1 up
ip -n "$ret" addr add "$LAB_L4_ADDRESS/24" dev "${ret}b"; ip -n "$ret" link set "${ret}b" up
ip -n "$ret" addr add 10.201.4.1/24 dev "${ret}c"; ip -n "$ret" link set "${ret}c" up
ip -n "$far" addr add 10.201.4.2/24 dev "${far}a"; ip -n "$far" link set "${far}a" up
ip -n "$far" route add default via 10.201.4.1
ip -n "$ret" route add "$LAB_VIP/32" via 10.201.3.2
in_ns "$ret" sysctl -qw net.ipv4.ip_forward=1 "net.ipv4.conf.${ret}b.proxy_arp=1"
far_request() { in_ns "$far" curl -s --cacert "$dir/ca.pem" --resolve "$LAB_SERVICE_NAME:443:$LAB_VIP" -o /dev/null -w '%{http_code}' --max-time 3 "https://$LAB_SERVICE_NAME/"; }
code=$(far_request)
if [ "$code" = 000 ]; then pass "control: without the return path the far client gets no answer (the L7 node has no route to it)"
else fail "control: the far client got '$code' before the return path was set up"; fi
if out=$(in_ns "$l7" sh "$dir/node/return.sh" 2>&1) && [ "$(far_request)" = 200 ]; then
  pass "return path: the far client's flow came in on edge-ret1, was marked, and its replies went back out edge-ret1 (HTTP 200)"
else fail "return path: script '$out', far client got '$(far_request)'"; fi

# --- origin loss: 503 within the timeout, then the health endpoint fails ---
request() { in_ns "$cli" curl -s --cacert "$dir/ca.pem" --resolve "$LAB_SERVICE_NAME:443:$LAB_VIP" -o /dev/null -w '%{http_code} %{time_total}' --max-time 10 "https://$LAB_SERVICE_NAME/"; }
kill "$origin"; wait "$origin" 2>/dev/null
t0=$(date +%s.%N)
out=$(request); code=${out% *} secs=${out#* }
# Refused connections are retried twice after HAProxy's 1 s turn-around: about 2 s, bounded by
# 3 attempts x (connect timeout 2 s + turn-around 1 s).
if [ "$code" = 503 ] && awk "BEGIN{exit !($secs < 9.5)}"; then pass "origin down: first request answered 503 in ${secs}s (bound 9.5 s: 3 attempts x (2 s connect timeout + 1 s turn-around))"
else fail "origin down: got '$code' in ${secs}s"; fi
code=200
for _ in $(seq 1 40); do code=$(health); [ "$code" = 503 ] && break; sleep 0.2; done
t1=$(date +%s.%N)
if [ "$code" = 503 ]; then pass "health endpoint fails (503) within $(awk "BEGIN{printf \"%.1f\", $t1 - $t0}")s of the origin going down (3 failed checks x 0.5 s)"
else fail "health endpoint still answers $code with the origin down"; fi
out=$(request); code=${out% *} secs=${out#* }
if [ "$code" = 503 ] && awk "BEGIN{exit !($secs < 0.5)}"; then pass "with the origin marked down, 503 in ${secs}s (no retries to a dead server)"
else fail "origin marked down: got '$code' in ${secs}s"; fi

finish
[ "$failed" = 0 ]
