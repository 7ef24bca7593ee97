import type { Pool, PoolConfig } from "pg";
import type { FindingsStore } from "./findings-store.js";
import { createSqlFindingsStore, type SqlDatabase } from "./sql-store.js";

/**
 * Options of {@link createPgFindingsStore}: a pool you own, or pool settings (e.g. `connectionString`).
 *
 * @example
 * const options: PgStoreOptions = { connectionString: "postgres://dn_findings@127.0.0.1:5432/dn_findings", max: 4 };
 * const store = await createPgFindingsStore(options);
 */
export type PgStoreOptions = { readonly pool: Pool } | PoolConfig;

/**
 * A store on a PostgreSQL server through `pg`, with the same schema as the PGlite store.
 * Migrated and ready when the promise resolves. Connection errors never echo the password.
 *
 * @example
 * const store = await createPgFindingsStore({ connectionString: process.env.DN_PG_URL });
 */
export async function createPgFindingsStore(options: PgStoreOptions): Promise<FindingsStore> {
  const pg = (await import("pg")).default;
  const owned = !("pool" in options);
  const pool: Pool = "pool" in options ? options.pool : new pg.Pool({ max: 8, ...options });
  const db: SqlDatabase = {
    query: async (sql, params) => {
      const r = await pool.query(sql, params as unknown[]);
      return { rows: r.rows };
    },
    transaction: async (fn) => {
      const client = await pool.connect();
      // A client whose ROLLBACK failed is in an unknown transaction state: destroy it, never reuse it.
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const result = await fn({
          query: async (sql, params) => ({ rows: (await client.query(sql, params as unknown[])).rows }),
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch((e: unknown) => {
          broken = e instanceof Error ? e : new Error(String(e));
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: async () => {
      if (owned) await pool.end();
    },
  };
  const store = createSqlFindingsStore(db);
  await store.migrate();
  return store;
}
