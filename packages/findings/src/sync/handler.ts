import { SyncEvent } from "@digitale-nuts/oslo";
import type { ChecklistSchema } from "../checklist/checklist-schema.js";
import { DN_V2_CORE_CHECKLIST } from "../checklist/dn-v2-core.js";
import { type ValidationOptions, validate } from "../checklist/validate.js";
import { hashCanonical } from "../hash.js";
import { verifyAuditChain } from "../record/audit-chain.js";
import { fingerprintContext } from "../record/context.js";
import type { FindingRecord } from "../record/finding-record.js";
import type { FindingsStore, StoredSyncEvent } from "../store/findings-store.js";
import { mapCanonicalStatus } from "./canonical-status.js";
import { idempotencyKey, SYNC_SERVER_VERSION, type SyncAck, SyncRequestSchema } from "./protocol.js";

/**
 * A framework-neutral HTTP request: what node:http, Express, Fastify or a fetch handler can all give.
 *
 * @example
 * const request: SyncHttpRequest = { method: req.method, headers: Object.fromEntries(req.headers), body: await req.text() };
 * const response = await handleSyncRequest(request, store);
 */
export interface SyncHttpRequest {
  readonly method: string;
  /** Header names in any case. */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly body: string | Uint8Array;
}

/**
 * The response to write back.
 *
 * @example
 * const { status, headers, body }: SyncHttpResponse = await handleSyncRequest(request, store);
 * return new Response(body, { status, headers });
 */
export interface SyncHttpResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/**
 * Options of {@link handleSyncRequest}.
 *
 * @example
 * const options: SyncHandlerOptions = { maxBodyBytes: 10 * 1024 * 1024, now: () => new Date("2026-03-10T12:00:00Z") };
 * const response = await handleSyncRequest(request, store, options);
 */
