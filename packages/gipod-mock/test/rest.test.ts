import {
  type GipodMock,
  NOTIFICATION_STATUSES,
  type NotificationItem,
  type OccupancyItem,
  STATUSES,
  startGipodMock,
} from "@digitale-nuts/gipod-mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, NOW, send, tokenFor } from "./support/helpers.js";

describe("REST API", () => {
  let mock: GipodMock;
  let token: string;
  let clock = NOW.getTime();

  beforeAll(async () => {
    mock = await startGipodMock({
      seed: 4,
      size: 180,
      niscodes: ["11002", "44021"],
      now: () => new Date(clock),
    });
    token = await tokenFor(mock, [
      "gipod_pdo_read",
      "gipod_pdo_write",
      "gipod_mh_read",
      "gipod_notifications",
    ]);
  });
  afterAll(() => mock.close());

  const list = async (query: string, version = "v2") => {
    const res = await get(`${mock.url}/api/${version}/public-domain-occupancies${query}`, token);
    return { res, items: res.ok ? ((await res.json()) as OccupancyItem[]) : [] };
  };

  it("pages a bare array ordered by gipodId with X-Total-Count, identical on v1 and v2", async () => {
    const all: OccupancyItem[] = [];
    for (let offset = 0; ; offset += 50) {
      const { res, items } = await list(`?limit=50&offset=${offset}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-total-count")).toBe("180");
      all.push(...items);
      if (items.length < 50) break;
    }
    expect(all).toEqual(mock.store.occupancies());
    const { items: defaultPage } = await list("");
    expect(defaultPage).toHaveLength(50);
    const v1 = await list("?limit=7&offset=3", "v1");
    expect(v1.items).toEqual((await list("?limit=7&offset=3")).items);
  });

  it("filters on niscode (repeatable), statusid and lastmodified.start/end (inclusive)", async () => {
    const gent = await list("?niscode=44021&limit=500");
    expect(gent.items.length).toBeGreaterThan(0);
    expect(gent.items.every((o) => o.nisCode === "44021")).toBe(true);
    expect(Number(gent.res.headers.get("x-total-count"))).toBe(
      mock.store.occupancies().filter((o) => o.nisCode === "44021").length,
    );
    expect((await list("?niscode=44021&niscode=11002&limit=500")).items).toHaveLength(180);

    const uuid = STATUSES.uitgevoerd.uuid;
    const done = await list(`?statusid=${uuid}&limit=500`);
    expect(done.items.length).toBeGreaterThan(0);
    expect(done.items.every((o) => o.status.prefLabel === "Uitgevoerd")).toBe(true);
    const hex = uuid.replace(/-/g, "").toUpperCase(); // GIPOD's PATCH example style
    expect((await list(`?statusid=${hex}&limit=500`)).items).toEqual(done.items);

    const sorted = mock.store
      .occupancies()
      .map((o) => o.lastModifiedOn)
      .sort();
    const pivot = sorted[100] as string;
    const after = await list(`?lastmodified.start=${encodeURIComponent(pivot)}&limit=500`);
    expect(after.items).toHaveLength(80);
    expect(after.items.every((o) => o.lastModifiedOn >= pivot)).toBe(true);
    const before = await list(`?lastmodified.end=${encodeURIComponent(pivot)}&limit=500`);
    expect(before.items).toHaveLength(101);
  });

  it.each([
    ["?limit=501", /limit/],
    ["?limit=0", /limit/],
    ["?limit=abc", /limit/],
    ["?offset=-1", /offset/],
    ["?niscode=1100", /niscode/],
    ["?niscode=NIS%202", /niscode/],
    ["?lastmodified.start=yesterday", /lastmodified.start/],
    ["?statusid=concreet", /statusid/],
  ])("answers 400 problem+json for %s", async (query, detail) => {
    const { res } = await list(query);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["detail", "instance", "status", "title", "type"]);
    expect(body.detail).toMatch(detail);
  });

  it("gets one occupancy and answers 404 problems for unknown ids and paths", async () => {
    const first = mock.store.occupancies()[0] as OccupancyItem;
    const one = await get(`${mock.url}/api/v2/public-domain-occupancies/${first.gipodId}`, token);
    expect(await one.json()).toEqual(first);
    const missing = await get(`${mock.url}/api/v2/public-domain-occupancies/1`, token);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/problem\+json/);
    expect((await get(`${mock.url}/api/v1/nothing-here`, token)).status).toBe(404);
    const wrongMethod = await send("DELETE", `${mock.url}/api/v2/public-domain-occupancies`, token);
    expect(wrongMethod.status).toBe(405);
  });

  it("serves v2 only when enabled", async () => {
    const v1only = await startGipodMock({ size: 5, versions: ["v1"], requireAuth: false });
    try {
      expect((await get(`${v1only.url}/api/v2/public-domain-occupancies`)).status).toBe(404);
      expect((await get(`${v1only.url}/api/v1/public-domain-occupancies`)).status).toBe(200);
    } finally {
      await v1only.close();
    }
  });

  it("creates, patches and deletes groundworks, bumping lastModifiedOn strictly", async () => {
    const created = await send("POST", `${mock.url}/api/v1/groundworks`, token, {
      description: "2000 Antwerpen, Meir 1 – aansluiting gas",
      period: [{ start: "2026-04-01T06:00:00Z", end: "2026-04-03T16:00:00Z" }],
      nisCode: "11002",
    });
    expect(created.status).toBe(201);
    const gw = (await created.json()) as OccupancyItem;
    expect(created.headers.get("location")).toBe(`${mock.url}/api/v1/groundworks/${gw.gipodId}`);
    expect(gw).toMatchObject({ "@type": "Groundwork", status: { prefLabel: "In opmaak" }, nisCode: "11002" });
    expect(mock.store.get(gw.gipodId)).toEqual(gw);
    expect(gw.gipodId).toBeGreaterThan(
      Math.max(
        ...mock.store
          .occupancies()
          .filter((o) => o !== mock.store.get(gw.gipodId))
          .map((o) => o.gipodId),
      ),
    );

    const fetched = await get(`${mock.url}/api/v1/groundworks/${gw.gipodId}`, token);
    expect(await fetched.json()).toMatchObject({
      "@context": `${mock.url}/api/v1/context/gipod.jsonld`,
      gipodId: gw.gipodId,
    });

    const patched = await send("PATCH", `${mock.url}/api/v1/groundworks/${gw.gipodId}`, token, [
      { key: "Description", value: "nieuwe beschrijving" },
      { key: "StatusId", value: "3603C0B5778E4407AE577300E0694888" },
      { key: "Period", value: { start: "2026-04-02T06:00:00Z", end: "2026-04-05T16:00:00Z" } },
      { key: "EstimatedDurationDays", value: 4 },
    ]);
    expect(patched.status).toBe(200);
    const after = (await patched.json()) as OccupancyItem;
    expect(after).toMatchObject({
      description: "nieuwe beschrijving",
      status: { prefLabel: "Uitgevoerd" },
      estimatedDuration: "P4D",
    });
    expect(after.period).toEqual([
      { "@type": "Period", start: "2026-04-02T06:00:00Z", end: "2026-04-05T16:00:00Z" },
    ]);
    // Same clock reading, yet strictly later: the 7-digit fraction advances.
    expect(after.lastModifiedOn > gw.lastModifiedOn).toBe(true);
    clock += 5000;
    const again = (await (
      await send("PATCH", `${mock.url}/api/v1/groundworks/${gw.gipodId}`, token, [
        { key: "Description", value: "x" },
      ])
    ).json()) as OccupancyItem;
    expect(again.lastModifiedOn > after.lastModifiedOn).toBe(true);
    expect(again.lastModifiedOn.startsWith(new Date(clock).toISOString().slice(0, 19))).toBe(true);

    const bad = await send("PATCH", `${mock.url}/api/v1/groundworks/${gw.gipodId}`, token, [
      { key: "Owner", value: "x" },
    ]);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { detail: string }).detail).toMatch(/Owner/);
    expect(
      (
        await send("PATCH", `${mock.url}/api/v1/groundworks/${gw.gipodId}`, token, [
          { key: "StatusId", value: "nope" },
        ])
      ).status,
    ).toBe(400);
    expect(
      (await send("PATCH", `${mock.url}/api/v1/groundworks/${gw.gipodId}`, token, { key: "Description" }))
        .status,
    ).toBe(400);
    expect((await send("POST", `${mock.url}/api/v1/groundworks`, token, { description: "" })).status).toBe(
      400,
    );

    const deleted = await send("DELETE", `${mock.url}/api/v1/groundworks/${gw.gipodId}`, token);
    expect(deleted.status).toBe(204);
    expect(mock.store.get(gw.gipodId)).toBeUndefined();
    expect((await get(`${mock.url}/api/v1/groundworks/${gw.gipodId}`, token)).status).toBe(404);
  });

  it("serves groundwork sub-resources and PUT on a zone", async () => {
    const gw = mock.store.occupancies().find((o) => o["@type"] === "Groundwork") as OccupancyItem;
    const base = `${mock.url}/api/v1/groundworks/${gw.gipodId}`;
    expect(await (await get(`${base}/occurrences`, token)).json()).toEqual([
      { "@type": "Occurrence", id: `${gw.gipodId}-1`, start: gw.period[0]?.start, end: gw.period[0]?.end },
    ]);
    expect(await (await get(`${base}/zones`, token)).json()).toEqual(gw.zone);
    const zoneId = gw.zone[0]?.["@id"].split("/").pop() ?? "";
    expect(await (await get(`${base}/zones/${zoneId}`, token)).json()).toEqual(gw.zone[0]);
    expect((await get(`${base}/zones/unknown`, token)).status).toBe(404);
    expect(await (await get(`${base}/contactorganisations`, token)).json()).toEqual(gw.contactOrganisation);
    const wkt =
      "<http://www.opengis.net/def/crs/EPSG/9.9.1/31370> POLYGON ((152000 212000, 152002 212000, 152002 212001, 152000 212000))";
    const put = await send("PUT", `${base}/zones/${zoneId}`, token, { geometry: { wkt } });
    expect(put.status).toBe(200);
    expect(mock.store.get(gw.gipodId)?.zone[0]?.geometry.wkt).toBe(wkt);
    expect((mock.store.get(gw.gipodId)?.lastModifiedOn ?? "") > gw.lastModifiedOn).toBe(true);
  });

  it("serves works/events by type, hindrances, detours, organisations and taxonomies", async () => {
    const work = mock.store.occupancies().find((o) => o["@type"] === "Work");
    if (work) {
      expect((await get(`${mock.url}/api/v1/works/${work.gipodId}`, token)).status).toBe(200);
      expect((await get(`${mock.url}/api/v1/groundworks/${work.gipodId}`, token)).status).toBe(404);
    }
    const hindrances = await get(`${mock.url}/api/v1/mobility-hindrances?limit=500`, token);
    const hs = (await hindrances.json()) as { gipodId: number; "@type": string }[];
    expect(hs.length).toBe(mock.store.hindrances().length);
    expect(hs[0]?.["@type"]).toBe("MobilityHindrance");
    const one = await get(`${mock.url}/api/v1/mobility-hindrances/${hs[0]?.gipodId}`, token);
    expect(await one.json()).toEqual(mock.store.hindrance(hs[0]?.gipodId ?? 0));
    const detours = await get(`${mock.url}/api/v1/detours?limit=2`, token);
    expect(detours.status).toBe(200);
    expect(Number(detours.headers.get("x-total-count"))).toBe(mock.store.detours().length);

    const owner = mock.store.occupancies()[0]?.owner;
    const org = await get(`${mock.url}${owner?.["@id"]}`, token);
    expect(await org.json()).toMatchObject({ "@type": "Organisation", preferredName: owner?.preferredName });

    for (const name of [
      "statuses",
      "zonetypes",
      "mobility-hindrance/consequencetypes",
      "categories",
      "notificationtypes",
      "notification-categories",
      "notification-statuses",
    ]) {
      const res = await get(`${mock.url}/api/v1/taxonomies/${name}`, token);
      expect(res.status, name).toBe(200);
      const entries = (await res.json()) as { "@id": string; prefLabel: string }[];
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries)
        expect(e["@id"]).toMatch(new RegExp(`^/api/v1/taxonomies/${name}/[0-9a-f-]{36}$`));
    }
    const zonetypes = (await (await get(`${mock.url}/api/v1/taxonomies/zonetypes`, token)).json()) as {
      "@id": string;
    }[];
    expect(zonetypes.map((z) => z["@id"])).toContain(
      "/api/v1/taxonomies/zonetypes/0fb72ef7-6ac9-4a70-b295-a30ea215d250",
    );
  });

  it("lists, gets and updates notifications", async () => {
    const res = await get(`${mock.url}/api/v1/notifications?limit=500`, token);
    const all = (await res.json()) as NotificationItem[];
    expect(all).toEqual(mock.store.notifications());
    const nieuw = NOTIFICATION_STATUSES.nieuw.uuid;
    const onlyNew = (await (
      await get(`${mock.url}/api/v1/notifications?status=${nieuw}&limit=500`, token)
    ).json()) as NotificationItem[];
    expect(onlyNew.every((n) => n.status.prefLabel === "Nieuw")).toBe(true);
    const target = all[0] as NotificationItem;
    const put = await send("PUT", `${mock.url}/api/v1/notifications/${target.id}`, token, {
      statusId: NOTIFICATION_STATUSES.afgehandeld.uuid,
    });
    expect(put.status).toBe(204);
    const updated = (await (
      await get(`${mock.url}/api/v1/notifications/${target.id}`, token)
    ).json()) as NotificationItem;
    expect(updated.status.prefLabel).toBe("Afgehandeld");
    expect(updated.lastModifiedOn > target.lastModifiedOn).toBe(true);
    const since = (await (
      await get(`${mock.url}/api/v1/notifications?since=${encodeURIComponent(updated.lastModifiedOn)}`, token)
    ).json()) as NotificationItem[];
    expect(since.map((n) => n.id)).toEqual([target.id]);
    expect(
      (await send("PUT", `${mock.url}/api/v1/notifications/${target.id}`, token, { statusId: "x" })).status,
    ).toBe(400);
    expect(
      (await send("PUT", `${mock.url}/api/v1/notifications/unknown`, token, { statusId: nieuw })).status,
    ).toBe(404);
  });
});
