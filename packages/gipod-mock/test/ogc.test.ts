import {
  COLLECTIONS,
  Cql2Error,
  compileCql2,
  type GipodMock,
  PROPERTIES,
  parseCql2,
  startGipodMock,
} from "@digitale-nuts/gipod-mock";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, NOW } from "./support/helpers.js";

/** Quotes a value as CQL2 text does: single quotes, inner quotes doubled. */
const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

const INNAME = new Set(PROPERTIES.INNAME);

describe("CQL2-text parser", () => {
  it("parses comparisons, IN, AND/OR precedence, NOT and parentheses", () => {
    const p = compileCql2(
      "Status = 'Uitgevoerd' OR GipodId >= 10 AND Owner IN ('Fluvius', 'Telenet')",
      INNAME,
    );
    expect(p({ Status: "Uitgevoerd", GipodId: 1, Owner: "x" })).toBe(true);
    expect(p({ Status: "x", GipodId: 11, Owner: "Telenet" })).toBe(true);
    expect(p({ Status: "x", GipodId: 11, Owner: "Proximus" })).toBe(false);
    const q = compileCql2(
      "(Status = 'a' OR Status = 'b') AND NOT GipodId < 5 AND Owner NOT IN ('z')",
      INNAME,
    );
    expect(q({ Status: "b", GipodId: 5, Owner: "y" })).toBe(true);
    expect(q({ Status: "b", GipodId: 4, Owner: "y" })).toBe(false);
    expect(
      compileCql2("GroundworkPartOfTrenchSynergy = FALSE", INNAME)({ GroundworkPartOfTrenchSynergy: false }),
    ).toBe(true);
    expect(compileCql2("Reference <> 'x'", INNAME)({ Reference: null })).toBe(false);
    expect(parseCql2('"GipodId" = 3')).toEqual({
      op: "compare",
      property: "GipodId",
      comparison: "=",
      value: 3,
    });
  });

  it.each([
    ["Status = ", /literal/],
    ["Status = 'open", /unterminated/],
    ["Foo = 1", /unknown property "Foo"/],
    ["Status == 'x'", /literal/],
    ["Status = 'x' AND", /property name/],
    ["Status = 'x'; DROP TABLE x", /unexpected character ";"/],
    ["(Status = 'x'", /"\)"/],
    ["Status IN ()", /literal/],
    ["", /empty/],
    [`${"(".repeat(60)}Status = 'x'${")".repeat(60)}`, /nesting/],
  ])("rejects %j with a Cql2Error", (text, message) => {
    expect(() => compileCql2(text, INNAME)).toThrow(Cql2Error);
    expect(() => compileCql2(text, INNAME)).toThrow(message);
  });

  it("never throws on a properly quoted arbitrary value, and the value stays a literal", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (value) => {
        const tree = parseCql2(`Description = ${quote(value)}`);
        expect(tree).toEqual({ op: "compare", property: "Description", comparison: "=", value });
        const test = compileCql2(`Description = ${quote(value)}`, INNAME);
        expect(test({ Description: value })).toBe(true);
        expect(test({ Description: `${value}x` })).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("either parses or throws a Cql2Error (never anything else) on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        try {
          compileCql2(text, INNAME);
        } catch (e) {
          expect(e).toBeInstanceOf(Cql2Error);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("OGC API Features", () => {
  let mock: GipodMock;
  beforeAll(async () => {
    mock = await startGipodMock({ seed: 12, size: 150, now: () => NOW });
  });
  afterAll(() => mock.close());

  type FC = {
    type: string;
    numberMatched: number;
    numberReturned: number;
    features: {
      id: string;
      geometry: { type: string; coordinates: unknown };
      properties: Record<string, unknown>;
    }[];
    links: { rel: string; href: string }[];
  };
  const items = async (collection: string, params: Record<string, string> = {}) => {
    const res = await get(`${mock.ogcUrl}/collections/${collection}/items?${new URLSearchParams(params)}`);
    return { res, body: res.ok ? ((await res.json()) as FC) : undefined };
  };

  it("lists all collections without auth", async () => {
    const res = await get(`${mock.ogcUrl}/collections`);
    const body = (await res.json()) as { collections: { id: string }[] };
    expect(body.collections.map((c) => c.id)).toEqual([...COLLECTIONS]);
  });

  it.each(COLLECTIONS)(
    "serves %s as GeoJSON in WGS84 with exactly the documented properties",
    async (collection) => {
      const { res, body } = await items(collection, { limit: "5" });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/geo+json");
      expect(body?.type).toBe("FeatureCollection");
      expect(body?.numberMatched).toBeGreaterThan(0);
      const expected = [...PROPERTIES[collection.replace(/_PUNT$/, "") as keyof typeof PROPERTIES]].sort();
      for (const f of body?.features ?? []) {
        expect(Object.keys(f.properties).sort()).toEqual(expected);
        const flat =
          JSON.stringify(f.geometry.coordinates)
            .match(/-?\d+\.\d+/g)
            ?.map(Number) ?? [];
        for (let i = 0; i < flat.length; i += 2) {
          expect(flat[i]).toBeGreaterThan(4.2); // lon, Antwerp
          expect(flat[i]).toBeLessThan(4.6);
          expect(flat[i + 1]).toBeGreaterThan(51.1); // lat
          expect(flat[i + 1]).toBeLessThan(51.4);
        }
        expect(f.geometry.type).toBe(
          collection.endsWith("_PUNT")
            ? "Point"
            : collection.startsWith("OMLEIDING")
              ? "LineString"
              : "MultiPolygon",
        );
      }
    },
  );

  it("publishes only planned/running/finished occupancies, one row per occurrence, multi-values as '; ' strings", async () => {
    const { body } = await items("INNAME_PUNT", { limit: "1000" });
    const published = mock.store
      .occupancies()
      .filter((o) => ["Concreet gepland", "In uitvoering", "Uitgevoerd"].includes(o.status.prefLabel));
    expect(body?.numberMatched).toBe(published.length);
    expect(body?.features.map((f) => f.id)).toEqual(published.map((o) => `${o.gipodId}-1`));
    const withTypes = body?.features.find((f) =>
      String(f.properties.PublicDomainOccupancyTypes).includes("; "),
    );
    expect(withTypes).toBeDefined();
  });

  it("follows absolute next links to every feature exactly once", async () => {
    let url: string | undefined = `${mock.ogcUrl}/collections/HINDER/items?limit=7`;
    const ids: string[] = [];
    let matched = 0;
    while (url) {
      expect(url.startsWith(mock.url)).toBe(true);
      const body = (await (await get(url)).json()) as FC;
      matched = body.numberMatched;
      expect(body.numberReturned).toBe(body.features.length);
      ids.push(...body.features.map((f) => f.id));
      url = body.links.find((l) => l.rel === "next")?.href;
    }
    expect(ids.length).toBe(matched);
    expect(new Set(ids).size).toBe(matched);
  });

  it("applies CQL2 filters and treats an injection attempt as a literal", async () => {
    const owner =
      mock.store.occupancies().find((o) => o.status.prefLabel === "Uitgevoerd")?.owner.preferredName ?? "";
    const { body } = await items("INNAME", {
      filter: `Owner = ${quote(owner)} AND Status = 'Uitgevoerd'`,
      "filter-lang": "cql2-text",
      limit: "1000",
    });
    expect(body?.numberMatched).toBeGreaterThan(0);
    expect(
      body?.features.every((f) => f.properties.Owner === owner && f.properties.Status === "Uitgevoerd"),
    ).toBe(true);

    const injection = await items("INNAME", { filter: `Description = ${quote("x' OR 1=1 --")}` });
    expect(injection.res.status).toBe(200);
    expect(injection.body?.numberMatched).toBe(0);
    const raw = await items("INNAME", { filter: "Description = 'x' OR 1=1 --'" });
    expect(raw.res.status).toBe(400);
    const unknown = await items("INNAME", { filter: "Password = 'x'" });
    expect(unknown.res.status).toBe(400);
    expect(unknown.res.headers.get("content-type")).toMatch(/problem\+json/);
    expect((await items("INNAME", { filter: "GipodId = 1", "filter-lang": "cql2-json" })).res.status).toBe(
      400,
    );
  });

  it("never widens results: any quoted value matches at most the features whose value is exactly that string", async () => {
    const { body: all } = await items("HINDER_PUNT", { limit: "1000" });
    const descriptions = (all?.features ?? []).map((f) => String(f.properties.HindranceDescription));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...descriptions.slice(0, 5), "' OR '1'='1")),
        async (value) => {
          const { res, body } = await items("HINDER_PUNT", {
            filter: `HindranceDescription = ${quote(value)}`,
            limit: "1000",
          });
          expect(res.status).toBe(200);
          expect(body?.numberMatched).toBe(descriptions.filter((d) => d === value).length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("filters by bbox in CRS84, EPSG:4326 (lat,lon) and Lambert 72", async () => {
    const { body: all } = await items("INNAME_PUNT", { limit: "1000" });
    const [lon, lat] = (all?.features[0]?.geometry.coordinates ?? [0, 0]) as [number, number];
    const crs84 = await items("INNAME_PUNT", {
      bbox: `${lon - 0.001},${lat - 0.001},${lon + 0.001},${lat + 0.001}`,
      limit: "1000",
    });
    expect(crs84.body?.features.map((f) => f.id)).toContain(all?.features[0]?.id);
    expect(crs84.body?.numberMatched).toBeLessThan(all?.numberMatched ?? 0);
    const epsg4326 = await items("INNAME_PUNT", {
      bbox: `${lat - 0.001},${lon - 0.001},${lat + 0.001},${lon + 0.001}`,
      "bbox-crs": "http://www.opengis.net/def/crs/EPSG/0/4326",
      limit: "1000",
    });
    expect(epsg4326.body?.features.map((f) => f.id)).toEqual(crs84.body?.features.map((f) => f.id));
    const lambert = await items("INNAME_PUNT", {
      bbox: "0,0,1,1",
      "bbox-crs": "http://www.opengis.net/def/crs/EPSG/0/31370",
    });
    expect(lambert.body?.numberMatched).toBe(0);
    const antwerp = await items("INNAME_PUNT", {
      bbox: "140000,200000,160000,230000",
      "bbox-crs": "http://www.opengis.net/def/crs/EPSG/0/31370",
      limit: "1000",
    });
    expect(antwerp.body?.numberMatched).toBe(all?.numberMatched);
    expect((await items("INNAME_PUNT", { bbox: "1,2,3" })).res.status).toBe(400);
    expect((await items("INNAME_PUNT", { bbox: "1,2,3,4", "bbox-crs": "EPSG:3857" })).res.status).toBe(400);
    expect((await items("NOPE")).res.status).toBe(404);
  });
});
