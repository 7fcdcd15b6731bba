"""Client of the L7 lab: N HTTPS requests, each over a fresh TCP + TLS connection (certificate and
name verified against the lab CA), sequential or spread over T threads; prints the status counts,
the TLS versions and the time."""
import socket, ssl, sys, threading, time

vip, name, ca, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
threads = int(sys.argv[5]) if len(sys.argv) > 5 else 1
prefix = sys.argv[6] if len(sys.argv) > 6 else "/pool"
ctx = ssl.create_default_context(cafile=ca)
statuses = {}
versions = set()
lock = threading.Lock()


def one(i):
    try:
        with socket.create_connection((vip, 443), timeout=10) as raw:
            # Without it, Nagle holds the request behind the handshake's last flight (delayed ACK).
            raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with ctx.wrap_socket(raw, server_hostname=name) as tls:
                version = tls.version()
                tls.sendall(f"GET {prefix}/{i} HTTP/1.1\r\nHost: {name}\r\nConnection: close\r\n\r\n".encode())
                data = b""
                while True:
                    chunk = tls.recv(65536)
                    if not chunk:
                        break
                    data += chunk
        status = data.split(b" ", 2)[1].decode() if data.startswith(b"HTTP/") else "none"
    except OSError as e:
        status, version = type(e).__name__, None
    with lock:
        statuses[status] = statuses.get(status, 0) + 1
        if version:
            versions.add(version)


def worker(k):
    for i in range(k, n, threads):
        one(i)


start = time.monotonic()
pool = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
for t in pool:
    t.start()
for t in pool:
    t.join()
elapsed = time.monotonic() - start
print(f"requests={n} threads={threads} statuses={','.join(f'{k}:{v}' for k, v in sorted(statuses.items()))} tls={','.join(sorted(versions))} seconds={elapsed:.2f}")
