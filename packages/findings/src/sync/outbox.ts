import type { FindingRecord } from "../record/finding-record.js";
import type { FindingsStore } from "../store/findings-store.js";
import type { OutboxItem } from "./outbox-item.js";
import { buildSyncRequest, type SyncItemType, type SyncRequest } from "./protocol.js";
import { seededRandom } from "./seeded-random.js";

/**
 * Sends one request; resolves with the HTTP status and parsed body, rejects on a network error.
 *
 * @example
 * const transport: SyncTransport = async (request) =>
 *   ({ status: 201, body: { outcome: "accepted", inspectionId: request.inspectionId } });
 */
export type SyncTransport = (
  request: SyncRequest,
  signal?: AbortSignal,
) => Promise<{ status: number; body: unknown }>;

/**
 * What {@link createOutbox} needs from the store.
 *
 * @example
 * const outboxStore: OutboxStore = await createPgliteFindingsStore({ dataDir: "idb://dn-outbox" });
 */
export type OutboxStore = Pick<FindingsStore, "outboxPut" | "outboxPending" | "outboxList" | "outboxUpdate">;

/**
 * One step of a flush, for a progress bar or a log.
 *
 * @example
 * const onProgress = (p: OutboxProgress) => console.log(p.phase, p.item.inspectionId, `${p.done}/${p.total}`, p.delayMs);
 * const outbox = createOutbox({ store, transport, deviceId: "tablet-3", onProgress });
 */
export interface OutboxProgress {
  readonly item: OutboxItem;
  readonly phase: "sending" | "synced" | "retry" | "conflict" | "rejected" | "failed";
  readonly attempt: number;
  /** The wait before the next attempt, for `retry`. */
  readonly delayMs?: number;
  /** Items finished in this flush, and how many it started with. */
  readonly done: number;
  readonly total: number;
}

/**
 * Retry policy: exponential backoff with jitter, capped, up to `maxAttempts` per item.
 *
 * @example
 * const retry: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 30_000 };
 * const outbox = createOutbox({ store, transport, deviceId: "tablet-3", retry });
 */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * Default {@link RetryPolicy}: 8 attempts, 500 ms doubling up to 60 s.
 *
 * @example
 * DEFAULT_RETRY_POLICY.maxAttempts; // 8
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 60_000 };

/**
 * Options of {@link createOutbox}.
 *
 * @example
 * const options: OutboxOptions = { store, transport, deviceId: "tablet-3", retry: { maxAttempts: 3 } };
 * const outbox = createOutbox(options);
 */
