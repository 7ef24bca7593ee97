import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** What an interceptor may answer instead of forwarding. */
export interface Intercepted {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/** A request as the proxy saw it (headers lower-cased). */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/**
 * A real 127.0.0.1 HTTP server in front of the mock: forwards every request to `target` unless
 * `intercept` answers it. Used to make GIPOD behaviours the mock has no switch for (a missing /api/v2,
 * a persistent 401) and a second origin for the LDES off-origin test.
 */
export async function startProxy(target: string, intercept?: (req: SeenRequest) => Intercepted | undefined) {
  const seen: SeenRequest[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
    const request = { method: req.method ?? "GET", path: req.url ?? "/", headers, body };
    seen.push(request);
    const answer = intercept?.(request);
    if (answer) {
      res.writeHead(answer.status, { "content-type": "application/problem+json", ...answer.headers });
      res.end(answer.body ?? "");
      return;
    }
    const { host: _host, connection: _c, "content-length": _l, ...forward } = headers;
    try {
      const upstream = await fetch(new URL(request.path, target), {
        method: request.method,
        headers: forward,
        ...(request.method === "GET" || request.method === "HEAD" ? {} : { body }),
      });
      const text = await upstream.text();
      const out: Record<string, string> = {};
      upstream.headers.forEach((v, k) => {
        if (
          k !== "content-length" &&
          k !== "content-encoding" &&
          k !== "transfer-encoding" &&
          k !== "connection"
        )
          out[k] = v;
      });
      res.writeHead(upstream.status, out);
      res.end(text);
    } catch {
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
