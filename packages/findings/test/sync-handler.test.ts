import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  buildSyncRequest,
  createDnV2CoreChecklist,
  createNodeSyncListener,
  createPgliteFindingsStore,
  type FindingsStore,
  handleSyncRequest,
  mapCanonicalStatus,
  SYNC_SERVER_VERSION,
  toOsloSyncEvent,
  updateFinding,
} from "@digitale-nuts/findings";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { by, completeDraft, context, queuedFinding } from "./support/fixtures.js";

let store: FindingsStore;
beforeAll(async () => {
  store = await createPgliteFindingsStore();
});
afterAll(async () => {
  await store.close();
});

const post = (body: unknown, headers: Record<string, string> = {}, options = {}) =>
  handleSyncRequest(
    { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) },
    store,
    options,
  );
const request = async (id: string) =>
  buildSyncRequest(await queuedFinding(id), {
    deviceId: "dev-1",
    itemId: `item-${id}`,
    createdAt: "2026-03-10T09:12:00Z",
  });

describe("handleSyncRequest status codes", () => {
  it("201 accepts a new mutation and acknowledges with the mapped canonical status", async () => {
    const body = await request("h-201");
    const r = await post(body, { "X-Idempotency-Key": body.idempotencyKey });
    expect(r.status).toBe(201);
    const ack = JSON.parse(r.body);
    expect(ack).toMatchObject({
      outcome: "accepted",
      inspectionId: "h-201",
      idempotencyKey: body.idempotencyKey,
      serverVersion: SYNC_SERVER_VERSION,
      mappedStatus: "in_progress",
      statusMappingSource: "formData.status=in_behandeling",
      applied: true,
    });
    expect(body.idempotencyKey).toBe(`dn-sync-h-201-${body.mutationVersion}-field_photos_added`);
    const [event] = await store.listSyncEvents("h-201");
    expect(toOsloSyncEvent(event as never)).toMatchObject({
      type: "SyncEvent",
      bron: "findings",
      uitkomst: "accepted",
      mutatieVersie: String(body.mutationVersion),
    });
  });

  it("208 for the same key and payload returns the original event, even with other attempts/device", async () => {
    const body = await request("h-208");
    const first = JSON.parse((await post(body)).body);
    const again = await post({ ...body, attempts: 3, deviceId: "dev-2" });
    expect(again.status).toBe(208);
    const dup = JSON.parse(again.body);
    expect(dup.outcome).toBe("duplicate");
    expect([dup.syncEventId, dup.processedAt, dup.mappedStatus]).toEqual([
      first.syncEventId,
      first.processedAt,
      first.mappedStatus,
    ]);
  });

  it("409 for the same key with another payload, keeping the first and the conflicting payload", async () => {
    const draft = await completeDraft("h-409");
    const a = (await updateFinding(draft, { opmerking: "A" }, by())).record;
    const b = (await updateFinding(draft, { opmerking: "B" }, by())).record;
    const before = (await store.counts()).conflicts;
    expect(
      (await post(buildSyncRequest(a, { deviceId: "d1", itemId: "a", createdAt: "2026-03-10T10:00:00Z" })))
        .status,
    ).toBe(201);
    const conflicting = buildSyncRequest(b, {
      deviceId: "d2",
      itemId: "b",
      createdAt: "2026-03-10T10:00:00Z",
    });
    const r = await post(conflicting);
    expect(r.status).toBe(409);
    expect(JSON.parse(r.body)).toMatchObject({
      outcome: "conflict",
      error: "IDEMPOTENCY_CONFLICT",
      original: { inspectionId: "h-409" },
    });
    expect((await store.counts()).conflicts).toBe(before + 1);
    // A retried 409 (the device did not get the answer) is idempotent: same answer, nothing new stored.
    const again = await post({ ...conflicting, attempts: 1 });
    expect([again.status, again.body]).toEqual([r.status, r.body]);
    expect((await store.counts()).conflicts).toBe(before + 1);
  });

  it("422 for a later mutation that swaps the immutable context, even with a recomputed fingerprint", async () => {
    const original = await request("h-ctx");
    expect((await post(original)).status).toBe(201);
    // Another record under the same id: other context, its own valid fingerprint and audit chain, one version ahead.
    let ahead = await completeDraft("h-ctx", {}, { ...context, gipodId: "19999999", werkId: "W-666" });
    for (const opmerking of ["a", "b", "c"]) ahead = (await updateFinding(ahead, { opmerking }, by())).record;
    const body = buildSyncRequest(ahead, {
      deviceId: "dev-x",
      itemId: "x",
      createdAt: "2026-03-10T09:31:00Z",
    });
    expect(body.mutationVersion).toBeGreaterThan(original.mutationVersion);
    const r = await post(body);
    expect(r.status).toBe(422);
    expect(JSON.parse(r.body).details.map((d: { code: string }) => d.code)).toEqual(["context_changed"]);
    const stored = await store.getFinding("h-ctx");
    expect(stored?.record.vaststelling.context.gipodId).toBe(context.gipodId);
    expect(stored?.mutationVersion).toBe(original.mutationVersion);
  });

  it("409, not 422, when a known key comes back with another context: key reuse is a conflict first", async () => {
    const original = await request("h-ctx-key");
    expect((await post(original)).status).toBe(201);
    const other = await queuedFinding("h-ctx-key", {}, { ...context, gipodId: "19999998" });
    const replay = buildSyncRequest(other, {
      deviceId: "dev-y",
      itemId: "y",
      createdAt: "2026-03-10T09:32:00Z",
    });
    expect(replay.idempotencyKey).toBe(original.idempotencyKey);
    const r = await post(replay);
    expect(r.status).toBe(409);
    expect((await store.getFinding("h-ctx-key"))?.record.vaststelling.context.gipodId).toBe(context.gipodId);
  });

  it("405 for another method, with Allow: POST", async () => {
    const r = await handleSyncRequest({ method: "GET", headers: {}, body: "" }, store);
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe("POST");
  });

  it.each([
    ["invalid JSON", "{not json"],
    ["an empty body", "  "],
    ["invalid UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
  ])("400 for %s", async (_, body) => {
    const r = await handleSyncRequest({ method: "POST", headers: {}, body }, store);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).outcome).toBe("rejected");
  });

  it("413 above the size limit", async () => {
    const body = await request("h-413");
    const r = await post(body, {}, { maxBodyBytes: 1000 });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ error: "PAYLOAD_TOO_LARGE", maxBytes: 1000 });
  });

  it("422 lists schema problems by path", async () => {
    const r = await post({ itemType: "nonsense", inspectionId: "" });
    expect(r.status).toBe(422);
    const paths = JSON.parse(r.body).details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(["itemId", "itemType", "inspectionId", "mutationVersion", "payload"]),
    );
  });

  it("422 when keys, ids or versions disagree", async () => {
    const body = await request("h-422");
    const cases: [unknown, Record<string, string>, string][] = [
      [body, { "x-idempotency-key": "other" }, "key_mismatch"],
      [{ ...body, idempotencyKey: "dn-sync-free-form" }, {}, "key_format"],
      [
        {
          ...body,
          mutationVersion: body.mutationVersion + 1,
          idempotencyKey: body.idempotencyKey.replace(/-(\d+)-/, (_, n) => `-${Number(n) + 1}-`),
        },
        {},
        "version_mismatch",
      ],
      [{ ...body, inspectionId: "other" }, {}, "inspection_mismatch"],
    ];
    for (const [b, headers, code] of cases) {
      const r = await post(b, headers);
      expect(r.status).toBe(422);
      expect(JSON.parse(r.body).details.map((d: { code: string }) => d.code)).toContain(code);
    }
  });

  it("422 for a record edited outside the transitions or with a changed context", async () => {
    const body = await request("h-tamper");
    const edited = structuredClone(body);
    edited.payload.record.vaststelling.opmerking = "stiekem";
    expect(JSON.parse((await post(edited)).body).details.map((d: { code: string }) => d.code)).toContain(
      "state_hash_mismatch",
    );
    const moved = structuredClone(body);
    moved.payload.record.vaststelling.context.gipodId = "1";
    expect(JSON.parse((await post(moved)).body).details.map((d: { code: string }) => d.code)).toContain(
      "context_fingerprint_mismatch",
    );
  });

  it("422 when a record that claims to be valid fails the city's gates", async () => {
    const strict = createDnV2CoreChecklist({ districts: ["Berchem"] });
    strict.sections[0]?.fields.push({
      key: "herstelbonNr",
      label: "Herstelbon nr",
      type: "text",
      required: true,
    });
    const r = await post(await request("h-gates"), {}, { checklist: strict });
    expect(r.status).toBe(422);
    const details = JSON.parse(r.body).details;
    expect(details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "required_field_missing",
          path: "payload.record.vaststelling.antwoorden",
        }),
      ]),
    );
  });
});

