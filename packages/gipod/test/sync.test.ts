import { GipodRequestError, type SyncCheckpoint } from "@digitale-nuts/gipod";
import type { GipodMock, OccupancyItem } from "@digitale-nuts/gipod-mock";
import type { Inname } from "@digitale-nuts/oslo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withMock } from "./helpers/mock.js";

const NIS = ["11002", "44021"];

/** The caller's copy of GIPOD: gipodId → lastModifiedOn. */
type Copy = Map<number, string>;
const apply = (copy: Copy, records: readonly Inname[], removed: readonly number[]) => {
  for (const r of records) copy.set(r.gipodId, r.laatstGewijzigdOp as string);
  for (const id of removed) copy.delete(id);
};
const serverSet = (mock: GipodMock, niscodes = NIS): Copy =>
  new Map(
    mock.store
      .occupancies()
      .filter((o: OccupancyItem) => niscodes.includes(o.nisCode))
      .map((o) => [o.gipodId, o.lastModifiedOn]),
  );
const sorted = (copy: Copy) => [...copy.entries()].sort(([a], [b]) => a - b);

describe("syncOccupancies", () => {
  let env: Awaited<ReturnType<typeof withMock>>;
  beforeAll(async () => {
    env = await withMock({ seed: 21, size: 1500, niscodes: NIS });
  });
  afterAll(() => env.mock.close());

  it("a full sync under 20% injected faults (all kinds) ends with exactly the server's set", async () => {
    const { mock } = env;
    mock.setFaults({
      seed: 99,
      global: {
        probability: 0.2,
        kinds: ["latency", "429", "500", "503", "reset", "truncate", "drift", "duplicate"],
        latencyMs: 5,
        retryAfterSeconds: 1,
      },
    });
    mock.stats.reset();
    let result: Awaited<ReturnType<ReturnType<typeof env.client>["syncOccupancies"]>>;
    try {
      result = await env.client().syncOccupancies({ niscodes: NIS, pageSize: 40, concurrency: 4 });
    } finally {
      mock.setFaults(undefined);
    }
    const copy: Copy = new Map();
    apply(copy, result.records, result.removed);
    expect(result.records.length).toBe(new Set(result.records.map((r) => r.gipodId)).size); // nothing twice
    expect(sorted(copy)).toEqual(sorted(serverSet(mock))); // nothing lost, nothing stale
    expect(result.report.consistent).toBe(true);
    expect(result.report.retries).toBeGreaterThan(0);
    expect(mock.stats.totalFaults()).toBeGreaterThan(5);
    expect(result.report.rejected).toEqual([]);
    expect(result.report.dataLagMs).toEqual(expect.any(Number));
  });

  it("offset drift and duplicates during paging lose nothing and deliver nothing twice", async () => {
    const { mock } = env;
    mock.setFaults({
      seed: 3,
      routes: { occupancies: { probability: 0.35, kinds: ["drift", "duplicate"] } },
    });
    mock.stats.reset();
    let result: Awaited<ReturnType<ReturnType<typeof env.client>["syncOccupancies"]>>;
    try {
      result = await env.client().syncOccupancies({ niscodes: NIS, pageSize: 50, concurrency: 3 });
    } finally {
      mock.setFaults(undefined);
    }
    expect(mock.stats.faults.occupancies?.drift ?? 0).toBeGreaterThan(2);
    expect(result.report.duplicatesDropped).toBeGreaterThan(0);
    const copy: Copy = new Map();
    apply(copy, result.records, result.removed);
    expect(sorted(copy)).toEqual(sorted(serverSet(mock)));
  });

  it("a sync aborted mid-way resumes from its (JSON round-tripped) checkpoint with no loss and no duplicates", async () => {
    const { mock } = env;
    const copy: Copy = new Map();
    const delivered = new Set<string>();
    const deliver = (records: readonly Inname[]) => {
      for (const r of records) {
        const key = `${r.gipodId}@${r.laatstGewijzigdOp}`;
        expect(delivered.has(key)).toBe(false);
        delivered.add(key);
      }
    };
    let saved: string | undefined;
    let events = 0;
    const controller = new AbortController();
    const first = await env
      .client()
      .syncOccupancies({
        niscodes: NIS,
        pageSize: 60,
        concurrency: 3,
        signal: controller.signal,
        onProgress: (event) => {
          deliver(event.records);
          apply(copy, event.records, event.removed);
          saved = JSON.stringify(event.checkpoint());
          if (++events === 5) controller.abort(new Error("killed"));
        },
      })
      .catch((e) => e);
    expect(first).toBeInstanceOf(Error);
    expect((first as Error).message).toBe("killed");
    expect(copy.size).toBeGreaterThan(0);
    expect(copy.size).toBeLessThan(serverSet(mock).size);
    const checkpoint = JSON.parse(saved as string) as SyncCheckpoint;
    expect(checkpoint.scan?.nextOffset).toBeGreaterThan(0);

    // GIPOD moves on while we are down.
    const ids = [...copy.keys()];
    mock.store.update(ids[2] as number, { description: "gewijzigd" });
    mock.store.remove(ids[5] as number);
    mock.store.insert({ nisCode: "44021" });

    const offsets: number[] = [];
    const second = await env
      .client({
        hooks: { onRequest: (e) => offsets.push(Number(new URL(e.url).searchParams.get("offset") ?? -1)) },
      })
      .syncOccupancies({ niscodes: NIS, pageSize: 60, concurrency: 3, checkpoint });
    deliver(second.records);
    apply(copy, second.records, second.removed);
    expect(sorted(copy)).toEqual(sorted(serverSet(mock)));
    expect(second.removed).toEqual([ids[5]]);
    // Resumed where it stopped (one item of overlap), not restarted from offset 0.
    expect(offsets.filter((o) => o >= 0)[0]).toBe((checkpoint.scan?.nextOffset as number) - 1);
  });

  it("an incremental run reports new, updated and removed records against the checkpoint", async () => {
    const { mock } = env;
    const full = await env.client().syncOccupancies({ niscodes: NIS, pageSize: 200, concurrency: 4 });
    const copy: Copy = new Map();
    apply(copy, full.records, full.removed);
    const ids = [...copy.keys()];
    const updated = [ids[1], ids[100], ids[400]] as number[];
    const removed = [ids[7], ids[300]] as number[];
    for (const id of updated) mock.store.update(id, { description: "bijgewerkt" });
    for (const id of removed) mock.store.remove(id);
    const inserted = [
      mock.store.insert({ nisCode: "11002" }).gipodId,
      mock.store.insert({ nisCode: "44021" }).gipodId,
    ];
    mock.store.insert({ nisCode: "24062" }); // another municipality: not ours

    const next = await env
      .client()
      .syncOccupancies({ niscodes: NIS, checkpoint: full.checkpoint, pageSize: 200 });
    expect(next.records.map((r) => r.gipodId).sort()).toEqual([...updated, ...inserted].sort());
    expect(next.removed).toEqual([...removed].sort((a, b) => a - b));
    expect(next.report).toMatchObject({ new: 2, updated: 3, removed: 2, consistent: true });
    apply(copy, next.records, next.removed);
    expect(sorted(copy)).toEqual(sorted(serverSet(mock)));
    // Nothing changed: nothing delivered.
    const idle = await env
      .client()
      .syncOccupancies({ niscodes: NIS, checkpoint: next.checkpoint, pageSize: 200 });
    expect(idle.records).toEqual([]);
    expect(idle.removed).toEqual([]);
  });

  it("rejects an unmappable record with its gipodId and reason, never dropping it silently", async () => {
    const { mock } = env;
    const victim = mock.store.occupancies().find((o) => NIS.includes(o.nisCode)) as OccupancyItem;
    mock.store.update(victim.gipodId, { period: [] });
    const result = await env.client().syncOccupancies({ niscodes: NIS, pageSize: 250 });
    expect(result.report.rejected).toEqual([
      { gipodId: victim.gipodId, reason: expect.stringContaining("period") },
    ]);
    expect(result.records.some((r) => r.gipodId === victim.gipodId)).toBe(false);
    expect(result.records.length + 1).toBe(serverSet(mock).size);
  });

  it("refuses a checkpoint made for other municipalities or a bad NIS code", async () => {
    const result = await env.client().syncOccupancies({ niscodes: ["11002"], pageSize: 250 });
    await expect(
      env.client().syncOccupancies({ niscodes: ["44021"], checkpoint: result.checkpoint }),
    ).rejects.toThrow(GipodRequestError);
    await expect(env.client().syncOccupancies({ niscodes: ["4402"] })).rejects.toThrow(/5 digits/);
  });
});
