"""Client of the L7 lab: N sequential HTTPS requests, each over a fresh TCP + TLS connection
(certificate and name verified against the lab CA), printing the status counts and the time."""
import socket, ssl, sys, time

vip, name, ca, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
ctx = ssl.create_default_context(cafile=ca)
statuses = {}
versions = set()
start = time.monotonic()
for i in range(n):
    with socket.create_connection((vip, 443), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=name) as tls:
            versions.add(tls.version())
            tls.sendall(f"GET /pool/{i} HTTP/1.1\r\nHost: {name}\r\nConnection: close\r\n\r\n".encode())
            data = b""
            while True:
                chunk = tls.recv(65536)
                if not chunk:
                    break
                data += chunk
    status = data.split(b" ", 2)[1].decode() if data.startswith(b"HTTP/") else "none"
    statuses[status] = statuses.get(status, 0) + 1
elapsed = time.monotonic() - start
print(f"requests={n} statuses={','.join(f'{k}:{v}' for k, v in sorted(statuses.items()))} tls={','.join(sorted(versions))} seconds={elapsed:.2f}")
