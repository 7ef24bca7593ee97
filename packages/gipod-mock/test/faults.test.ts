import {
  type FaultKind,
  type GipodMock,
  type OccupancyItem,
  startGipodMock,
} from "@digitale-nuts/gipod-mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, NOW, tokenFor } from "./support/helpers.js";

describe("fault injection", () => {
  let mock: GipodMock;
  let token: string;
  beforeAll(async () => {
    mock = await startGipodMock({ seed: 31, size: 60, now: () => NOW });
    token = await tokenFor(mock, ["gipod_pdo_read"]);
  });
  afterAll(() => mock.close());

  const only = (kind: FaultKind, route = "occupancies", extra = {}) =>
    mock.setFaults({
      routes: { [route]: { probability: 1, kinds: [kind], retryAfterSeconds: 7, latencyMs: 20, ...extra } },
    });
  const page = (query: string) => get(`${mock.url}/api/v2/public-domain-occupancies${query}`, token);

  it("429 and 503 send Retry-After; 500 does not; all are problem+json", async () => {
    for (const [kind, retry] of [
      ["429", "7"],
      ["503", "7"],
      ["500", null],
    ] as const) {
      only(kind);
      const res = await page("?limit=5");
      expect(res.status).toBe(Number(kind));
      expect(res.headers.get("retry-after")).toBe(retry);
      expect(res.headers.get("content-type")).toMatch(/problem\+json/);
      expect(mock.stats.faults.occupancies?.[kind]).toBe(1);
    }
    mock.setFaults(undefined);
    expect((await page("?limit=5")).status).toBe(200);
  });

  it("latency delays but answers normally", async () => {
    only("latency");
    const res = await page("?limit=5");
    expect(res.status).toBe(200);
    expect(await res.json()).toHaveLength(5);
    expect(mock.stats.faults.occupancies?.latency).toBe(1);
  });

  it("reset destroys the connection mid-response", async () => {
    only("reset");
    await expect(page("?limit=50").then((r) => r.text())).rejects.toThrow();
    expect(mock.stats.requests.occupancies?.reset).toBeGreaterThanOrEqual(1);
  });

  it("truncate sends 200 + JSON content type with a cut body", async () => {
    mock.setFaults(undefined);
    const full = await (await page("?limit=10")).text();
    only("truncate");
    const res = await page("?limit=10");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const text = await res.text();
    expect(text.length).toBeLessThan(full.length);
    expect(full.startsWith(text)).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it("duplicate repeats the previous page's last item first (and never applies to the first page)", async () => {
    mock.setFaults(undefined);
    const all = mock.store.occupancies();
    only("duplicate");
    const first = (await (await page("?limit=5&offset=0")).json()) as OccupancyItem[];
    expect(first).toEqual(all.slice(0, 5));
    const second = (await (await page("?limit=5&offset=5")).json()) as OccupancyItem[];
    expect(second).toEqual([all[4], ...all.slice(5, 10)]);
  });

  it("drift inserts, deletes and re-stamps records before the offset, so offset paging shifts", async () => {
    mock.setFaults(undefined);
    const before = mock.store.occupancies();
    only("drift");
    const res = await page("?limit=10&offset=20");
    const after = mock.store.occupancies();
    expect(res.headers.get("x-total-count")).toBe(String(after.length));
    const beforeIds = new Set(before.map((o) => o.gipodId));
    const afterIds = new Set(after.map((o) => o.gipodId));
    const inserted = after.filter((o) => !beforeIds.has(o.gipodId));
    const deleted = before.filter((o) => !afterIds.has(o.gipodId));
    expect(inserted).toHaveLength(1);
    expect(deleted).toHaveLength(1);
    const pivot = before[20]?.gipodId ?? 0;
    expect(inserted[0]?.gipodId).toBeLessThan(pivot);
    expect(deleted[0]?.gipodId).toBeLessThan(pivot);
    const restamped = after.filter(
      (o) =>
        beforeIds.has(o.gipodId) &&
        before.find((b) => b.gipodId === o.gipodId)?.lastModifiedOn !== o.lastModifiedOn,
    );
    expect(restamped.length).toBeGreaterThanOrEqual(1);
    // The page is served from the drifted data: consistent with the store after the change.
    expect(await res.json()).toEqual(after.slice(20, 30));
  });

  it("route rules replace the global rule; unmatched routes stay healthy", async () => {
    mock.setFaults({
      global: { probability: 1, kinds: ["500"] },
      routes: { occupancy: { probability: 0, kinds: ["500"] } },
    });
    expect((await page("?limit=1")).status).toBe(500);
    const id = mock.store.occupancies()[0]?.gipodId;
    expect((await get(`${mock.url}/api/v2/public-domain-occupancies/${id}`, token)).status).toBe(200);
    mock.setFaults({ routes: { token: { probability: 1, kinds: ["503"] } } });
    const tokenRes = await fetch(mock.tokenUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    expect(tokenRes.status).toBe(503);
    mock.setFaults(undefined);
  });

  it("rejects invalid fault configurations", () => {
    expect(() => mock.setFaults({ global: { probability: 2, kinds: ["500"] } })).toThrow(/probability/);
    expect(() => mock.setFaults({ global: { probability: 0.5, kinds: ["explode" as FaultKind] } })).toThrow(
      /explode/,
    );
  });

  it("is deterministic for a seed", async () => {
    const run = async () => {
      const m = await startGipodMock({
        seed: 5,
        size: 30,
        faults: {
          seed: 99,
          global: { probability: 0.5, kinds: ["429", "500", "503"], retryAfterSeconds: 0 },
        },
      });
      try {
        const t = await tokenFor(m, ["gipod_pdo_read"]).catch(() => "");
        const statuses: number[] = [];
        for (let i = 0; i < 25; i++)
          statuses.push((await get(`${m.url}/api/v1/public-domain-occupancies?limit=2`, t)).status);
        return statuses;
      } finally {
        await m.close();
      }
    };
    const a = await run();
    expect(a).toEqual(await run());
    expect(new Set(a).size).toBeGreaterThan(1);
  });

  it("never corrupts data: a retrying, de-duplicating reader still ends with exactly store.occupancies()", async () => {
    mock.setFaults({
      seed: 3,
      global: {
        probability: 0.35,
        kinds: ["429", "500", "503", "reset", "truncate", "duplicate", "latency"],
        retryAfterSeconds: 0,
        latencyMs: 5,
      },
    });
    const byId = new Map<number, OccupancyItem>();
    for (let offset = 0; ; offset += 7) {
      let items: OccupancyItem[] | undefined;
      for (let attempt = 0; !items && attempt < 50; attempt++) {
        try {
          const res = await page(`?limit=7&offset=${offset}`);
          if (res.ok) items = (await res.json()) as OccupancyItem[];
        } catch {
          // reset or truncated JSON: retry
        }
      }
      for (const o of items ?? []) byId.set(o.gipodId, o);
      if ((items ?? []).length < 7) break;
    }
    mock.setFaults(undefined);
    expect([...byId.values()].sort((a, b) => a.gipodId - b.gipodId)).toEqual(mock.store.occupancies());
    expect(mock.stats.totalFaults()).toBeGreaterThan(5);
  });
});