export interface SyncHandlerOptions {
  /** Largest accepted body in bytes. Default 25 MiB (the prototype's limit). */
  readonly maxBodyBytes?: number;
  /** Checklist the publication gates run against for records that claim to be valid. Default the DN v2 core. */
  readonly checklist?: ChecklistSchema;
  readonly validation?: ValidationOptions;
  /** Clock and id source, injectable for deterministic tests. */
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/**
 * Default body limit: 25 MiB.
 *
 * @example
 * DEFAULT_MAX_SYNC_BODY_BYTES; // 26_214_400 (25 MiB)
 */
export const DEFAULT_MAX_SYNC_BODY_BYTES = 25 * 1024 * 1024;

const CLAIMS_VALID = new Set(["valid", "queued", "synced"]);

/**
 * Handles `POST /api/inspecties/sync` (protocol v1): 201 accepted, 208 duplicate (same key and
 * payload: the original event comes back), 409 conflict (same key, other payload: the original
 * comes back, the rejected payload is kept), 422 validation failed, 400 bad JSON, 413 too large,
 * 405 wrong method, 500 store failure. A context that differs from the one already stored for the
 * inspection is a 422 (`context_changed`): the context is immutable. The event is committed
 * before the response is built, so a crash before the ack only makes the client retry into a 208.
 *
 * @example
 * createServer(createNodeSyncListener(store)).listen(8080, "127.0.0.1");
 */
export async function handleSyncRequest(
  request: SyncHttpRequest,
  store: FindingsStore,
  options: SyncHandlerOptions = {},
): Promise<SyncHttpResponse> {
  if (request.method.toUpperCase() !== "POST")
    return respond(405, { outcome: "rejected", error: "METHOD_NOT_ALLOWED" }, { allow: "POST" });
  const max = options.maxBodyBytes ?? DEFAULT_MAX_SYNC_BODY_BYTES;
  if (byteLength(request.body) > max)
    return respond(413, { outcome: "rejected", error: "PAYLOAD_TOO_LARGE", maxBytes: max });

  let json: unknown;
  try {
    const text =
      typeof request.body === "string"
        ? request.body
        : new TextDecoder("utf-8", { fatal: true }).decode(request.body);
    if (!text.trim()) return respond(400, { outcome: "rejected", error: "EMPTY_BODY" });
    json = JSON.parse(text);
  } catch {
    return respond(400, {
      outcome: "rejected",
      error: "BAD_JSON",
      message: "De body is geen geldige UTF-8 JSON.",
    });
  }

  const parsed = SyncRequestSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({
      path: i.path.join("."),
      code: "schema_invalid",
      message: i.message,
    }));
    return respond(422, { outcome: "rejected", error: "VALIDATION_FAILED", details });
  }
  const body = parsed.data;
  // Hash and keep the payload exactly as sent; the record's own hashes were made over it.
  const raw = (json as { payload: { record: FindingRecord } }).payload;
  const record = raw.record;
  const details = await checkConsistency(request, body, record, options);
  if (details.length) return respond(422, { outcome: "rejected", error: "VALIDATION_FAILED", details });

  const now = (options.now ?? (() => new Date()))();
  const mapped = mapCanonicalStatus(record.vaststelling);
  try {
    // The fingerprint check above only ties the context to the record's own fingerprint; a client
    // that recomputes both could still move a finding. The context is immutable, so it must also
    // match what the server already holds for this inspection.
    // A key the server already knows is answered by the store as a duplicate (208) or a conflict (409),
    // whatever the payload holds; the context check applies to new mutations only.
    const stored = await store.getFinding(body.inspectionId);
    const knownKey =
      stored !== undefined &&
      (await store.listSyncEvents(body.inspectionId)).some((e) => e.idempotencyKey === body.idempotencyKey);
    if (
      stored &&
      !knownKey &&
      stored.record.vaststelling.contextVingerafdruk !== record.vaststelling.contextVingerafdruk
    ) {
      return respond(422, {
        outcome: "rejected",
        error: "VALIDATION_FAILED",
        details: [
          {
            path: "payload.record.vaststelling.contextVingerafdruk",
            code: "context_changed",
            message:
              "De context verschilt van die van de gesynchroniseerde vaststelling; de context is onveranderlijk, maak een nieuwe vaststelling.",
          },
        ],
      });
    }
    const result = await store.recordSync({
      syncEventId: (options.newId ?? (() => globalThis.crypto.randomUUID()))(),
      idempotencyKey: body.idempotencyKey,
      inspectionId: body.inspectionId,
      itemType: body.itemType,
      mutationVersion: body.mutationVersion,
      payloadHash: await hashCanonical(raw),
      payload: raw,
      record,
      recordUpdatedAt: record.vaststelling.gewijzigdOp ?? record.vaststelling.vastgesteldOp,
      mappedStatus: mapped.status,
      statusMappingSource: mapped.source,
      deviceId: body.deviceId,
      attempts: body.attempts,
      sourceCreatedAt: body.createdAt,
      receivedAt: now.toISOString(),
    });
    if (result.outcome === "conflict") {
      return respond(409, {
        outcome: "conflict",
        error: "IDEMPOTENCY_CONFLICT",
        message:
          "Deze idempotentiesleutel werd al gebruikt voor een andere inhoud; verhoog de mutatieversie.",
        original: ack("duplicate", result.event),
      });
    }
    return respond(result.outcome === "accepted" ? 201 : 208, {
      ...ack(result.outcome, result.event),
      applied: result.applied,
    });
  } catch {
    return respond(500, { outcome: "failed", error: "SYNC_ENDPOINT_ERROR" });
  }
}

/**
 * The acknowledgement body for a stored event.
 *
 * @example
 * const body = ack("duplicate", event); // { outcome: "duplicate", syncEventId, processedAt, serverVersion: "dn-sync-api-v1", … }
 */
export function ack(outcome: SyncAck["outcome"], event: StoredSyncEvent): SyncAck {
  return {
    outcome,
    inspectionId: event.inspectionId,
    idempotencyKey: event.idempotencyKey,
    syncEventId: event.syncEventId,
    processedAt: event.receivedAt,
    serverVersion: SYNC_SERVER_VERSION,
    mappedStatus: event.mappedStatus,
    statusMappingSource: event.statusMappingSource,
  };
}

/**
 * A stored event as an OSLO `SyncEvent`, e.g. for the KPI package's freshness and sync figures.
 *
 * @example
 * const events = (await store.listSyncEvents(inspectionId)).map((e) => toOsloSyncEvent(e));
 */
