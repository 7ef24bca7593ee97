import type { IncomingMessage, ServerResponse } from "node:http";
import type { DrawnFault } from "../faults.js";
import { bump, type MockStats } from "../stats.js";

/** One request as the route handlers see it. */
export interface RequestContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  /** Route name (for stats, scopes and per-route faults). */
  readonly route: string;
  /** Captures of the route pattern. */
  readonly params: readonly string[];
  /** `http://host:port` of the mock, for absolute links. */
  readonly origin: string;
  /** The fault drawn for this request, if any. */
  readonly fault: DrawnFault | undefined;
  json(status: number, body: unknown, headers?: Record<string, string>): void;
  /** An RFC 7807 problem (`application/problem+json`). */
  problem(status: number, title: string, detail: string, headers?: Record<string, string>): void;
  empty(status: number, headers?: Record<string, string>): void;
  text(status: number, contentType: string, body: string, headers?: Record<string, string>): void;
}

/** Thrown by handlers to answer with a problem; the dispatcher turns it into a response. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

/** Creates the context; all responses go through one writer that applies `reset`/`truncate` faults. */
export function createContext(init: {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  route: string;
  params: readonly string[];
  origin: string;
  fault: DrawnFault | undefined;
  stats: MockStats;
}): RequestContext {
  const { res, route, stats, fault } = init;
  const send = (status: number, headers: Record<string, string>, body: string) => {
    if (res.headersSent || res.destroyed) return;
    if (fault?.kind === "reset") {
      bump(stats.requests, route, "reset");
      const half = body.slice(0, Math.floor(body.length / 2));
      const { "Content-Length": _dropped, ...rest } = headers;
      res.writeHead(status, rest);
      // Flush half a body, then kill the connection without finishing the response.
      res.write(half, () => res.destroy());
      return;
    }
    let payload = body;
    if (fault?.kind === "truncate" && payload.length > 1)
      payload = payload.slice(0, Math.floor(payload.length / 2));
    bump(stats.requests, route, String(status));
    res.writeHead(status, { ...headers, "Content-Length": String(Buffer.byteLength(payload)) });
    res.end(payload);
  };
  return {
    ...init,
    json: (status, body, headers = {}) =>
      send(status, { "Content-Type": "application/json; charset=utf-8", ...headers }, JSON.stringify(body)),
    problem: (status, title, detail, headers = {}) =>
      send(
        status,
        { "Content-Type": "application/problem+json; charset=utf-8", ...headers },
        JSON.stringify({
          type: `urn:gipod-mock:problem:${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
          title,
          status,
          detail,
          instance: `${init.url.pathname}${init.url.search}`,
        }),
      ),
    empty: (status, headers = {}) => send(status, headers, ""),
    text: (status, contentType, body, headers = {}) =>
      send(status, { "Content-Type": contentType, ...headers }, body),
  };
}

/** Reads a request body up to `maxBytes` (413 problem beyond). */
export async function readBody(req: IncomingMessage, maxBytes = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes)
      throw new ProblemError(413, "Payload Too Large", `The request body exceeds ${maxBytes} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Parses a JSON request body (400 problem when it is not JSON). */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  try {
    return JSON.parse(text);
  } catch {
    throw new ProblemError(400, "Bad Request", "The request body is not valid JSON.");
  }
}
