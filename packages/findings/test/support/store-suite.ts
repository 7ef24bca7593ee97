import {
  buildSyncRequest,
  type FindingsStore,
  handleSyncRequest,
  markSynced,
  type OutboxItem,
  updateFinding,
} from "@digitale-nuts/findings";
import { expect, it } from "vitest";
import { by, completeDraft, queuedFinding } from "./fixtures.js";

const post = (store: FindingsStore, body: unknown) =>
  handleSyncRequest(
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    store,
  );

/** The adapter contract every FindingsStore must pass; run against PGlite and PostgreSQL. */
export function storeContract(name: string, open: () => Promise<FindingsStore>) {
  it(`${name}: migrate is idempotent`, async () => {
    const store = await open();
    await store.migrate();
    await store.migrate();
    expect((await store.counts()).events).toBeGreaterThanOrEqual(0);
    await store.close();
  });

  it(`${name}: accepted, duplicate and conflict are decided in one transaction, race-safe`, async () => {
    const store = await open();
    const id = `contract-${name}-${Date.now()}`;
    const record = await queuedFinding(id);
    const body = buildSyncRequest(record, {
      deviceId: "dev-1",
      itemId: "i-1",
      createdAt: "2026-03-10T09:12:00Z",
    });
    // Ten concurrent deliveries of the same mutation: exactly one 201.
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(store, body)));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 208, 208, 208, 208, 208, 208, 208, 208, 208]);
    const ids = new Set(responses.map((r) => JSON.parse(r.body).syncEventId));
    expect(ids.size).toBe(1);

    // Same key, other payload: another device made a different edit at the same version. 409 with the original.
    const draft = await completeDraft(`${id}-c`);
    const mine = (await updateFinding(draft, { opmerking: "mijn versie" }, by())).record;
    const theirs = (await updateFinding(draft, { opmerking: "andere inhoud" }, by())).record;
    const sent = await post(
      store,
      buildSyncRequest(mine, { deviceId: "dev-1", itemId: "m", createdAt: "2026-03-10T09:12:00Z" }),
    );
    const original = JSON.parse(sent.body).syncEventId;
    const conflict = await post(
      store,
      buildSyncRequest(theirs, { deviceId: "dev-2", itemId: "t", createdAt: "2026-03-10T09:12:00Z" }),
    );
    expect(conflict.status).toBe(409);
    expect(JSON.parse(conflict.body).original.syncEventId).toBe(original);
    expect((await store.getFinding(`${id}-c`))?.record.vaststelling.opmerking).toBe("mijn versie");
    expect((await store.getFinding(id))?.mutationVersion).toBe(record.audit.length);
    await store.close();
  });

  it(`${name}: last writer by mutationVersion, whatever the arrival order`, async () => {
    const store = await open();
    const id = `order-${name}-${Date.now()}`;
    const v1 = await completeDraft(id);
    const v2 = (await updateFinding(v1, { opmerking: "tweede" }, by("2026-03-10T10:00:00Z"))).record;
    const v3 = (await updateFinding(v2, { opmerking: "derde" }, by("2026-03-10T11:00:00Z"))).record;
    const req = (r: typeof v1, n: number) =>
      buildSyncRequest(r, { deviceId: "dev-1", itemId: `i-${n}`, createdAt: "2026-03-10T12:00:00Z" });
    expect((await post(store, req(v3, 3))).status).toBe(201);
    const late = await post(store, req(v1, 1));
    expect(late.status).toBe(201);
    expect(JSON.parse(late.body).applied).toBe(false);
    expect((await post(store, req(v2, 2))).status).toBe(201);
    const stored = await store.getFinding(id);
    expect(stored?.mutationVersion).toBe(v3.audit.length);
    expect(stored?.record.vaststelling.opmerking).toBe("derde");
    expect((await store.listSyncEvents(id)).map((e) => e.mutationVersion)).toEqual([
      v1.audit.length,
      v2.audit.length,
      v3.audit.length,
    ]);
    await store.close();
  });

  it(`${name}: a failure inside the transaction rolls back everything`, async () => {
    const store = await open();
    const id = `rollback-${name}-${Date.now()}`;
    const record = await queuedFinding(id);
    const before = await store.counts();
    // A record whose registratiestatus is too long for nothing, but whose event id collides with an existing row's primary key.
    const body = buildSyncRequest(record, {
      deviceId: "dev-1",
      itemId: "i-1",
      createdAt: "2026-03-10T09:12:00Z",
    });
    const first = await handleSyncRequest(
      { method: "POST", headers: {}, body: JSON.stringify(body) },
      store,
      { newId: () => `fixed-${id}` },
    );
    expect(first.status).toBe(201);
    const synced = (await markSynced(record, by())).record;
    const again = buildSyncRequest(synced, {
      deviceId: "dev-1",
      itemId: "i-2",
      createdAt: "2026-03-10T09:13:00Z",
    });
    // Same sync_event_id → primary key violation after the idempotency check: a 500, and nothing half-written.
    const broken = await handleSyncRequest(
      { method: "POST", headers: {}, body: JSON.stringify(again) },
      store,
      { newId: () => `fixed-${id}` },
    );
    expect(broken.status).toBe(500);
    expect(broken.body).not.toMatch(/password|postgres:\/\//);
    const after = await store.counts();
    expect(after.events - before.events).toBe(1);
    expect((await store.getFinding(id))?.mutationVersion).toBe(record.audit.length);
    // The retry with a fresh id goes through: nothing was lost.
    const retry = await handleSyncRequest(
      { method: "POST", headers: {}, body: JSON.stringify(again) },
      store,
    );
    expect(retry.status).toBe(201);
    expect((await store.getFinding(id))?.mutationVersion).toBe(synced.audit.length);
    await store.close();
  });

  it(`${name}: outbox items persist in order and keep one row per idempotency key`, async () => {
    const store = await open();
    const id = `outbox-${name}-${Date.now()}`;
    const r1 = await completeDraft(id);
    const r2 = (await updateFinding(r1, { opmerking: "b" }, by())).record;
    const item = (r: typeof r1, itemId: string): OutboxItem => {
      const body = buildSyncRequest(r, { deviceId: "dev", itemId, createdAt: "2026-03-10T09:00:00Z" });
      return {
        itemId,
        idempotencyKey: body.idempotencyKey,
        inspectionId: body.inspectionId,
        itemType: body.itemType,
        mutationVersion: body.mutationVersion,
        body,
        status: "pending",
        attempts: 0,
        createdAt: "2026-03-10T09:00:00Z",
        updatedAt: "2026-03-10T09:00:00Z",
      };
    };
    const a = await store.outboxPut(item(r1, `${id}-a`));
    const b = await store.outboxPut(item(r2, `${id}-b`));
    const dup = await store.outboxPut(item(r1, `${id}-c`));
    expect(dup.itemId).toBe(a.itemId);
    await store.outboxUpdate({
      ...a,
      status: "synced",
      attempts: 1,
      responseCode: 201,
      updatedAt: "2026-03-10T09:01:00Z",
    });
    const pending = (await store.outboxPending()).filter((i) => i.inspectionId === id);
    expect(pending.map((i) => i.itemId)).toEqual([b.itemId]);
    const all = (await store.outboxList()).filter((i) => i.inspectionId === id);
    expect(all.map((i) => [i.itemId, i.status, i.responseCode ?? null])).toEqual([
      [a.itemId, "synced", 201],
      [b.itemId, "pending", null],
    ]);
    expect(all[1]?.body).toEqual(item(r2, `${id}-b`).body);
    await store.close();
  });

  it(`${name}: listFindings pages in (updatedAt, id) order and honours since`, async () => {
    const store = await open();
    const prefix = `list-${name}-${Date.now()}`;
    for (let i = 0; i < 7; i++) {
      const r = await completeDraft(`${prefix}-${i}`);
      const edited = (await updateFinding(r, { opmerking: `r${i}` }, by(`2031-01-0${1 + (i % 3)}T00:00:00Z`)))
        .record;
      await post(
        store,
        buildSyncRequest(edited, {
          deviceId: "d",
          itemId: `${prefix}-${i}`,
          createdAt: "2031-01-01T00:00:00Z",
        }),
      );
    }
    const seen: string[] = [];
    for await (const f of store.listFindings({ since: "2031-01-02T00:00:00Z", pageSize: 2 }))
      if (f.inspectionId.startsWith(prefix)) seen.push(`${f.updatedAt}|${f.inspectionId}`);
    expect(seen).toEqual([...seen].sort());
    expect(seen.length).toBe(4);
    await store.close();
  });
}
