// The city's sync endpoint: node:http around the framework-agnostic `handleSyncRequest`, storing in PGlite
// (embedded PostgreSQL, in memory here; `createPgFindingsStore` for a real PostgreSQL server).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createPgliteFindingsStore, type FindingsStore, handleSyncRequest } from "@digitale-nuts/findings";

/** A sync server that can be stopped and started again on the same port, to play "the network is down". */
export interface SyncServer {
  readonly url: string;
  readonly store: FindingsStore;
  start(): Promise<void>;
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** Reserves a free port on 127.0.0.1 and returns a stopped server bound to it. */
export async function createSyncServer(): Promise<SyncServer> {
  const store = await createPgliteFindingsStore(); // migrated and ready
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const reply = await handleSyncRequest(
        { method: req.method ?? "", headers: req.headers, body: Buffer.concat(chunks) },
        store,
      );
      res.writeHead(reply.status, reply.headers).end(reply.body);
    });
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections(); // also drop idle keep-alive connections, or close() waits for them
    });
  await listen(0);
  const { port } = server.address() as AddressInfo;
  await stop();
  return {
    url: `http://127.0.0.1:${port}/api/inspecties/sync`,
    store,
    start: () => listen(port),
    stop,
    close: async () => {
      await stop();
      await store.close();
    },
  };
}