export function toOsloSyncEvent(
  event: StoredSyncEvent,
  outcome: SyncEvent["uitkomst"] = "accepted",
): SyncEvent {
  return SyncEvent.parse({
    type: "SyncEvent",
    syncEventId: event.syncEventId,
    bron: "findings",
    onderwerp: event.inspectionId,
    uitkomst: outcome,
    ontvangenOp: event.receivedAt,
    bronTijdstip: event.sourceCreatedAt,
    synctype: event.itemType,
    idempotentieSleutel: event.idempotencyKey,
    mutatieVersie: String(event.mutationVersion),
    payloadHash: event.payloadHash,
    canoniekeStatus: event.mappedStatus,
    toestelId: event.deviceId,
    pogingen: event.attempts,
  }) as SyncEvent;
}

type Detail = { path: string; code: string; message: string };

async function checkConsistency(
  request: SyncHttpRequest,
  body: ReturnType<typeof SyncRequestSchema.parse>,
  record: FindingRecord,
  options: SyncHandlerOptions,
): Promise<Detail[]> {
  const details: Detail[] = [];
  const header = headerValue(request.headers, "x-idempotency-key");
  if (header !== undefined && header !== body.idempotencyKey) {
    details.push({
      path: "headers.x-idempotency-key",
      code: "key_mismatch",
      message: "X-Idempotency-Key verschilt van idempotencyKey in de body.",
    });
  }
  const expectedKey = idempotencyKey(body.inspectionId, body.mutationVersion, body.itemType);
  if (body.idempotencyKey !== expectedKey) {
    details.push({
      path: "idempotencyKey",
      code: "key_format",
      message: `Verwacht ${expectedKey} (inspectionId + mutationVersion + itemType).`,
    });
  }
  if (body.payload.idempotencyKey !== undefined && body.payload.idempotencyKey !== body.idempotencyKey) {
    details.push({
      path: "payload.idempotencyKey",
      code: "key_mismatch",
      message: "payload.idempotencyKey verschilt van idempotencyKey.",
    });
  }
  if (body.payload.inspectionId !== undefined && body.payload.inspectionId !== body.inspectionId) {
    details.push({
      path: "payload.inspectionId",
      code: "inspection_mismatch",
      message: "payload.inspectionId verschilt van inspectionId.",
    });
  }
  if (record.vaststelling.vaststellingId !== body.inspectionId) {
    details.push({
      path: "payload.record.vaststelling.vaststellingId",
      code: "inspection_mismatch",
      message: "De vaststelling hoort niet bij inspectionId.",
    });
  }
  if (record.audit.length !== body.mutationVersion) {
    details.push({
      path: "mutationVersion",
      code: "version_mismatch",
      message: `mutationVersion ${body.mutationVersion} ≠ lengte van de auditketen (${record.audit.length}).`,
    });
  }
  if ((await fingerprintContext(record.vaststelling.context)) !== record.vaststelling.contextVingerafdruk) {
    details.push({
      path: "payload.record.vaststelling.context",
      code: "context_fingerprint_mismatch",
      message: "De context komt niet overeen met zijn vingerafdruk.",
    });
  }
  const chain = await verifyAuditChain(record.audit, record);
  for (const issue of chain.issues)
    details.push({ path: `payload.record.audit[${issue.index}]`, code: issue.code, message: issue.message });
  if (CLAIMS_VALID.has(record.vaststelling.registratiestatus)) {
    const result = validate(record, options.checklist ?? DN_V2_CORE_CHECKLIST, options.validation);
    for (const issue of result.issues)
      details.push({ path: `payload.record.${issue.path}`, code: issue.code, message: issue.message });
  }
  return details;
}

function headerValue(headers: SyncHttpRequest["headers"], name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value[0] : (value as string | undefined);
  }
  return undefined;
}

function byteLength(body: string | Uint8Array): number {
  return typeof body === "string" ? utf8Length(body) : body.byteLength;
}

/** UTF-8 length of a string without encoding it. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function respond(status: number, body: unknown, headers: Record<string, string> = {}): SyncHttpResponse {
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body: JSON.stringify(body),
  };
}
