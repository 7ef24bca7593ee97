import {
  GipodResponseError,
  mapDetour,
  mapMobilityHindrance,
  mapNotification,
  mapOccupancy,
  mapOgcDetour,
  mapOgcHindrance,
  mapOgcOccupancy,
  mapOrganisation,
  splitMultiValue,
} from "@digitale-nuts/gipod";
import { DigitaleNutsError, parseInname, parseMobiliteitshinder } from "@digitale-nuts/oslo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ldesMember, occupancy } from "./fixtures/payloads.js";

const options = { baseUrl: "https://gipod.api.beta-vlaanderen.be" };

describe("REST / LDES mapping", () => {
  it("maps a groundwork to an oslo Grondwerk with WGS84 zones and code-list codes", () => {
    const g = mapOccupancy(occupancy, options);
    expect(g.type).toBe("Grondwerk");
    if (g.type !== "Grondwerk") return;
    expect(g.id).toBe("https://gipod.api.beta-vlaanderen.be/api/v2/public-domain-occupancies/10045378");
    expect(g.status).toBe("uitgevoerd");
    expect(g.categorie).toBe("categorie_3");
    expect(g.periode).toEqual({ begin: "2025-03-10T06:00:00Z", einde: "2025-03-14T16:00:00Z" });
    expect(g.beheerder?.nutsbedrijf).toBe("fluvius");
    expect(g.zone[0]?.zonetype).toBe("werfzone");
    const polygon = g.zone[0]?.geometrie.geojson;
    if (polygon?.type !== "Polygon") throw new Error("expected a polygon zone");
    const [lon, lat] = polygon.coordinates[0]?.[0] ?? [];
    expect(lon).toBeGreaterThan(4.3);
    expect(lon).toBeLessThan(4.5);
    expect(lat).toBeGreaterThan(51.1);
    expect(lat).toBeLessThan(51.3);
    expect(g.zone[0]?.geometrie.wkt).toContain("31370");
    expect(g.niscode).toBe("11002");
    expect(g.geschatteDuur).toBe("P5D");
    expect(g.laatstGewijzigdOp).toBe("2025-02-20T14:12:00.1234567Z");
    expect(parseInname(g)).toEqual(g);
    expect("raw" in g).toBe(false);
    expect(mapOccupancy(occupancy, { ...options, includeRaw: true }).raw).toBe(occupancy);
  });

  it("maps an LDES member (Example A); unknown consequence → onbekend: code, not a crash", () => {
    const h = mapMobilityHindrance(ldesMember, options);
    expect(h.status).toBe("in_opmaak");
    expect(h.zone[0]?.gevolg).toEqual(["versmalde_rijstroken", "onbekend:Iets%20nieuws"]);
    expect(h.zone[0]?.zonetype).toBe("hinderzone");
    expect(h.isVersieVan).toBe("https://gipod.api.beta-vlaanderen.be/api/v1/mobility-hindrances/10812407");
    expect(h.gegenereerdOp).toBe("2022-06-03T07:58:29.2Z");
    expect(h.isGevolgVan).toEqual(["https://gipod.api.beta-vlaanderen.be/api/v1/works/10812406"]);
    expect(parseMobiliteitshinder(h)).toEqual(h);
  });

  it("names the path of a bad field", () => {
    const bad = { ...occupancy, period: [{ start: 42 }] };
    expect(() => mapOccupancy(bad, options)).toThrow(GipodResponseError);
    try {
      mapOccupancy(bad, options);
    } catch (e) {
      expect((e as GipodResponseError).path).toBe("period[0].start");
    }
    const wkt = { ...occupancy, zone: [{ ...occupancy.zone[0], geometry: { wkt: "POLYGON ((oops))" } }] };
    expect(() => mapOccupancy(wkt, options)).toThrow(/zone\[0\]\.geometry\.wkt/);
  });

  it("maps notifications, detours and organisations", () => {
    const n = mapNotification(
      {
        id: "ntf-1",
        gipodId: 10045378,
        type: { "@id": "/api/v1/taxonomies/notificationtypes/x", prefLabel: "Nieuw grondwerk" },
        category: { prefLabel: "Task" },
        status: { "@id": "/api/v1/taxonomies/notification-statuses/y", prefLabel: "Nieuw" },
        createdOn: "2025-01-01T00:00:00Z",
        lastModifiedOn: "2025-01-02T00:00:00Z",
      },
      options,
    );
    expect(n).toMatchObject({
      type: "Notificatie",
      notificatieId: "ntf-1",
      soort: "Nieuw grondwerk",
      status: "nieuw",
      gipodId: "10045378",
    });
    const d = mapDetour(
      {
        "@id": "/api/v1/detours/d-1",
        id: "d-1",
        hindrance: { "@id": "/api/v1/mobility-hindrances/10812407", gipodId: 10812407 },
        description: "Omleiding via de Leien",
        status: { prefLabel: "Vergund" },
        geometry: {
          wkt: "<http://www.opengis.net/def/crs/EPSG/9.9.1/31370> LINESTRING (152000 212000, 152100 212100)",
        },
        lastModifiedOn: "2025-01-02T00:00:00Z",
      },
      options,
    );
    expect(d).toMatchObject({ type: "Omleiding", status: "vergund", hinderGipodId: 10812407 });
    expect(d.geometrie?.geojson.type).toBe("LineString");
    const o = mapOrganisation(
      { "@id": "/api/v1/organisations/5b0c3f0e-1111-4a4a-9b9b-222222222222", preferredName: "Proximus" },
      options,
    );
    expect(o).toMatchObject({ voorkeursnaam: "Proximus", nutsbedrijf: "proximus" });
  });
});

