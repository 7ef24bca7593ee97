import { Synctypes, Vaststelling } from "@digitale-nuts/oslo";
import { z } from "zod";
import type { FindingRecord } from "../record/finding-record.js";
import { mutationVersionOf } from "../record/finding-record.js";
import type { CanonicalStatus } from "./canonical-status.js";

/**
 * The `serverVersion` the handler acknowledges with (the prototype's code value).
 *
 * @example
 * const sameServer = (body as SyncAck).serverVersion === SYNC_SERVER_VERSION; // "dn-sync-api-v1"
 */
export const SYNC_SERVER_VERSION = "dn-sync-api-v1";

/**
 * A sync item type: inspection_saved, handover_decision, field_photos_added or finding_withdrawn.
 *
 * @example
 * const itemType: SyncItemType = "handover_decision";
 * await outbox.enqueue(record, itemType);
 */
export type SyncItemType = (typeof Synctypes.codes)[number];

const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, "_");

/**
 * The idempotency key of a mutation, unique per `inspectionId + mutationVersion + itemType` (DN's format).
 *
 * @example
 * idempotencyKey("a1b2c3d4-0001", 4, "inspection_saved"); // "dn-sync-a1b2c3d4-0001-4-inspection_saved"
 */
export function idempotencyKey(
  inspectionId: string,
  mutationVersion: number,
  itemType: SyncItemType,
): string {
  return `dn-sync-${safe(inspectionId)}-${safe(String(mutationVersion))}-${safe(itemType)}`;
}

/**
 * The item type a record is sent as: withdrawal, photos (DN's rule), a hand-over decision, or a save.
 *
 * @example
 * syncItemTypeFor(withdrawn); // "finding_withdrawn"
 * syncItemTypeFor(draft); // "inspection_saved" while it has no photos
 */
export function syncItemTypeFor(record: FindingRecord): SyncItemType {
  const v = record.vaststelling;
  if (v.registratiestatus === "withdrawn") return "finding_withdrawn";
  const last = record.audit[record.audit.length - 1]?.action;
  if (last === "handover") return "handover_decision";
  if (v.fotobewijs.length > 0) return "field_photos_added";
  return "inspection_saved";
}

const Meta = z.object({
  reopenTriggeredAt: z.string().optional(),
  unableToComplete: z.object({ reden: z.string(), toelichting: z.string().optional() }).optional(),
  intrekkingsToelichting: z.string().optional(),
});

const AuditEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  beforeHash: z.string().nullable(),
  afterHash: z.string(),
  previousHash: z.string().nullable(),
  hash: z.string(),
});

/**
 * The payload of a sync request: the whole record, audit chain included.
 *
 * @example
 * const { success } = SyncPayloadSchema.safeParse({ record }); // the whole record, audit chain included
 */
export const SyncPayloadSchema = z.object({
  record: z.object({ vaststelling: Vaststelling, meta: Meta, audit: z.array(AuditEntrySchema).min(1) }),
  inspectionId: z.string().optional(),
  idempotencyKey: z.string().optional(),
});

/**
 * The body of `POST /api/inspecties/sync` (protocol v1, dn-dispatch §4.12).
 *
 * @example
 * const parsed = SyncRequestSchema.safeParse(JSON.parse(text));
 * if (parsed.success) console.log(parsed.data.idempotencyKey, parsed.data.mutationVersion);
 */
export const SyncRequestSchema = z.object({
  itemId: z.string().min(1),
  itemType: z.enum(Synctypes.codes),
  inspectionId: z.string().min(1),
  idempotencyKey: z.string().min(1),
  /** The record's mutation version: its audit chain length. Ordered per inspection (last writer wins). */
  mutationVersion: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  payload: SyncPayloadSchema,
  deviceId: z.string().min(1),
  attempts: z.number().int().nonnegative(),
});
/**
 * A parsed sync request body.
 *
 * @example
 * const request: SyncRequest = buildSyncRequest(record, { deviceId: "tablet-3", itemId: randomUUID(), createdAt: new Date().toISOString() });
 */
export type SyncRequest = z.infer<typeof SyncRequestSchema>;

/**
 * The server's acknowledgement (201 accepted, 208 duplicate; a 409 carries the original in `original`).
 *
 * @example
 * const acks = (await outbox.items()).filter((i) => i.status === "synced").map((i) => i.ack as SyncAck);
 * for (const a of acks) console.log(a.syncEventId, a.mappedStatus, a.processedAt);
 */
export interface SyncAck {
  readonly outcome: "accepted" | "duplicate";
  readonly inspectionId: string;
  readonly idempotencyKey: string;
  readonly syncEventId: string;
  readonly processedAt: string;
  readonly serverVersion: string;
  readonly mappedStatus: CanonicalStatus;
  readonly statusMappingSource: string;
}

/**
 * Builds the request body that sends a record's current state.
 *
 * @example
 * const body = buildSyncRequest(record, { deviceId: "tablet-3", itemId: randomUUID(), createdAt: new Date().toISOString() });
 * const response = await httpSyncTransport("http://127.0.0.1:8080/api/inspecties/sync")(body);
 */
export function buildSyncRequest(
  record: FindingRecord,
  options: {
    deviceId: string;
    itemId: string;
    createdAt: string;
    itemType?: SyncItemType;
    attempts?: number;
  },
): SyncRequest {
  const itemType = options.itemType ?? syncItemTypeFor(record);
  const inspectionId = record.vaststelling.vaststellingId;
  const mutationVersion = mutationVersionOf(record);
  const key = idempotencyKey(inspectionId, mutationVersion, itemType);
  return {
    itemId: options.itemId,
    itemType,
    inspectionId,
    idempotencyKey: key,
    mutationVersion,
    createdAt: options.createdAt,
    payload: { record: record as SyncRequest["payload"]["record"], inspectionId, idempotencyKey: key },
    deviceId: options.deviceId,
    attempts: options.attempts ?? 0,
  };
}
