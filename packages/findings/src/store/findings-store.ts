import type { FindingRecord } from "../record/finding-record.js";
import type { CanonicalStatus } from "../sync/canonical-status.js";
import type { OutboxItem } from "../sync/outbox-item.js";

/**
 * A sync event as the server stores it (the request's metadata plus what the server decided).
 *
 * @example
 * const events: StoredSyncEvent[] = await store.listSyncEvents(inspectionId);
 * const versions = events.map((e) => e.mutationVersion);
 */
export interface StoredSyncEvent {
  readonly syncEventId: string;
  readonly idempotencyKey: string;
  readonly inspectionId: string;
  readonly itemType: string;
  readonly mutationVersion: number;
  readonly payloadHash: string;
  readonly mappedStatus: CanonicalStatus;
  readonly statusMappingSource: string;
  readonly deviceId: string;
  readonly attempts: number;
  /** When the device created the mutation. */
  readonly sourceCreatedAt: string;
  /** When the server committed it. */
  readonly receivedAt: string;
}

/**
 * A new event plus its payload, as the handler hands it to {@link FindingsStore.recordSync}.
 *
 * @example
 * async function record(store: FindingsStore, event: IncomingSyncEvent): Promise<SyncRecordResult["outcome"]> {
 *   return (await store.recordSync(event)).outcome;
 * }
 */
export interface IncomingSyncEvent extends StoredSyncEvent {
  /** The payload as received (the record with its audit chain). */
  readonly payload: unknown;
  /** The record carried by the payload, and its change time for the export window. */
  readonly record: FindingRecord;
  readonly recordUpdatedAt: string;
}

/**
 * What the store did with an incoming event.
 *
 * @example
 * const { outcome, applied }: SyncRecordResult = await store.recordSync(event); // outcome "accepted" | "duplicate" | "conflict"
 */
export interface SyncRecordResult {
  /** accepted: new key; duplicate: same key and payload hash; conflict: same key, other payload. */
  readonly outcome: "accepted" | "duplicate" | "conflict";
  /** The stored event: the new one when accepted, the original otherwise. */
  readonly event: StoredSyncEvent;
  /** Whether the finding's latest state moved to this mutation (false when an older version arrived late). */
  readonly applied: boolean;
}

/**
 * The latest state of one finding on the server.
 *
 * @example
 * const latest: StoredFinding | undefined = await store.getFinding(inspectionId);
 * console.log(latest?.mutationVersion, latest?.mappedStatus, latest?.record.vaststelling.status);
 */
export interface StoredFinding {
  readonly inspectionId: string;
  readonly mutationVersion: number;
  readonly payloadHash: string;
  readonly record: FindingRecord;
  readonly mappedStatus: CanonicalStatus;
  readonly statusMappingSource: string;
  readonly registratiestatus: string;
  readonly lastSyncEventId: string;
  readonly updatedAt: string;
  readonly receivedAt: string;
}

/**
 * Storage port of the findings package: the server side of the sync protocol (events, latest
 * state per finding, conflicts) and the client outbox. Both adapters speak the same SQL schema.
 *
 * @example
 * const store: FindingsStore = await createPgliteFindingsStore();
 * const { findings, events } = await store.counts();
 * await store.close();
 */
export interface FindingsStore {
  /** Applies pending schema migrations (idempotent, safe to call concurrently). */
  migrate(): Promise<void>;
  /**
   * Records an event and, in the same transaction, moves the finding's latest state forward if
   * the event's mutation version is newer. Idempotent per key; race-safe.
   */
  recordSync(event: IncomingSyncEvent): Promise<SyncRecordResult>;
  getFinding(inspectionId: string): Promise<StoredFinding | undefined>;
  /** Every finding ordered by (updatedAt, inspectionId), read in pages; `since` keeps `updatedAt ≥ since`. */
  listFindings(options?: { since?: string; pageSize?: number }): AsyncIterable<StoredFinding>;
  /** The events of one finding ordered by mutation version, then receipt. */
  listSyncEvents(inspectionId: string): Promise<StoredSyncEvent[]>;
  /** Number of findings, events, outbox items and rejected conflicting payloads kept (one per key and payload). */
  counts(): Promise<{ findings: number; events: number; conflicts: number; outbox: number }>;

  /** Adds an outbox item unless its idempotency key is known; returns the stored item either way. */
  outboxPut(item: OutboxItem): Promise<OutboxItem>;
  /** Items still to send, in enqueue order. */
  outboxPending(): Promise<OutboxItem[]>;
  /** Every outbox item, in enqueue order. */
  outboxList(): Promise<OutboxItem[]>;
  outboxUpdate(item: OutboxItem): Promise<void>;
  close(): Promise<void>;
}
