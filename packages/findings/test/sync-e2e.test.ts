import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  backoffDelay,
  buildSyncRequest,
  createFinding,
  createOutbox,
  createPgliteFindingsStore,
  DEFAULT_RETRY_POLICY,
  type FindingRecord,
  type FindingsStore,
  handleSyncRequest,
  hashCanonical,
  httpSyncTransport,
  type OutboxProgress,
  type SyncTransport,
  seededRandom,
  updateFinding,
  verifyAuditChain,
} from "@digitale-nuts/findings";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { context } from "./support/fixtures.js";
import { memoryOutboxStore } from "./support/memory-outbox.js";

// 10,000 mutations take over two minutes here (PGlite serialises every transaction), far over the
// suite budget; the default is 1,000 and DN_E2E_MUTATIONS=10000 runs the full size.
const TOTAL = Number(process.env.DN_E2E_MUTATIONS ?? 1000);
const DEVICES = 5;
const VERSIONS = 10;
const FINDINGS_PER_DEVICE = Math.max(1, Math.round(TOTAL / DEVICES / VERSIONS));

let store: FindingsStore;
let server: Server;
let url: string;
const log: { key: string; status: number }[] = [];

beforeAll(async () => {
  store = await createPgliteFindingsStore();
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const r = await handleSyncRequest(
        { method: req.method ?? "", headers: req.headers, body: Buffer.concat(chunks) },
        store,
      );
      log.push({ key: String(req.headers["x-idempotency-key"]), status: r.status });
      res.writeHead(r.status, r.headers).end(r.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/inspecties/sync`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.close();
});

/** A transport that loses requests, loses responses and delivers some requests twice. */
function faultyTransport(
  inner: SyncTransport,
  random: () => number,
  stats: { lostRequests: number; lostResponses: number; duplicates: number },
): SyncTransport {
  return async (request, signal) => {
    const roll = random();
    if (roll < 0.1) {
      stats.lostRequests++;
      throw new Error("simulated: connection reset before the request arrived");
    }
    const response = await inner(request, signal);
    if (roll < 0.2) {
      stats.lostResponses++;
      throw new Error("simulated: connection reset before the response arrived");
    }
    if (roll < 0.3) {
      stats.duplicates++;
      await inner(request, signal);
    }
    return response;
  };
}

describe(`end to end over 127.0.0.1: ${DEVICES} devices, ${DEVICES * FINDINGS_PER_DEVICE * VERSIONS} mutations`, () => {
  it(
    "keeps exactly the latest state of every finding; duplicates get 208, conflicting replays 409, nothing is missing",
    async () => {
      const stats = { lostRequests: 0, lostResponses: 0, duplicates: 0 };
      const http = httpSyncTransport(url);
      const retries: number[] = [];
      const devices = Array.from({ length: DEVICES }, (_, d) => {
        const deviceId = `toestel-${d + 1}`;
        const outboxStore = memoryOutboxStore();
        return {
          deviceId,
          outboxStore,
          outbox: createOutbox({
            store: outboxStore,
            deviceId,
            transport: faultyTransport(http, seededRandom(`${deviceId}-net`), stats),
            retry: { maxAttempts: 30 },
            sleep: async (ms) => {
              retries.push(ms);
            },
            onProgress: (p: OutboxProgress) => p.phase === "failed" && retries.push(-1),
          }),
          history: new Map<string, FindingRecord[]>(),
        };
      });

      await Promise.all(
        devices.map(async (device, d) => {
          for (let v = 0; v < VERSIONS; v++) {
            for (let f = 0; f < FINDINGS_PER_DEVICE; f++) {
              const id = `e2e-${d}-${f}`;
              const at = `2026-03-10T${String(8 + v).padStart(2, "0")}:${String(f % 60).padStart(2, "0")}:00Z`;
              const history = device.history.get(id) ?? [];
              const previous = history[history.length - 1];
              const { record } = previous
                ? await updateFinding(
                    previous,
                    {
                      opmerking: `versie ${v + 1} van ${id}`,
                      status: v % 3 === 0 ? "open" : "in_behandeling",
                    },
                    { actor: "insp-07", at },
                  )
                : await createFinding(
                    context,
                    { vaststellingId: id, toezichter: "insp-07" },
                    { actor: "insp-07", at },
                  );
              history.push(record);
              device.history.set(id, history);
              await device.outbox.enqueue(record);
            }
            if (v % 3 === 2) await device.outbox.flush();
          }
          await device.outbox.flush();
        }),
      );

      // Conflicting replays: another edit at an already-used version, for one finding per device.
      const conflicts = await Promise.all(
        devices.map(async (device, d) => {
          const history = device.history.get(`e2e-${d}-0`) as FindingRecord[];
          const base = history[history.length - 2] as FindingRecord;
          const other = (
            await updateFinding(
              base,
              { opmerking: "een andere bewerking" },
              { actor: "insp-07", at: "2026-03-11T08:00:00Z" },
            )
          ).record;
          return http(
            buildSyncRequest(other, {
              deviceId: device.deviceId,
              itemId: `conflict-${d}`,
              createdAt: "2026-03-11T08:00:00Z",
            }),
          );
        }),
      );
      expect(conflicts.map((c) => c.status)).toEqual(Array(DEVICES).fill(409));

      // Every outbox item was acknowledged; none ran out of attempts.
      const items = (await Promise.all(devices.map((d) => d.outboxStore.outboxList()))).flat();
      expect(items).toHaveLength(DEVICES * FINDINGS_PER_DEVICE * VERSIONS);
      expect(items.filter((i) => i.status !== "synced")).toEqual([]);
      expect(retries).not.toContain(-1);
      expect(stats.lostRequests + stats.lostResponses + stats.duplicates).toBeGreaterThan(0);

      // Per key: the first delivery got 201, every later delivery of that payload 208.
      const byKey = new Map<string, number[]>();
      for (const { key, status } of log) byKey.set(key, [...(byKey.get(key) ?? []), status]);
      const conflictKeys = new Set(
        conflicts.map((c) => (c.body as { original: { idempotencyKey: string } }).original.idempotencyKey),
      );
      let duplicateDeliveries = 0;
      for (const [key, statuses] of byKey) {
        const expected = statuses.map((_, i) => (i === 0 ? 201 : 208));
        const seen = conflictKeys.has(key) ? statuses.filter((s) => s !== 409) : statuses;
        expect(seen, key).toEqual(expected.slice(0, seen.length));
        duplicateDeliveries += seen.length - 1;
      }
      expect(duplicateDeliveries).toBeGreaterThanOrEqual(stats.lostResponses + stats.duplicates);
      expect(byKey.size).toBe(items.length);

      // The store holds exactly the latest state of every finding, and every event.
      const counts = await store.counts();
      expect(counts).toMatchObject({
        findings: DEVICES * FINDINGS_PER_DEVICE,
        events: items.length,
        conflicts: DEVICES,
      });
      for (const device of devices) {
        for (const [id, history] of device.history) {
          const latest = history[history.length - 1] as FindingRecord;
          const stored = await store.getFinding(id);
          expect(stored?.mutationVersion).toBe(VERSIONS);
          expect(await hashCanonical(stored?.record)).toBe(await hashCanonical(latest));
          expect((await verifyAuditChain(latest.audit, stored?.record)).valid).toBe(true);
        }
      }
    },
    Math.max(60_000, TOTAL * 60),
  );
});

describe("outbox", () => {
  it("backs off exponentially with seeded jitter, capped", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    const a = [1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, policy, seededRandom(7)));
    expect(a).toEqual([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, policy, seededRandom(7))));
    [100, 200, 400, 800, 1000, 1000].forEach((cap, i) => {
      expect(a[i]).toBeGreaterThanOrEqual(cap / 2);
      expect(a[i]).toBeLessThanOrEqual(cap);
    });
  });

  it("stops after maxAttempts, reports progress, and retryFailed puts the item back", async () => {
    const outboxStore = memoryOutboxStore();
    const phases: string[] = [];
    let calls = 0;
    const outbox = createOutbox({
      store: outboxStore,
      deviceId: "t-1",
      transport: async () => {
        calls++;
        return { status: 503, body: { error: "down" } };
      },
      retry: { maxAttempts: 3 },
      sleep: async () => undefined,
      onProgress: (p) => phases.push(p.phase),
    });
    const { record } = await createFinding(
      context,
      { vaststellingId: "o-1", toezichter: "insp-07" },
      { actor: "insp-07", at: "2026-03-10T08:00:00Z" },
    );
    await outbox.enqueue(record);
    expect(await outbox.flush()).toEqual({ synced: 0, conflicts: 0, rejected: 0, failed: 1 });
    expect(calls).toBe(3);
    expect(phases).toEqual(["sending", "retry", "sending", "retry", "sending", "failed"]);
    expect((await outbox.items())[0]).toMatchObject({
      status: "failed",
      attempts: 3,
      responseCode: 503,
      lastError: "HTTP 503",
    });
    expect(await outbox.retryFailed()).toBe(1);
    expect((await outbox.items())[0]).toMatchObject({ status: "pending", attempts: 0 });
  });

  it("does not retry a 422 and keeps the reason", async () => {
    const outboxStore = memoryOutboxStore();
    const outbox = createOutbox({
      store: outboxStore,
      deviceId: "t-2",
      transport: async () => ({ status: 422, body: { error: "VALIDATION_FAILED" } }),
      sleep: async () => undefined,
    });
    const { record } = await createFinding(
      context,
      { vaststellingId: "o-2", toezichter: "insp-07" },
      { actor: "insp-07", at: "2026-03-10T08:00:00Z" },
    );
    await outbox.enqueue(record);
    expect(await outbox.flush()).toMatchObject({ rejected: 1 });
    expect((await outbox.items())[0]).toMatchObject({
      status: "rejected",
      attempts: 1,
      lastError: "HTTP 422: VALIDATION_FAILED",
    });
  });

  it("survives a restart: items queued in a file-backed PGlite are sent after reopening", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dn-outbox-"));
    try {
      const first = await createPgliteFindingsStore({ dataDir: dir });
      const offline = createOutbox({
        store: first,
        deviceId: "t-3",
        transport: async () => Promise.reject(new Error("offline")),
        retry: { maxAttempts: 1 },
      });
      let { record } = await createFinding(
        context,
        { vaststellingId: "o-3", toezichter: "insp-07" },
        { actor: "insp-07", at: "2026-03-10T08:00:00Z" },
      );
      await offline.enqueue(record);
      ({ record } = await updateFinding(
        record,
        { opmerking: "tweede" },
        { actor: "insp-07", at: "2026-03-10T08:05:00Z" },
      ));
      await offline.enqueue(record);
      await offline.flush();
      await first.close();

      const reopened = await createPgliteFindingsStore({ dataDir: dir });
      const before = await reopened.outboxList();
      expect(before.map((i) => [i.mutationVersion, i.status])).toEqual([
        [1, "failed"],
        [2, "failed"],
      ]);
      const online = createOutbox({ store: reopened, deviceId: "t-3", transport: httpSyncTransport(url) });
      await online.retryFailed();
      expect(await online.flush()).toMatchObject({ synced: 2 });
      expect((await store.getFinding("o-3"))?.record.vaststelling.opmerking).toBe("tweede");
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
