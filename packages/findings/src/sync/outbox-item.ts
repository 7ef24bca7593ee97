import type { SyncAck, SyncRequest } from "./protocol.js";

/**
 * Where an outbox item stands. `pending` items are sent; the rest are final until retried by hand.
 *
 * @example
 * const stuck = (await outbox.items()).filter((i) => i.status === "failed" || i.status === "conflict");
 */
export type OutboxStatus = "pending" | "synced" | "conflict" | "rejected" | "failed";

/**
 * One queued mutation on the device. Lives in the store, so it survives restarts.
 *
 * @example
 * const items: OutboxItem[] = await outbox.items();
 * for (const i of items) console.log(i.inspectionId, i.status, i.attempts, i.responseCode, i.lastError);
 */
export interface OutboxItem {
  /** Enqueue order, assigned by the store. */
  readonly seq?: number;
  readonly itemId: string;
  readonly idempotencyKey: string;
  readonly inspectionId: string;
  readonly itemType: string;
  readonly mutationVersion: number;
  /** The request body (its `attempts` is set at send time). */
  readonly body: SyncRequest;
  readonly status: OutboxStatus;
  readonly attempts: number;
  /** Earliest time of the next attempt (ISO), after a failed one. */
  readonly nextAttemptAt?: string;
  readonly lastError?: string;
  /** HTTP status of the last response; 0 for a network error. */
  readonly responseCode?: number;
  /** The server's acknowledgement (or, for a conflict, the original event). */
  readonly ack?: SyncAck | Record<string, unknown>;
  readonly createdAt: string;
  readonly updatedAt: string;
}