describe("OGC mapping", () => {
  it("splits semicolon multi-values", () => {
    expect(splitMultiValue("Type1; Type2;;Type3 ")).toEqual(["Type1", "Type2", "Type3"]);
    expect(splitMultiValue(12)).toBe(12);
  });

  it("maps INNAME, HINDERGEVOLG and OMLEIDING features", () => {
    const inname = mapOgcOccupancy(
      {
        geometry: { type: "Point", coordinates: [4.4, 51.2] },
        properties: {
          GipodId: 10045378,
          Type: "Grondwerk",
          Status: "In uitvoering",
          Start: "2025-03-10T06:00:00Z",
          End: "2025-03-14T16:00:00Z",
          GroundworkCategory: "Categorie 1",
          GroundworkSpecification: ["a", "b"],
          Owner: "Telenet",
        },
      },
      options,
    );
    expect(inname).toMatchObject({
      type: "Grondwerk",
      status: "in_uitvoering",
      categorie: "categorie_1",
      specificatie: ["a", "b"],
    });
    const h = mapOgcHindrance(
      {
        geometry: { type: "Point", coordinates: [152000, 212000] },
        properties: {
          HindranceGipodId: 10812407,
          HindranceStatus: "Gevalideerd",
          Consequence: "Versmalde rijstroken",
          SevereHindrance: false,
          ZoneType: "HinderZone",
        },
      },
      options,
    );
    expect(h.zone[0]?.gevolg).toEqual(["versmalde_rijstroken"]);
    const point = h.zone[0]?.geometrie.geojson;
    if (point?.type !== "Point") throw new Error("expected a point zone");
    expect(point.coordinates[0]).toBeCloseTo(4.4, 0);
    const d = mapOgcDetour(
      {
        geometry: null,
        properties: { DiversionId: "d-1", HindranceGipodId: 10812407, Consequences: ["Snelheidsbeperking"] },
      },
      options,
    );
    expect(d).toMatchObject({ hinderGipodId: 10812407, gevolg: ["snelheidsbeperking"] });
  });
});

/** Junk built from a valid payload: random fields replaced by random JSON values. */
function mutated(base: Record<string, unknown>) {
  const keys = Object.keys(base);
  return fc
    .array(fc.tuple(fc.constantFrom(...keys, "zone.0", "period.0"), fc.jsonValue()), {
      minLength: 1,
      maxLength: 4,
    })
    .map((edits) => {
      const copy = structuredClone(base) as Record<string, unknown>;
      for (const [key, value] of edits) {
        const [head, index] = key.split(".");
        if (index !== undefined && Array.isArray(copy[head as string]))
          (copy[head as string] as unknown[])[Number(index)] = value;
        else copy[head as string] = value;
      }
      return copy;
    });
}

const mappers: [string, (payload: unknown) => unknown, Record<string, unknown>][] = [
  ["mapOccupancy", (p) => mapOccupancy(p, options), occupancy],
  ["mapMobilityHindrance", (p) => mapMobilityHindrance(p, options), ldesMember],
  [
    "mapNotification",
    (p) => mapNotification(p, options),
    { id: "n", type: { prefLabel: "t" }, status: { prefLabel: "Nieuw" }, createdOn: "2025-01-01T00:00:00Z" },
  ],
  [
    "mapDetour",
    (p) => mapDetour(p, options),
    { id: "d", hindrance: { gipodId: 1 }, status: { prefLabel: "Vergund" } },
  ],
  ["mapOrganisation", (p) => mapOrganisation(p, options), { preferredName: "Fluvius" }],
  [
    "mapOgcOccupancy",
    (p) => mapOgcOccupancy(p as never, options),
    {
      geometry: null,
      properties: {
        GipodId: 1,
        Status: "x",
        Start: "2025-01-01T00:00:00Z",
        GroundworkCategory: "Categorie 1",
      },
    },
  ],
  [
    "mapOgcHindrance",
    (p) => mapOgcHindrance(p as never, options),
    { geometry: null, properties: { HindranceGipodId: 1, HindranceStatus: "Gevalideerd" } },
  ],
  [
    "mapOgcDetour",
    (p) => mapOgcDetour(p as never, options),
    { geometry: null, properties: { DiversionId: "d" } },
  ],
];

describe("junk payloads (property)", () => {
  for (const [name, map, base] of mappers) {
    it(`${name}: maps or throws a typed GipodResponseError, never anything else`, () => {
      expect(() => map(base)).not.toThrow();
      fc.assert(
        fc.property(fc.oneof(fc.anything(), mutated(base)), (payload) => {
          try {
            map(payload);
          } catch (error) {
            expect(error).toBeInstanceOf(GipodResponseError);
            expect(DigitaleNutsError.is(error)).toBe(true);
            expect((error as GipodResponseError).path).toEqual(expect.any(String));
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
