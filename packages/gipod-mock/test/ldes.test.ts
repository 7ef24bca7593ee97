import { type GipodMock, startGipodMock } from "@digitale-nuts/gipod-mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, NOW } from "./support/helpers.js";

interface Fragment {
  "@context": string;
  "@id": string;
  "@type": string;
  viewOf: string;
  "tree:relation": { "@type": string; "tree:path": string; "tree:value": string; "tree:node": string }[];
  items: {
    "@id": string;
    "@type": string;
    gipodId: number;
    isVersionOf: string;
    generatedAtTime: string;
    eventName: string;
    status: { "@id": string };
  }[];
}

describe("LDES of mobility hindrances", () => {
  let mock: GipodMock;
  beforeAll(async () => {
    mock = await startGipodMock({ seed: 21, size: 120, now: () => NOW, ldes: { pageSize: 25 } });
  });
  afterAll(() => mock.close());

  const walk = async (start: string) => {
    const seen: Fragment["items"] = [];
    const visited: string[] = [];
    const queue = [start];
    while (queue.length > 0) {
      const url = queue.shift() as string;
      visited.push(url);
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/ld+json");
      const body = (await res.json()) as Fragment;
      expect(body).toMatchObject({
        "@type": "Node",
        viewOf: mock.ldesUrl,
        "@context": `${mock.url}/api/v1/context/gipod.jsonld`,
      });
      seen.push(...body.items);
      for (const r of body["tree:relation"]) {
        expect(r).toMatchObject({ "@type": "tree:GreaterThanRelation", "tree:path": "prov:generatedAtTime" });
        expect(r["tree:node"].startsWith(`${mock.url}/`)).toBe(true);
        queue.push(r["tree:node"]);
      }
    }
    return { seen, visited };
  };

  it("traverses relations from the root to every member exactly once, in time order", async () => {
    const { seen, visited } = await walk(mock.ldesUrl);
    const versions = mock.store.hindranceVersions();
    expect(visited.length).toBe(Math.ceil(versions.length / 25));
    expect(seen.map((m) => m["@id"])).toEqual(
      versions.map((v) => `${mock.url}/api/v1/mobility-hindrances/${v.state.gipodId}/${v.seq}`),
    );
    const times = seen.map((m) => m.generatedAtTime);
    expect(times).toEqual([...times].sort());
    // Several versions per hindrance; the latest equals the REST state's status.
    const byHindrance = new Map<string, Fragment["items"]>();
    for (const m of seen) byHindrance.set(m.isVersionOf, [...(byHindrance.get(m.isVersionOf) ?? []), m]);
    expect([...byHindrance.values()].some((v) => v.length > 1)).toBe(true);
    for (const [iri, versionsOf] of byHindrance) {
      const latest = versionsOf[versionsOf.length - 1];
      const current = mock.store.hindrance(Number(iri.split("/").pop()));
      expect(latest?.status["@id"]).toBe(current?.status["@id"]);
    }
    // Hindrance statuses carry the real GIPOD UUIDs.
    const statusIds = new Set(seen.map((m) => m.status["@id"].split("/").pop()));
    for (const id of statusIds) {
      expect([
        "0a4ee99b-8b8a-47c8-913f-117220febee0",
        "5cc9ee5b-fa97-4d71-8851-51a9d0e2ebd0",
        "37c10223-b829-45db-a395-59eeba5af44b",
        "a411c53e-db33-436a-9bb9-d62d535b661d",
      ]).toContain(id);
    }
  });

  it("appends new versions to the last fragment when a hindrance changes", async () => {
    const h = mock.store.hindrances()[0];
    const before = mock.store.hindranceVersions().length;
    const v = mock.store.updateHindrance(h?.gipodId ?? 0, { description: "Gewijzigde hinder" });
    expect(mock.store.hindranceVersions().length).toBe(before + 1);
    const { seen } = await walk(mock.ldesUrl);
    expect(seen[seen.length - 1]).toMatchObject({
      eventName: "MobilityHindranceDescriptionWasModified",
      generatedAtTime: v.generatedAtTime,
    });
    expect(mock.store.hindrance(h?.gipodId ?? 0)?.description).toBe("Gewijzigde hinder");
  });

  it("starts a fragment at any generatedAtTime and rejects a malformed one", async () => {
    const third = mock.store.hindranceVersions()[60];
    const res = await get(
      `${mock.ldesUrl}?generatedAtTime=${encodeURIComponent(third?.generatedAtTime ?? "")}`,
    );
    const body = (await res.json()) as Fragment;
    expect(body.items[0]?.generatedAtTime).toBe(third?.generatedAtTime);
    expect((await get(`${mock.ldesUrl}?generatedAtTime=gisteren`)).status).toBe(400);
  });

  it("serves the JSON-LD context", async () => {
    const ctx = (await (await get(`${mock.url}/api/v1/context/gipod.jsonld`)).json()) as {
      "@context": Record<string, unknown>;
    };
    for (const term of [
      "gipodId",
      "generatedAtTime",
      "isVersionOf",
      "eventName",
      "zone",
      "consequence",
      "wkt",
    ])
      expect(ctx["@context"]).toHaveProperty(term);
  });

  it("can add an off-origin relation for refusal tests", async () => {
    const other = await startGipodMock({
      size: 10,
      now: () => NOW,
      ldes: { offOriginRelation: "http://198.51.100.7/ldes?generatedAtTime=x" },
    });
    try {
      const body = (await (await get(other.ldesUrl)).json()) as Fragment;
      expect(body["tree:relation"].map((r) => r["tree:node"])).toContain(
        "http://198.51.100.7/ldes?generatedAtTime=x",
      );
    } finally {
      await other.close();
    }
  });
});
