import { FindingsStoreError } from "../errors.js";
import type { FindingRecord } from "../record/finding-record.js";
import type { CanonicalStatus } from "../sync/canonical-status.js";
import type { OutboxItem, OutboxStatus } from "../sync/outbox-item.js";
import type { SyncRequest } from "../sync/protocol.js";
import type {
  FindingsStore,
  IncomingSyncEvent,
  StoredFinding,
  StoredSyncEvent,
  SyncRecordResult,
} from "./findings-store.js";
import { MIGRATIONS } from "./migrations.js";

/**
 * Runs one parameterised statement.
 *
 * @example
 * const { rows } = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM dn_outbox WHERE status = $1", ["pending"]);
 */
export interface SqlExecutor {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: R[] }>;
}

/**
 * The few things the SQL store needs from a PostgreSQL driver.
 *
 * @example
 * const db: SqlDatabase = {
 *   query: (sql, params) => pg.query(sql, params as unknown[]),
 *   transaction: (fn) => pg.transaction((tx) => fn({ query: (sql, params) => tx.query(sql, params as unknown[]) })),
 *   close: () => pg.close(),
 * };
 */
export interface SqlDatabase extends SqlExecutor {
  /** Runs `fn` in one transaction: commit when it resolves, roll back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

type Row = Record<string, unknown>;
const EVENT_COLUMNS =
  "sync_event_id, idempotency_key, inspection_id, item_type, mutation_version, payload_hash, mapped_status, status_mapping_source, device_id, attempts, source_created_at, received_at";
const MIGRATION_LOCK = 4_711_001;

/**
 * A {@link FindingsStore} over any PostgreSQL driver that fits {@link SqlDatabase}; the PGlite
 * and `pg` adapters are thin wrappers around it. Every statement is parameterised.
 *
 * @example
 * const store = createSqlFindingsStore(db);
 * await store.migrate();
 */
export function createSqlFindingsStore(db: SqlDatabase): FindingsStore {
  const fail = (operation: string) => (cause: unknown) => {
    throw new FindingsStoreError(
      "STORE_FAILED",
      `Findings store: ${operation} failed: ${(cause as Error)?.message ?? String(cause)}`,
      { cause },
    );
  };

  return {
    async migrate() {
      await db
        .transaction(async (tx) => {
          await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
          await tx.query(
            "CREATE TABLE IF NOT EXISTS dn_findings_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)",
          );
          const { rows } = await tx.query<{ version: number }>("SELECT version FROM dn_findings_migrations");
          const applied = new Set(rows.map((r) => Number(r.version)));
          for (const m of MIGRATIONS) {
            if (applied.has(m.version)) continue;
            for (const statement of m.statements) await tx.query(statement);
            await tx.query(
              "INSERT INTO dn_findings_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
              [m.version, m.name, new Date().toISOString()],
            );
          }
        })
        .catch(fail("migrate"));
    },

    recordSync(event) {
      return db.transaction((tx) => recordSync(tx, event)).catch(fail(`recordSync(${event.idempotencyKey})`));
    },

    async getFinding(inspectionId) {
      const { rows } = await db
        .query<Row>("SELECT * FROM dn_findings WHERE inspection_id = $1", [inspectionId])
        .catch(fail("getFinding"));
      return rows[0] ? toFinding(rows[0]) : undefined;
    },

    async *listFindings(options = {}) {
      const pageSize = options.pageSize ?? 500;
      let after: [string, string] = [options.since ?? "", ""];
      for (;;) {
        const { rows } = await db
          .query<Row>(
            "SELECT * FROM dn_findings WHERE (updated_at, inspection_id) > ($1, $2) ORDER BY updated_at, inspection_id LIMIT $3",
            [after[0], after[1], pageSize],
          )
          .catch(fail("listFindings"));
        for (const row of rows) yield toFinding(row);
        const last = rows[rows.length - 1];
        if (!last || rows.length < pageSize) return;
        after = [String(last.updated_at), String(last.inspection_id)];
      }
    },

    async listSyncEvents(inspectionId) {
      const { rows } = await db
        .query<Row>(
          `SELECT ${EVENT_COLUMNS} FROM dn_sync_events WHERE inspection_id = $1 ORDER BY mutation_version, received_at, sync_event_id`,
          [inspectionId],
        )
        .catch(fail("listSyncEvents"));
      return rows.map(toEvent);
    },

    async counts() {
      const { rows } = await db
        .query<Row>(
          "SELECT (SELECT count(*) FROM dn_findings)::int AS findings, (SELECT count(*) FROM dn_sync_events)::int AS events, (SELECT count(*) FROM dn_sync_conflicts)::int AS conflicts, (SELECT count(*) FROM dn_outbox)::int AS outbox",
        )
        .catch(fail("counts"));
      const r = rows[0] ?? {};
      return {
        findings: Number(r.findings),
        events: Number(r.events),
        conflicts: Number(r.conflicts),
        outbox: Number(r.outbox),
      };
    },

    async outboxPut(item) {
      return db
        .transaction(async (tx) => {
          await tx.query(
            `INSERT INTO dn_outbox (item_id, idempotency_key, inspection_id, item_type, mutation_version, body, status, attempts, next_attempt_at, last_error, response_code, ack, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12::jsonb, $13, $14) ON CONFLICT (idempotency_key) DO NOTHING`,
            [
              item.itemId,
              item.idempotencyKey,
              item.inspectionId,
              item.itemType,
              item.mutationVersion,
              JSON.stringify(item.body),
              item.status,
              item.attempts,
              item.nextAttemptAt ?? null,
              item.lastError ?? null,
              item.responseCode ?? null,
              item.ack ? JSON.stringify(item.ack) : null,
              item.createdAt,
              item.updatedAt,
            ],
          );
          const { rows } = await tx.query<Row>("SELECT * FROM dn_outbox WHERE idempotency_key = $1", [
            item.idempotencyKey,
          ]);
          return toOutboxItem(rows[0] as Row);
        })
        .catch(fail("outboxPut"));
    },

    async outboxPending() {
      const { rows } = await db
        .query<Row>("SELECT * FROM dn_outbox WHERE status = 'pending' ORDER BY seq")
        .catch(fail("outboxPending"));
      return rows.map(toOutboxItem);
    },

    async outboxList() {
      const { rows } = await db.query<Row>("SELECT * FROM dn_outbox ORDER BY seq").catch(fail("outboxList"));
      return rows.map(toOutboxItem);
    },

    async outboxUpdate(item) {
      await db
        .query(
          "UPDATE dn_outbox SET status = $2, attempts = $3, next_attempt_at = $4, last_error = $5, response_code = $6, ack = $7::jsonb, updated_at = $8 WHERE item_id = $1",
          [
            item.itemId,
            item.status,
            item.attempts,
            item.nextAttemptAt ?? null,
            item.lastError ?? null,
            item.responseCode ?? null,
            item.ack ? JSON.stringify(item.ack) : null,
            item.updatedAt,
          ],
        )
        .catch(fail("outboxUpdate"));
    },

    close: () => db.close(),
  };
}

async function recordSync(tx: SqlExecutor, e: IncomingSyncEvent): Promise<SyncRecordResult> {
  const inserted = await tx.query<Row>(
    `INSERT INTO dn_sync_events (${EVENT_COLUMNS}, payload)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb)
     ON CONFLICT (idempotency_key) DO NOTHING RETURNING sync_event_id`,
    [
      e.syncEventId,
      e.idempotencyKey,
      e.inspectionId,
      e.itemType,
      e.mutationVersion,
      e.payloadHash,
      e.mappedStatus,
      e.statusMappingSource,
      e.deviceId,
      e.attempts,
      e.sourceCreatedAt,
      e.receivedAt,
      JSON.stringify(e.payload),
    ],
  );
  if (inserted.rows.length === 0) {
    const { rows } = await tx.query<Row>(
      `SELECT ${EVENT_COLUMNS} FROM dn_sync_events WHERE idempotency_key = $1`,
      [e.idempotencyKey],
    );
    const original = toEvent(rows[0] as Row);
    if (original.payloadHash === e.payloadHash)
      return { outcome: "duplicate", event: original, applied: false };
    await tx.query(
      "INSERT INTO dn_sync_conflicts (idempotency_key, original_sync_event_id, payload_hash, payload, device_id, received_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6) ON CONFLICT (idempotency_key, payload_hash) DO NOTHING",
      [
        e.idempotencyKey,
        original.syncEventId,
        e.payloadHash,
        JSON.stringify(e.payload),
        e.deviceId,
        e.receivedAt,
      ],
    );
    return { outcome: "conflict", event: original, applied: false };
  }
  // Last writer by mutation version; equal versions tie-break on the payload hash, so the
  // outcome does not depend on arrival order. The context is immutable: a mutation whose context
  // fingerprint differs from the stored one never becomes the latest state (the handler rejects
  // it with 422; this guards the race where two such requests pass that check together).
  const upserted = await tx.query<Row>(
    `INSERT INTO dn_findings (inspection_id, mutation_version, payload_hash, record, mapped_status, status_mapping_source, registratiestatus, last_sync_event_id, updated_at, received_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (inspection_id) DO UPDATE SET
       mutation_version = EXCLUDED.mutation_version, payload_hash = EXCLUDED.payload_hash, record = EXCLUDED.record,
       mapped_status = EXCLUDED.mapped_status, status_mapping_source = EXCLUDED.status_mapping_source,
       registratiestatus = EXCLUDED.registratiestatus, last_sync_event_id = EXCLUDED.last_sync_event_id,
       updated_at = EXCLUDED.updated_at, received_at = EXCLUDED.received_at
     WHERE (dn_findings.mutation_version < EXCLUDED.mutation_version
        OR (dn_findings.mutation_version = EXCLUDED.mutation_version AND dn_findings.payload_hash < EXCLUDED.payload_hash))
       AND dn_findings.record->'vaststelling'->>'contextVingerafdruk' = EXCLUDED.record->'vaststelling'->>'contextVingerafdruk'
     RETURNING inspection_id`,
    [
      e.inspectionId,
      e.mutationVersion,
      e.payloadHash,
      JSON.stringify(e.record),
      e.mappedStatus,
      e.statusMappingSource,
      e.record.vaststelling.registratiestatus,
      e.syncEventId,
      e.recordUpdatedAt,
      e.receivedAt,
    ],
  );
  const { payload: _p, record: _r, recordUpdatedAt: _u, ...event } = e;
  return { outcome: "accepted", event, applied: upserted.rows.length > 0 };
}

const opt = <K extends string>(key: K, value: unknown): { [P in K]?: string } =>
  (value === null || value === undefined ? {} : { [key]: String(value) }) as { [P in K]?: string };

function toEvent(r: Row): StoredSyncEvent {
  return {
    syncEventId: String(r.sync_event_id),
    idempotencyKey: String(r.idempotency_key),
    inspectionId: String(r.inspection_id),
    itemType: String(r.item_type),
    mutationVersion: Number(r.mutation_version),
    payloadHash: String(r.payload_hash),
    mappedStatus: String(r.mapped_status) as CanonicalStatus,
    statusMappingSource: String(r.status_mapping_source),
    deviceId: String(r.device_id),
    attempts: Number(r.attempts),
    sourceCreatedAt: String(r.source_created_at),
    receivedAt: String(r.received_at),
  };
}

function toFinding(r: Row): StoredFinding {
  return {
    inspectionId: String(r.inspection_id),
    mutationVersion: Number(r.mutation_version),
    payloadHash: String(r.payload_hash),
    record: json(r.record) as FindingRecord,
    mappedStatus: String(r.mapped_status) as CanonicalStatus,
    statusMappingSource: String(r.status_mapping_source),
    registratiestatus: String(r.registratiestatus),
    lastSyncEventId: String(r.last_sync_event_id),
    updatedAt: String(r.updated_at),
    receivedAt: String(r.received_at),
  };
}

function toOutboxItem(r: Row): OutboxItem {
  return {
    seq: Number(r.seq),
    itemId: String(r.item_id),
    idempotencyKey: String(r.idempotency_key),
    inspectionId: String(r.inspection_id),
    itemType: String(r.item_type),
    mutationVersion: Number(r.mutation_version),
    body: json(r.body) as SyncRequest,
    status: String(r.status) as OutboxStatus,
    attempts: Number(r.attempts),
    ...opt("nextAttemptAt", r.next_attempt_at),
    ...opt("lastError", r.last_error),
    ...(r.response_code === null || r.response_code === undefined
      ? {}
      : { responseCode: Number(r.response_code) }),
    ...(r.ack ? { ack: json(r.ack) as Record<string, unknown> } : {}),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
  };
}

/** jsonb comes back parsed from both drivers; tolerate a driver that returns text. */
function json(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}
