import { connect } from "net";

export interface SimResponse {
  readonly status: number;
  /** Header names in lower case; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
}

function dechunk(body: string): string {
  let out = "";
  let rest = body;
  for (;;) {
    const eol = rest.indexOf("\r\n");
    const size = parseInt(rest.slice(0, eol), 16);
    if (eol < 0 || !(size > 0)) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 4 + size);
  }
}

function parse(raw: string): SimResponse {
  const split = raw.indexOf("\r\n\r\n");
  if (split < 0) throw new Error(`no HTTP response (${raw.length} bytes)`);
  const [statusLine, ...lines] = raw.slice(0, split).split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  const body = raw.slice(split + 4);
  return { status: Number(statusLine.split(" ")[1]), headers, body: /chunked/i.test(headers["transfer-encoding"] ?? "") ? dechunk(body) : body };
}

/**
 * GET http://127.0.0.1:<port><path> over a socket of its own, read until the server closes it:
 * falco's simulator closes every HTTP/1.1 connection after its response (it hijacks the
 * connection to write it), so keep-alive cannot be used; a bare socket costs the least CPU.
 */
export function get(port: number, path: string, headers: Readonly<Record<string, string>>, timeoutMs = 10_000): Promise<SimResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port });
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`GET ${path}: no answer within ${timeoutMs} ms`)));
    socket.on("connect", () => {
      const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join("");
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n${extra}\r\n`);
    });
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      try {
        resolve(parse(Buffer.concat(chunks).toString("utf8")));
      } catch (e) {
        reject(new Error(`GET ${path}: ${e instanceof Error ? e.message : String(e)}`));
      }
    });
  });
}

/** Runs `fn` over `items` with at most `concurrency` in flight; results keep the items' order. */
export async function mapConcurrent<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}