describe("canonical status mapping (§4.12, rules in order)", () => {
  it.each([
    [{ status: "afgesloten", fase: "tijdelijk_herstel" }, "closed", "formData.status=afgesloten"],
    [{ status: "open", fase: "definitief_herstel" }, "closed", "formData.fase=definitief_herstel"],
    [{ registratiestatus: "synced", fase: "tijdelijk_herstel" }, "closed", "record.completionState=synced"],
    [{ status: "open", fase: "tijdelijk_herstel" }, "temporary_restore", "formData.fase=tijdelijk_herstel"],
    [{ status: "geparkeerd", registratiestatus: "queued" }, "in_progress", "formData.status=geparkeerd"],
    [{ registratiestatus: "valid" }, "in_progress", "record.completionState=valid"],
    [{ registratiestatus: "draft" }, "planned", "default"],
  ] as const)("%o → %s", (input, status, source) => {
    expect(mapCanonicalStatus(input as never)).toEqual({ status, source });
  });
});

describe("node:http listener", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer(createNodeSyncListener(store, { maxBodyBytes: 200_000 }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/inspecties/sync`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("serves the handler over 127.0.0.1 and caps the body while streaming", async () => {
    const body = await request("h-http");
    const ok = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(ok.status).toBe(201);
    const big = await fetch(url, { method: "POST", body: "x".repeat(300_000) });
    expect(big.status).toBe(413);
    expect((await fetch(url.replace("/sync", "/other"), { method: "POST", body: "{}" })).status).toBe(404);
  });
});
