import {
  cql,
  GipodRequestError,
  type LdesState,
  mapOgcFeature,
  streamMobilityHindrances,
} from "@digitale-nuts/gipod";
import type { GipodMock } from "@digitale-nuts/gipod-mock";
import type { Mobiliteitshinder } from "@digitale-nuts/oslo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withMock } from "./helpers/mock.js";
import { startProxy } from "./helpers/proxy.js";

let mock: GipodMock;
let makeClient: Awaited<ReturnType<typeof withMock>>["client"];

beforeAll(async () => {
  const m = await withMock({ seed: 31, size: 160, niscodes: ["11002"], ldes: { pageSize: 40 } });
  mock = m.mock;
  makeClient = m.client;
});
afterAll(() => mock.close());

describe("OGC API Features", () => {
  it("follows next links across pages, splits multi-values, and maps every feature to oslo", async () => {
    const client = makeClient();
    const all = await client.ogc.features("HINDER_PUNT", { limit: 500 }).collect();
    const paged = await client.ogc.features("HINDER_PUNT", { limit: 17 }).collect();
    expect(all.length).toBeGreaterThan(17);
    expect(paged.map((f) => f.id)).toEqual(all.map((f) => f.id));
    expect(all.every((f) => Array.isArray(f.properties.Consequences))).toBe(true);
    for (const f of all)
      expect(mapOgcFeature("HINDER_PUNT", f, { baseUrl: mock.url }).type).toBe("Mobiliteitshinder");
    const innames = await client.ogc.features("INNAME_PUNT", { limit: 200 }).collect();
    expect(innames.length).toBeGreaterThan(0);
    for (const f of innames)
      expect(["Grondwerk", "Werk", "Evenement"]).toContain(
        mapOgcFeature("INNAME_PUNT", f, { baseUrl: mock.url }).type,
      );
  });

  it("filters with CQL2 (the GIPOD example) and a bbox with CRS", async () => {
    const client = makeClient();
    const sample = (await client.ogc.features("HINDERGEVOLG_PUNT", { limit: 5 }).collect())[0];
    const id = sample?.properties.HindranceGipodId as number;
    const hits = await client.ogc
      .features("HINDERGEVOLG_PUNT", { filter: cql.eq("HindranceGipodId", id), limit: 100 })
      .collect();
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((f) => f.properties.HindranceGipodId === id)).toBe(true);
    const [lon, lat] = (sample?.geometry?.coordinates as number[]) ?? [];
    const box = await client.ogc
      .features("HINDERGEVOLG_PUNT", {
        bbox: [
          (lon as number) - 0.0005,
          (lat as number) - 0.0005,
          (lon as number) + 0.0005,
          (lat as number) + 0.0005,
        ],
        limit: 100,
      })
      .collect();
    expect(box.some((f) => f.id === sample?.id)).toBe(true);
    const lambert = await client.ogc
      .features("HINDERGEVOLG_PUNT", {
        bbox: [0, 0, 1, 1],
        bboxCrs: "http://www.opengis.net/def/crs/EPSG/0/31370",
        limit: 100,
      })
      .collect();
    expect(lambert).toEqual([]);
  });

  it("a value like x' OR 1=1 -- is one quoted literal: it matches nothing instead of everything", async () => {
    const client = makeClient();
    const url = client.ogc.itemsUrl("HINDERGEVOLG_PUNT", {
      filter: cql.eq("HindranceStatus", "x' OR 1=1 --"),
    });
    expect(url.searchParams.get("filter")).toBe("HindranceStatus = 'x'' OR 1=1 --'");
    expect(url.searchParams.get("filter-lang")).toBe("cql2-text");
    expect(
      await client.ogc
        .features("HINDERGEVOLG_PUNT", { filter: cql.eq("HindranceStatus", "x' OR 1=1 --") })
        .collect(),
    ).toEqual([]);
    expect(() =>
      client.ogc.itemsUrl("HINDERGEVOLG_PUNT", { filter: cql.eq("1=1 OR HindranceStatus", "x") }),
    ).toThrow(GipodRequestError);
  });

  it("refuses a next link to another origin", async () => {
    const proxy = await startProxy(mock.url); // same mock, another origin: its next links point back at the mock
    const client = makeClient({
      environment: {
        apiBaseUrl: mock.url,
        tokenUrl: mock.tokenUrl,
        ogcBaseUrl: `${proxy.url}/GIPOD/ogc/features/v1`,
      },
    });
    const error = await client.ogc
      .features("HINDER_PUNT", { limit: 5 })
      .collect()
      .catch((e) => e);
    expect(error).toBeInstanceOf(GipodRequestError);
    expect(error.code).toBe("GIPOD_OFF_ORIGIN_LINK");
    await proxy.close();
  });
});

