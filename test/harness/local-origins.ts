import { AddressInfo, createServer as createNetServer, Server as NetServer, Socket } from "net";

/** What a local origin answers: its own name and the request headers it received. */
export interface OriginReport {
  readonly origin: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** Response header in which a local origin names itself. */
export const ORIGIN_NAME_HEADER = "x-origin-name";

const BACKEND_BLOCK = /^backend (\w+) \{\n([\s\S]*?)\n\}$/gm;
const SHIELD_BLOCK = /^director (ssl_shield_\w+) shield \{\n[\s\S]*?\n\}$/gm;

/**
 * The one rewrite the simulator phase makes to an assembled VCL: every origin address is
 * pointed at a local origin on 127.0.0.1. In each `backend F_x { … }` declaration `.host`
 * becomes "127.0.0.1", `.port` the local origin's port, and `.ssl = true` plain HTTP (the local
 * origins hold no certificate for the real hostnames); every other property stays. A shield
 * POP (`director ssl_shield_<pop> shield`) is an address too: it becomes a backend on
 * 127.0.0.1 (the `shield` origin), because falco 2.3.0 can neither parse nor fetch through
 * shield directors. falco's `fastly.try_select_shield` returns its fallback for anything but a
 * shield director, so requests reach the chosen origin directly, as on the shield POP itself.
 * Nothing else of the VCL changes: routing, conditions and shield blocks run as assembled.
 */
export function pointBackendsAtLocalOrigins(vcl: string, ports: Readonly<Record<string, number>>): string {
  const missing = new Set(Object.keys(ports));
  const rewritten = vcl
    .replace(BACKEND_BLOCK, (_block, name: string, body: string) => {
      const port = ports[name];
      if (port === undefined) throw new Error(`pointBackendsAtLocalOrigins: no local origin for backend ${name}`);
      missing.delete(name);
      const props = body
        .replace(/^(\s*\.host = )".*";$/m, '$1"127.0.0.1";')
        .replace(/^(\s*\.port = )".*";$/m, `$1"${port}";`)
        .replace(/^(\s*\.ssl = )true;$/m, "$1false;");
      return `backend ${name} {\n${props}\n}`;
    })
    .replace(SHIELD_BLOCK, (_block, name: string) => {
      const port = ports[name];
      if (port === undefined) throw new Error(`pointBackendsAtLocalOrigins: no local origin for shield POP ${name}`);
      missing.delete(name);
      return `backend ${name} {\n  .host = "127.0.0.1";\n  .port = "${port}";\n}`;
    });
  if (missing.size > 0) throw new Error(`pointBackendsAtLocalOrigins: the VCL declares no ${[...missing].join(", ")}`);
  return rewritten;
}

/** Names of the backends and shield POPs an assembled VCL declares, in order. */
export function declaredOrigins(vcl: string): string[] {
  return [...vcl.matchAll(BACKEND_BLOCK)].map((m) => m[1]).concat([...vcl.matchAll(SHIELD_BLOCK)].map((m) => m[1]));
}

/** Local origins on 127.0.0.1, one per name, each answering with its name and what it received. */
export interface LocalOrigins {
  readonly ports: Readonly<Record<string, number>>;
  close(): Promise<void>;
}

/** Request headers a local origin echoes back as `x-seen-<name>` response headers. */
export const ECHOED_HEADERS = ["x-edge-canary", "x-edge-canary-fallback", "x-edge-segmented", "x-edge-request-id", "host"] as const;

/** One HTTP/1.1 answer naming the origin and echoing what it received (body: the same, as JSON). */
function answer(name: string, head: string): string {
  const [requestLine, ...lines] = head.split("\r\n");
  const received: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    received[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const report: OriginReport = { origin: name, url: requestLine.split(" ")[1] ?? "", headers: received };
  const body = JSON.stringify(report);
  const echoed = ECHOED_HEADERS.filter((h) => received[h] !== undefined).map((h) => `x-seen-${h}: ${received[h]}\r\n`);
  return (
    `HTTP/1.1 200 OK\r\n${ORIGIN_NAME_HEADER}: ${name}\r\n${echoed.join("")}Content-Type: application/json\r\n` +
    `Cache-Control: max-age=60\r\nVary: Accept-Encoding\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  );
}

/**
 * Starts one origin per name on 127.0.0.1 (ephemeral ports). Each is a bare HTTP/1.1 server
 * (GET only, keep-alive, no bodies): cheaper per request than node's http module, which
 * matters for the 20 000 requests of the simulator phase.
 */
export async function startLocalOrigins(names: readonly string[]): Promise<LocalOrigins> {
  const servers: NetServer[] = [];
  const sockets = new Set<Socket>();
  const ports: Record<string, number> = {};
  for (const name of names) {
    const server = createNetServer((socket) => {
      sockets.add(socket);
      let pending = "";
      socket.setEncoding("latin1");
      socket.on("data", (chunk: string) => {
        pending += chunk;
        for (let end = pending.indexOf("\r\n\r\n"); end >= 0; end = pending.indexOf("\r\n\r\n")) {
          socket.write(answer(name, pending.slice(0, end)));
          pending = pending.slice(end + 4);
        }
      });
      socket.on("error", () => socket.destroy());
      socket.on("close", () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    servers.push(server);
    ports[name] = (server.address() as AddressInfo).port;
  }
  return {
    ports,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
