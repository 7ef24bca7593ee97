// The sync server on a PostgreSQL server: `DN_PG_URL=postgres://user@host:5432/db npx tsx server.ts`.
import { createServer } from "node:http";
import { createNodeSyncListener, createPgFindingsStore, MIGRATIONS } from "@digitale-nuts/findings";

const connectionString = process.env.DN_PG_URL;
if (!connectionString) throw new Error("Set DN_PG_URL to a PostgreSQL connection string.");

// Migrated and ready when the promise resolves; connection errors never echo the password.
const store = await createPgFindingsStore({ connectionString, max: 16 });
console.log(`schema at migration ${MIGRATIONS.length}`, await store.counts());

const server = createServer(createNodeSyncListener(store, { maxBodyBytes: 25 * 1024 * 1024 }));
server.listen(8080, "127.0.0.1", () => console.log("POST http://127.0.0.1:8080/api/inspecties/sync"));

process.once("SIGTERM", () => server.close(() => void store.close()));
