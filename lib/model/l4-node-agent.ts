/**
 * The L4 node agent `/usr/local/sbin/edge-l4` (python3 standard library only): loads and verifies the
 * EMGL table, programs IPVS, and runs the health gate for BIRD or ExaBGP. Kept as text here so the
 * model stays pure; the lab runs exactly this text. See docs/l4-node.md.
 */
export const EDGE_L4_AGENT = String.raw`#!/usr/bin/python3
"""edge-l4: the L4 node agent rendered by cdktf-edge (python3 standard library only).

  edge-l4 load-table   verify the shipped EMGL table (rebuild its slots if header-only) against
                       the digest, install it in /run/edge-l4, mark it loaded
  edge-l4 dataplane    program IPVS from the loaded table, mark the data plane ready
  edge-l4 gate         health gate for BIRD: announce the VIPs only while healthy
  edge-l4 gate --exabgp  the same, as an ExaBGP API process (announce/withdraw on stdout)
  edge-l4 status       print the gate's view as JSON
"""
import hashlib, json, math, os, socket, ssl, struct, subprocess, sys, threading, time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, HTTPServer

CONFIG = os.environ.get("EDGE_L4_CONFIG", "/etc/edge-l4/node.json")
RUN = "/run/edge-l4"


def log(msg):
    print("edge-l4: " + msg, file=sys.stderr, flush=True)


def die(msg):
    log("FAILED: " + msg)
    sys.exit(1)


def write_atomic(path, data, mode=0o644):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def read_text(path):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return ""


# --- EMGL v1 (docs/maglev-table-format.md) and the library's weighted Maglev ---------------

def fnv1a32(data):
    h = 0x811C9DC5
    for c in data:
        h = ((h ^ c) * 0x01000193) & 0xFFFFFFFF
    return h


def murmur3_32(data, seed=0):
    c1, c2, m32 = 0xCC9E2D51, 0x1B873593, 0xFFFFFFFF
    h, n = seed & m32, len(data)
    for i in range(0, n & ~3, 4):
        k = int.from_bytes(data[i:i + 4], "little")
        k = (k * c1) & m32
        k = ((k << 15) | (k >> 17)) & m32
        h ^= (k * c2) & m32
        h = ((h << 13) | (h >> 19)) & m32
        h = (h * 5 + 0xE6546B64) & m32
    tail = data[n & ~3:]
    if tail:
        k = int.from_bytes(tail, "little")
        k = (k * c1) & m32
        k = ((k << 15) | (k >> 17)) & m32
        h ^= (k * c2) & m32
    h ^= n
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & m32
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & m32
    return h ^ (h >> 16)


def decode_table(raw):
    if len(raw) < 16 or raw[:4] != b"EMGL":
        die("table is not EMGL")
    version, flags, width, scheme, m, n = struct.unpack(">BBBBII", raw[4:16])
    if version != 1 or flags & ~1 or width not in (2, 4) or scheme != 1:
        die("unsupported EMGL header: version %d flags %d width %d scheme %d" % (version, flags, width, scheme))
    at, backends = 16, []
    for _ in range(n):
        weight, = struct.unpack(">d", raw[at:at + 8])
        address = socket.inet_ntoa(raw[at + 8:at + 12])
        length = raw[at + 12]
        backends.append((raw[at + 13:at + 13 + length].decode(), address, weight))
        at += 13 + length
    slots = None
    if not flags & 1:
        if len(raw) - at != m * width:
            die("slot section is %d bytes, expected %d" % (len(raw) - at, m * width))
        slots = list(struct.unpack(">%d%s" % (m, "H" if width == 2 else "I"), raw[at:]))
    elif at != len(raw):
        die("trailing bytes after a header-only table")
    return m, width, backends, slots


def build_slots(m, backends):
    active = [i for i, b in enumerate(backends) if b[2] > 0]
    weight = [backends[i][2] for i in active]
    top = max(weight)
    names = [backends[i][0].encode() for i in active]
    pos = [fnv1a32(s) % m for s in names]
    skip = [murmur3_32(s, 0) % (m - 1) + 1 for s in names]
    slots, credit, filled = [-1] * m, [0.0] * len(active), 0
    while filled < m:
        for a in range(len(active)):
            if filled >= m:
                break
            credit[a] += weight[a]
            if credit[a] < top:
                continue
            credit[a] -= top
            p = pos[a]
            while slots[p] != -1:
                p += skip[a]
                if p >= m:
                    p -= m
            slots[p] = active[a]
            p += skip[a]
            pos[a] = p - m if p >= m else p
            filled += 1
    return slots


def complete_table(raw):
    """The complete EMGL bytes (a header-only file gets its slots rebuilt)."""
    m, width, backends, slots = decode_table(raw)
    if slots is not None:
        return raw
    slots = build_slots(m, backends)
    head = bytearray(raw)
    head[5] = 0
    return bytes(head) + struct.pack(">%d%s" % (m, "H" if width == 2 else "I"), *slots)


def cmd_load_table(cfg):
    table = cfg["table"]
    try:
        with open(table["file"], "rb") as f:
            raw = f.read()
    except OSError as e:
        die("cannot read the table %s: %s" % (table["file"], e))
    full = complete_table(raw)
    digest = hashlib.sha256(full).hexdigest()
    if digest != table["digest"]:
        die("table digest %s differs from the expected %s: refusing to load it" % (digest, table["digest"]))
    os.makedirs(RUN, mode=0o755, exist_ok=True)
    write_atomic(RUN + "/table.emgl", full)
    write_atomic(RUN + "/table.ok", digest + "\n")
    m, _, backends, _ = decode_table(full)
    log("table loaded: M=%d, %d backends, sha256 %s" % (m, len(backends), digest))


def loaded_table(cfg):
    try:
        with open(RUN + "/table.emgl", "rb") as f:
            raw = f.read()
    except OSError:
        die("no loaded table in %s (run edge-l4 load-table first)" % RUN)
    if hashlib.sha256(raw).hexdigest() != cfg["table"]["digest"]:
        die("the loaded table does not match the expected digest")
    return decode_table(raw)


def cmd_dataplane(cfg):
    """IPVS 'mh' (kernel Maglev) over the table's backends, tunnelling (IPIP) to L7."""
    _, _, backends, _ = loaded_table(cfg)
    top = max(b[2] for b in backends)
    rules = []
    for address in cfg["serviceAddresses"]:
        for port in cfg["ports"]:
            service = "-t %s:%d" % (address, port)
            rules.append("-A %s -s mh -b mh-port" % service)
            for name, l7, weight in backends:
                w = 0 if weight == 0 else max(1, round(weight / top * 256))
                rules.append("-a %s -r %s:%d -i -w %d" % (service, l7, port, w))
    for module in ("ip_vs", "ip_vs_mh"):
        if subprocess.run(["modprobe", module]).returncode != 0:
            die("kernel module %s is missing: this kernel cannot run the IPVS data plane" % module)
    if subprocess.run(["ipvsadm", "-C"]).returncode != 0:
        die("ipvsadm -C failed")
    done = subprocess.run(["ipvsadm", "-R"], input="\n".join(rules) + "\n", text=True)
    if done.returncode != 0:
        die("ipvsadm -R failed for %d rules" % len(rules))
    write_atomic(RUN + "/dataplane.ok", cfg["table"]["digest"] + "\n")
    log("IPVS programmed: %d services, %d backends" % (len(cfg["serviceAddresses"]) * len(cfg["ports"]), len(backends)))


# --- health gate ---------------------------------------------------------------------------

def probe(cfg, address):
    p = cfg["probe"]
    request = "GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: edge-l4-gate\r\nConnection: close\r\n\r\n" % (p["path"], p.get("serverName") or address)
    try:
        with socket.create_connection((address, p["port"]), timeout=p["timeoutSeconds"]) as sock:
            if p["protocol"] == "https":
                ctx = ssl.create_default_context(cafile=p["caFile"])
                ctx.minimum_version = ssl.TLSVersion.TLSv1_2
                sock = ctx.wrap_socket(sock, server_hostname=p["serverName"])
            sock.sendall(request.encode())
            status = sock.recv(64).split(b" ")
            return len(status) > 1 and status[1][:1] in (b"2", b"3")
    except (OSError, ssl.SSLError, ValueError):
        return False


def check(cfg, pool):
    digest = cfg["table"]["digest"]
    if read_text(RUN + "/table.ok") != digest:
        return ["table not loaded"]
    if read_text(RUN + "/dataplane.ok") != digest:
        return ["data plane not programmed"]
    with open(RUN + "/table.emgl", "rb") as f:
        active = [b[1] for b in decode_table(f.read())[2] if b[2] > 0]
    healthy = sum(pool.map(lambda a: probe(cfg, a), active))
    need = max(1, math.ceil(cfg["probe"]["minHealthyPercent"] * len(active) / 100))
    if healthy < need:
        return ["%d/%d L7 backends answer %s, need %d" % (healthy, len(active), cfg["probe"]["path"], need)]
    return []


class Announcer:
    """Announcement state lives in /run, so any daemon restart comes back to it."""

    def __init__(self, cfg, exabgp):
        self.cfg, self.exabgp = cfg, exabgp
        self.state_dir = cfg["gate"]["stateDir"]
        os.makedirs(self.state_dir, exist_ok=True)
        self.marker = self.state_dir + ("/announced" if exabgp else "/bird-vips-announced.conf")

    def announced(self):
        return os.path.exists(self.marker)

    def apply(self, up):
        if up:
            body = "# written by edge-l4 gate: the VIPs are announced while this file exists\n"
            if not self.exabgp:
                body += "protocol static vips {\n  ipv4;\n%s}\n" % "".join("  route %s/32 blackhole;\n" % v for v in self.cfg["vips"])
            write_atomic(self.marker, body)
        elif self.announced():
            os.remove(self.marker)
        self.tell_daemon(up)

    def tell_daemon(self, up):
        if self.exabgp:
            verb = "announce" if up else "withdraw"
            for vip in self.cfg["vips"]:
                sys.stdout.write("%s route %s/32 next-hop self\n" % (verb, vip))
            sys.stdout.flush()
        else:
            done = subprocess.run(["birdc", "configure"], capture_output=True, text=True)
            if done.returncode != 0 or "Reconfigur" not in done.stdout:
                log("birdc configure did not confirm (BIRD reads the state file when it starts): " + (done.stdout + done.stderr).strip())


def serve_ready(port, announcer):
    class Ready(BaseHTTPRequestHandler):
        def do_GET(self):
            up = announcer.announced()
            self.send_response(200 if up else 503)
            self.end_headers()
            self.wfile.write(b"announced\n" if up else b"withdrawn\n")

        def log_message(self, *args):
            pass

    # A predecessor still holding the port must not kill the gate (ExaBGP gives up on a helper
    # that keeps dying): retry, then run without it, which Global Accelerator sees as unhealthy.
    for attempt in range(10):
        try:
            server = HTTPServer(("0.0.0.0", port), Ready)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            return
        except OSError as e:
            if attempt == 9:
                log("FAILED to serve the ready port %d: %s (Global Accelerator will see this node unhealthy)" % (port, e))
            time.sleep(0.5)


def cmd_gate(cfg, exabgp):
    gate = cfg["gate"]
    announcer = Announcer(cfg, exabgp)
    if exabgp:
        # ExaBGP acknowledges each command on our stdin; drain it so the pipe never fills.
        threading.Thread(target=lambda: [None for _ in sys.stdin], daemon=True).start()
        if announcer.announced():
            announcer.tell_daemon(True)
    if gate.get("readyPort"):
        serve_ready(gate["readyPort"], announcer)
    up = announcer.announced()
    log("gate started for %s: %s" % (cfg["node"], "announced" if up else "withdrawn until the checks pass"))
    passes = fails = 0
    with ThreadPoolExecutor(max_workers=16) as pool:
        while True:
            started = time.monotonic()
            reasons = check(cfg, pool)
            passes, fails = (passes + 1, 0) if not reasons else (0, fails + 1)
            if not up and passes >= gate["rise"]:
                up = True
                announcer.apply(True)
                log("announce %s after %d passing checks" % (" ".join(cfg["vips"]), passes))
            elif up and fails >= gate["fall"]:
                up = False
                announcer.apply(False)
                log("withdraw %s: %s" % (" ".join(cfg["vips"]), "; ".join(reasons)))
            write_atomic(announcer.state_dir + "/status.json", json.dumps({"announced": up, "passes": passes, "fails": fails, "reasons": reasons}) + "\n")
            time.sleep(max(0.0, gate["intervalSeconds"] - (time.monotonic() - started)))


def main(argv):
    if len(argv) < 2 or argv[1] not in ("load-table", "dataplane", "gate", "status"):
        die("usage: edge-l4 load-table|dataplane|gate [--exabgp]|status")
    with open(CONFIG) as f:
        cfg = json.load(f)
    if argv[1] == "load-table":
        cmd_load_table(cfg)
    elif argv[1] == "dataplane":
        cmd_dataplane(cfg)
    elif argv[1] == "status":
        print(read_text(cfg["gate"]["stateDir"] + "/status.json") or "{}")
    else:
        cmd_gate(cfg, "--exabgp" in argv)


if __name__ == "__main__":
    main(sys.argv)
`;