export interface OutboxOptions {
  readonly store: OutboxStore;
  readonly transport: SyncTransport;
  readonly deviceId: string;
  readonly retry?: Partial<RetryPolicy>;
  /** Jitter source in [0, 1). Default: seeded from `deviceId`, so devices spread out yet runs repeat. */
  readonly random?: () => number;
  /** Waits between attempts. Default a timer that honours the abort signal. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly now?: () => Date;
  readonly newId?: () => string;
  readonly onProgress?: (progress: OutboxProgress) => void;
}

/**
 * The outcome of {@link Outbox.flush}.
 *
 * @example
 * const { synced, conflicts, rejected, failed }: FlushSummary = await outbox.flush();
 */
export interface FlushSummary {
  readonly synced: number;
  readonly conflicts: number;
  readonly rejected: number;
  readonly failed: number;
}

/**
 * The client side of the sync protocol.
 *
 * @example
 * const outbox: Outbox = createOutbox({ store, transport, deviceId: "tablet-3" });
 * await outbox.enqueue(record);
 * if ((await outbox.flush()).failed > 0) await outbox.retryFailed();
 */
export interface Outbox {
  /** Queues the record's current state; a second call for the same mutation returns the queued item. */
  enqueue(record: FindingRecord, itemType?: SyncItemType): Promise<OutboxItem>;
  /** Sends every pending item in enqueue order, retrying transient failures with backoff. */
  flush(signal?: AbortSignal): Promise<FlushSummary>;
  /** Puts `failed` items back to `pending` (e.g. when the network returns). */
  retryFailed(): Promise<number>;
  items(): Promise<OutboxItem[]>;
}

/**
 * The jittered backoff before attempt `attempt + 1`: half the capped exponential delay plus up to half again at random.
 *
 * @example
 * backoffDelay(3, DEFAULT_RETRY_POLICY, () => 0.5); // 1500: half of 2000 ms, plus 0.5 × 1000 ms
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}

const PERMANENT = new Set([400, 405, 413, 422]);

/**
 * A persistent outbox: mutations wait in the store (so they survive a restart), go out in
 * order, and are retried with exponential backoff and jitter until acknowledged (201/208), or
 * definitively refused (409 conflict; 400/405/413/422 rejected), or out of attempts.
 *
 * @example
 * const outbox = createOutbox({ store, deviceId: "tablet-3", transport: httpSyncTransport("https://stad.example/api/inspecties/sync") });
 * await outbox.enqueue(record);
 * await outbox.flush();
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const random = options.random ?? seededRandom(options.deviceId);
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const sleep = options.sleep ?? abortableSleep;
  let running: Promise<FlushSummary> | undefined;

  const flushOnce = async (signal?: AbortSignal): Promise<FlushSummary> => {
    const pending = await options.store.outboxPending();
    const summary = { synced: 0, conflicts: 0, rejected: 0, failed: 0 };
    let done = 0;
    const progress = (item: OutboxItem, phase: OutboxProgress["phase"], delayMs?: number) =>
      options.onProgress?.({
        item,
        phase,
        attempt: item.attempts,
        done,
        total: pending.length,
        ...(delayMs !== undefined ? { delayMs } : {}),
      });

    for (let item of pending) {
      for (;;) {
        signal?.throwIfAborted();
        // Count the attempt before sending, so a crash mid-request still counts after restart.
        item = { ...item, attempts: item.attempts + 1, updatedAt: now() };
        await options.store.outboxUpdate(item);
        progress(item, "sending");
        let status = 0;
        let body: unknown;
        try {
          ({ status, body } = await options.transport({ ...item.body, attempts: item.attempts }, signal));
        } catch (error) {
          signal?.throwIfAborted();
          body = { error: (error as Error)?.message ?? String(error) };
        }
        const base = { ...item, responseCode: status, updatedAt: now() };
        if (status === 201 || status === 208) {
          const { lastError: _, nextAttemptAt: __, ...rest } = base;
          item = { ...rest, status: "synced", ack: body as Record<string, unknown> };
          summary.synced++;
        } else if (status === 409) {
          item = {
            ...base,
            status: "conflict",
            ack: ((body as { original?: unknown })?.original ?? body) as Record<string, unknown>,
            lastError: "HTTP 409",
          };
          summary.conflicts++;
        } else if (PERMANENT.has(status)) {
          item = { ...base, status: "rejected", lastError: `HTTP ${status}: ${describe(body)}` };
          summary.rejected++;
        } else if (item.attempts >= policy.maxAttempts) {
          item = { ...base, status: "failed", lastError: status ? `HTTP ${status}` : describe(body) };
          summary.failed++;
        } else {
          const delayMs = backoffDelay(item.attempts, policy, random);
          item = {
            ...base,
            lastError: status ? `HTTP ${status}` : describe(body),
            nextAttemptAt: new Date(Date.parse(base.updatedAt) + delayMs).toISOString(),
          };
          await options.store.outboxUpdate(item);
          progress(item, "retry", delayMs);
          await sleep(delayMs, signal);
          continue;
        }
        await options.store.outboxUpdate(item);
        done++;
        progress(item, item.status as OutboxProgress["phase"]);
        break;
      }
    }
    return summary;
  };

  return {
    async enqueue(record, itemType) {
      const createdAt = now();
      const body = buildSyncRequest(record, {
        deviceId: options.deviceId,
        itemId: newId(),
        createdAt,
        ...(itemType ? { itemType } : {}),
      });
      return options.store.outboxPut({
        itemId: body.itemId,
        idempotencyKey: body.idempotencyKey,
        inspectionId: body.inspectionId,
        itemType: body.itemType,
        mutationVersion: body.mutationVersion,
        body,
        status: "pending",
        attempts: 0,
        createdAt,
        updatedAt: createdAt,
      });
    },
    flush(signal) {
      // One flush at a time: a second caller shares the running one.
      running ??= flushOnce(signal).finally(() => {
        running = undefined;
      });
      return running;
    },
    async retryFailed() {
      const failed = (await options.store.outboxList()).filter((i) => i.status === "failed");
      for (const item of failed)
        await options.store.outboxUpdate({ ...item, status: "pending", attempts: 0, updatedAt: now() });
      return failed.length;
    },
    items: () => options.store.outboxList(),
  };
}

/**
 * A {@link SyncTransport} over `fetch` (injectable) with a per-request timeout.
 *
 * @example
 * const transport = httpSyncTransport("http://127.0.0.1:8080/api/inspecties/sync", { timeoutMs: 15_000 });
 */
export function httpSyncTransport(
  url: string,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): SyncTransport {
  const doFetch = options.fetch ?? globalThis.fetch;
  return async (request, signal) => {
    const timeout = AbortSignal.timeout(options.timeoutMs ?? 15_000);
    const response = await doFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-idempotency-key": request.idempotencyKey },
      body: JSON.stringify(request),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's error page): keep the text for lastError.
    }
    return { status: response.status, body };
  };
}

function describe(body: unknown): string {
  if (body && typeof body === "object") {
    const b = body as { error?: unknown; message?: unknown };
    return String(b.message ?? b.error ?? JSON.stringify(body)).slice(0, 300);
  }
  return String(body).slice(0, 300);
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