describe("LDES of mobility hindrances", () => {
  const collect = async (stream: AsyncIterable<Mobiliteitshinder>, max = Number.POSITIVE_INFINITY) => {
    const out: Mobiliteitshinder[] = [];
    for await (const h of stream) {
      out.push(h);
      if (out.length >= max) break;
    }
    return out;
  };

  it("follows relations, emits each member once and per hindrance only newer versions", async () => {
    const members = await collect(makeClient().streamMobilityHindrances());
    const versions = mock.store.hindranceVersions();
    expect(members.length).toBe(versions.length);
    expect(new Set(members.map((m) => m.id)).size).toBe(members.length);
    const latest = new Map<string, string>();
    for (const m of members) {
      const prior = latest.get(m.isVersieVan as string);
      if (prior !== undefined) expect((m.gegenereerdOp as string) > prior).toBe(true);
      latest.set(m.isVersieVan as string, m.gegenereerdOp as string);
    }
    // The latest version per hindrance is the hindrance's current state.
    for (const h of mock.store.hindrances()) {
      const key = [...latest.keys()].find((k) => k.endsWith(`/mobility-hindrances/${h.gipodId}`));
      expect(latest.get(key as string)).toBe(h.lastModifiedOn);
    }
  });

  it("resumes from a JSON round-tripped state without loss or repeats, and polls for new versions", async () => {
    const first = makeClient().streamMobilityHindrances();
    const head = await collect(first, 50);
    const state = JSON.parse(JSON.stringify(first.state())) as LdesState;
    const rest = await collect(makeClient().streamMobilityHindrances({ state }));
    const all = [...head, ...rest].map((m) => m.id);
    // Stopped mid-node: the state knows exactly what was delivered, so the rest comes once, and only the rest.
    expect(all.length).toBe(mock.store.hindranceVersions().length);
    expect(new Set(all).size).toBe(all.length);

    const controller = new AbortController();
    const polled: Mobiliteitshinder[] = [];
    const stream = makeClient().streamMobilityHindrances({
      poll: { intervalMs: 20 },
      signal: controller.signal,
    });
    const target = mock.store.hindrances()[0]?.gipodId as number;
    const done = (async () => {
      for await (const h of stream) {
        polled.push(h);
        if (polled.length === mock.store.hindranceVersions().length && h.beschrijving !== "Nieuwe hinder") {
          mock.store.updateHindrance(target, { description: "Nieuwe hinder" });
        }
        if (h.beschrijving === "Nieuwe hinder") controller.abort();
      }
    })().catch((e) => e);
    await done;
    expect(polled.at(-1)).toMatchObject({ gipodId: target, beschrijving: "Nieuwe hinder" });
    expect(new Set(polled.map((m) => m.id)).size).toBe(polled.length);
  });

  it("never follows a relation to another origin unless allowed", async () => {
    const { mock: rogue, client } = await withMock({
      seed: 4,
      size: 30,
      ldes: { pageSize: 10, offOriginRelation: "http://127.0.0.2:9/evil" },
    });
    const error = await collect(client().streamMobilityHindrances()).catch((e) => e);
    expect(error).toBeInstanceOf(GipodRequestError);
    expect(error.code).toBe("GIPOD_LDES_OFF_ORIGIN");
    const warnings: string[] = [];
    const skipped = await collect(
      client({ hooks: { onWarning: (w) => warnings.push(w.code) } }).streamMobilityHindrances({
        offOrigin: "skip",
      }),
    );
    expect(skipped.length).toBe(rogue.store.hindranceVersions().length);
    expect(warnings).toEqual(["GIPOD_LDES_OFF_ORIGIN"]);
    await rogue.close();
  });

  it("the client's signal aborts the stream even when the call passes its own", async () => {
    const clientAbort = new AbortController();
    const callAbort = new AbortController();
    clientAbort.abort(new Error("client stopped"));
    const stream = makeClient({ signal: clientAbort.signal }).streamMobilityHindrances({
      signal: callAbort.signal,
    });
    await expect(collect(stream)).rejects.toThrow("client stopped");
  });

  it("refuses a resumed state whose queue points to another origin", async () => {
    const state = { ...makeClient().streamMobilityHindrances().state(), queue: ["http://127.0.0.2:9/evil"] };
    expect(() => makeClient().streamMobilityHindrances({ state })).toThrow(GipodRequestError);
  });

  it("works as a standalone function with its own rate limiter", async () => {
    let requests = 0;
    const stream = streamMobilityHindrances({
      url: mock.ldesUrl,
      requestsPerMinute: 6000,
      hooks: { onRequest: () => requests++ },
    });
    expect((await collect(stream)).length).toBe(mock.store.hindranceVersions().length);
    expect(requests).toBe(Math.ceil(mock.store.hindranceVersions().length / 40));
  });
});
