import type { IncomingMessage, ServerResponse } from "node:http";
import type { FindingsStore } from "../store/findings-store.js";
import { DEFAULT_MAX_SYNC_BODY_BYTES, handleSyncRequest, type SyncHandlerOptions } from "./handler.js";

/**
 * A node:http request listener around {@link handleSyncRequest}: reads the body with a size cap
 * (answering 413 without buffering the rest) and writes the response. Only `path` is served.
 *
 * @example
 * createServer(createNodeSyncListener(store)).listen(8080, "127.0.0.1");
 */
export function createNodeSyncListener(
  store: FindingsStore,
  options: SyncHandlerOptions & { readonly path?: string } = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const path = options.path ?? "/api/inspecties/sync";
  const max = options.maxBodyBytes ?? DEFAULT_MAX_SYNC_BODY_BYTES;
  return (req, res) => {
    const send = (status: number, headers: Record<string, string>, body: string) => {
      res.writeHead(status, headers);
      res.end(body);
    };
    if ((req.url ?? "").split("?")[0] !== path) {
      send(
        404,
        { "content-type": "application/json; charset=utf-8" },
        JSON.stringify({ error: "NOT_FOUND" }),
      );
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Uint8Array) => {
      size += chunk.byteLength;
      if (size > max) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("error", () => res.destroy());
    req.on("end", () => {
      if (tooLarge) {
        send(
          413,
          { "content-type": "application/json; charset=utf-8", connection: "close" },
          JSON.stringify({ outcome: "rejected", error: "PAYLOAD_TOO_LARGE", maxBytes: max }),
        );
        return;
      }
      const body = new Uint8Array(size);
      let offset = 0;
      for (const c of chunks) {
        body.set(c, offset);
        offset += c.byteLength;
      }
      handleSyncRequest({ method: req.method ?? "GET", headers: req.headers, body }, store, options).then(
        (r) => send(r.status, r.headers, r.body),
        () =>
          send(
            500,
            { "content-type": "application/json; charset=utf-8" },
            JSON.stringify({ outcome: "failed", error: "SYNC_ENDPOINT_ERROR" }),
          ),
      );
    });
  };
}
