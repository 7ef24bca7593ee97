import type { PGlite } from "@electric-sql/pglite";
import type { FindingsStore } from "./findings-store.js";
import { createSqlFindingsStore, type SqlDatabase } from "./sql-store.js";

/**
 * Options of {@link createPgliteFindingsStore}.
 *
 * @example
 * const options: PgliteStoreOptions = { dataDir: "idb://dn-findings" }; // omit dataDir for in-memory
 * const store = await createPgliteFindingsStore(options);
 */
export interface PgliteStoreOptions {
  /** A directory (Node) or `idb://name` (browser) to persist to; omit for in-memory. */
  readonly dataDir?: string;
  /** An existing PGlite instance to use instead (the store then does not own it). */
  readonly db?: PGlite;
}

/**
 * The default store: embedded PostgreSQL (PGlite), in memory or persisted to a directory.
 * Migrated and ready when the promise resolves.
 *
 * @example
 * const store = await createPgliteFindingsStore({ dataDir: "./dn-findings" });
 */
export async function createPgliteFindingsStore(options: PgliteStoreOptions = {}): Promise<FindingsStore> {
  const { PGlite } = await import("@electric-sql/pglite");
  const pg = options.db ?? (await PGlite.create(options.dataDir));
  const owned = !options.db;
  const db: SqlDatabase = {
    query: (sql, params) => pg.query(sql, params as unknown[]),
    transaction: (fn) =>
      pg.transaction((tx) => fn({ query: (sql, params) => tx.query(sql, params as unknown[]) })),
    close: async () => {
      if (owned) await pg.close();
    },
  };
  const store = createSqlFindingsStore(db);
  await store.migrate();
  return store;
}
