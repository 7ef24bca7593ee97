/**
 * One schema migration: single statements, so both drivers run them through the extended protocol.
 *
 * @example
 * const migrations: readonly Migration[] = MIGRATIONS;
 * for (const m of migrations) console.log(m.version, m.name, m.statements.length);
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/**
 * The SQL schema shared by the PGlite and PostgreSQL adapters. Timestamps are ISO text, so a
 * value reads back byte for byte on both drivers.
 *
 * @example
 * const latestVersion = MIGRATIONS[MIGRATIONS.length - 1]?.version; // 2
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "sync events, findings, conflicts, outbox",
    statements: [
      `CREATE TABLE dn_sync_events (
        sync_event_id text PRIMARY KEY,
        idempotency_key text NOT NULL UNIQUE,
        inspection_id text NOT NULL,
        item_type text NOT NULL,
        mutation_version integer NOT NULL,
        payload_hash text NOT NULL,
        payload jsonb NOT NULL,
        mapped_status text NOT NULL,
        status_mapping_source text NOT NULL,
        device_id text NOT NULL,
        attempts integer NOT NULL,
        source_created_at text NOT NULL,
        received_at text NOT NULL
      )`,
      "CREATE INDEX dn_sync_events_inspection ON dn_sync_events (inspection_id, mutation_version)",
      `CREATE TABLE dn_findings (
        inspection_id text PRIMARY KEY,
        mutation_version integer NOT NULL,
        payload_hash text NOT NULL,
        record jsonb NOT NULL,
        mapped_status text NOT NULL,
        status_mapping_source text NOT NULL,
        registratiestatus text NOT NULL,
        last_sync_event_id text NOT NULL REFERENCES dn_sync_events (sync_event_id),
        updated_at text NOT NULL,
        received_at text NOT NULL
      )`,
      "CREATE INDEX dn_findings_updated ON dn_findings (updated_at, inspection_id)",
      `CREATE TABLE dn_sync_conflicts (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        idempotency_key text NOT NULL,
        original_sync_event_id text NOT NULL REFERENCES dn_sync_events (sync_event_id),
        payload_hash text NOT NULL,
        payload jsonb NOT NULL,
        device_id text NOT NULL,
        received_at text NOT NULL
      )`,
      `CREATE TABLE dn_outbox (
        seq integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        item_id text NOT NULL UNIQUE,
        idempotency_key text NOT NULL UNIQUE,
        inspection_id text NOT NULL,
        item_type text NOT NULL,
        mutation_version integer NOT NULL,
        body jsonb NOT NULL,
        status text NOT NULL,
        attempts integer NOT NULL,
        next_attempt_at text,
        last_error text,
        response_code integer,
        ack jsonb,
        created_at text NOT NULL,
        updated_at text NOT NULL
      )`,
      "CREATE INDEX dn_outbox_pending ON dn_outbox (status, seq)",
    ],
  },
  {
    version: 2,
    name: "one conflict row per key and payload, so a replayed 409 stores nothing new",
    statements: [
      "DELETE FROM dn_sync_conflicts c USING dn_sync_conflicts d WHERE c.idempotency_key = d.idempotency_key AND c.payload_hash = d.payload_hash AND c.id > d.id",
      "CREATE UNIQUE INDEX dn_sync_conflicts_key_payload ON dn_sync_conflicts (idempotency_key, payload_hash)",
    ],
  },
];
