"""Origin of the L7 lab: HTTPS (HTTP/1.1 keep-alive) on one address. It counts the TCP
connections that carried a request other than the health check (those are the proxy's pooled
connections; health checks open their own) and the most requests it ever had in flight at once,
and writes "<connections> <max in flight>" to a file after each change. Paths under /slow take
20 ms, so a proxy that did not bound its connections would show more requests in flight."""
import http.server, socketserver, ssl, sys, threading, time

addr, port, cert, key, count_file = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
lock = threading.Lock()
pooled = {"n": 0, "inflight": 0, "max": 0}


def save():
    with open(count_file, "w") as f:
        f.write(f"{pooled['n']} {pooled['max']}")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        self.counted = False

    def do_GET(self):
        health = self.path == "/healthz"
        with lock:
            if not health and not self.counted:
                self.counted = True
                pooled["n"] += 1
            if not health:
                pooled["inflight"] += 1
                pooled["max"] = max(pooled["max"], pooled["inflight"])
            save()
        if self.path.startswith("/slow"):
            time.sleep(0.02)
        if not health:
            with lock:
                pooled["inflight"] -= 1
        body = b"ok\n" if self.path == "/healthz" else b"origin\n"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(cert, key)
ctx.set_alpn_protocols(["http/1.1"])


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    # The TLS handshake runs in the connection's thread, never in the accepting one.
    def finish_request(self, request, client_address):
        request.settimeout(10)
        tls = ctx.wrap_socket(request, server_side=True)
        self.RequestHandlerClass(tls, client_address, self)

    def handle_error(self, request, client_address):
        pass


server = Server((addr, port), Handler)
save()
print("origin listening", flush=True)
server.serve_forever()
