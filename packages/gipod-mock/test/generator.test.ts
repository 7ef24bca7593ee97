import { CATEGORY_MIX, generateCity, municipalityBbox, SUPPORTED_NISCODES } from "@digitale-nuts/gipod-mock";
import { lambert72ToWgs84 } from "@digitale-nuts/oslo";
import { describe, expect, it } from "vitest";
import { NOW } from "./support/helpers.js";

const coords = (wkt: string) =>
  [...wkt.matchAll(/(\d+\.\d+) (\d+\.\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);

describe("generateCity", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = generateCity({ seed: 7, size: 150, now: NOW });
    const b = generateCity({ seed: 7, size: 150, now: NOW });
    const c = generateCity({ seed: 8, size: 150, now: NOW });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it("follows Antwerp's category mix (≈83% Cat 3, 7% Dringend, 5% Cat 1, 5% Cat 2) within tolerance", () => {
    const city = generateCity({ seed: 3, size: 4000, now: NOW });
    const groundworks = city.occupancies.filter((o) => o["@type"] === "Groundwork");
    expect(groundworks.length / city.occupancies.length).toBeGreaterThan(0.8);
    const total = Object.values(CATEGORY_MIX).reduce((s, n) => s + n, 0);
    const expected: Record<string, number> = {
      "Categorie 3": CATEGORY_MIX.categorie3 / total,
      Dringend: CATEGORY_MIX.dringend / total,
      "Categorie 1": CATEGORY_MIX.categorie1 / total,
      "Categorie 2": CATEGORY_MIX.categorie2 / total,
    };
    for (const [label, share] of Object.entries(expected)) {
      const observed = groundworks.filter((o) => o.category?.prefLabel === label).length / groundworks.length;
      expect(Math.abs(observed - share), label).toBeLessThan(0.025);
    }
    // Works and events have no groundwork category.
    expect(
      city.occupancies.filter((o) => o["@type"] !== "Groundwork").every((o) => o.category === null),
    ).toBe(true);
  });

  it.each(SUPPORTED_NISCODES)(
    "places every geometry of %s inside the municipality and labels it consistently",
    (nis) => {
      const city = generateCity({ seed: 11, size: 120, niscodes: [nis], now: NOW });
      const [minX, minY, maxX, maxY] = municipalityBbox(nis);
      for (const o of city.occupancies) {
        expect(o.nisCode).toBe(nis);
        for (const z of o.zone) {
          expect(
            z.geometry.wkt.startsWith("<http://www.opengis.net/def/crs/EPSG/9.9.1/31370> POLYGON (("),
          ).toBe(true);
          for (const [x, y] of coords(z.geometry.wkt)) {
            expect(x).toBeGreaterThanOrEqual(minX);
            expect(x).toBeLessThanOrEqual(maxX);
            expect(y).toBeGreaterThanOrEqual(minY);
            expect(y).toBeLessThanOrEqual(maxY);
          }
        }
      }
    },
  );

  it("puts Antwerp works in Antwerp (WGS84 sanity check via oslo) with real postcodes", () => {
    const city = generateCity({ seed: 5, size: 200, now: NOW });
    const postcodes = new Set([
      "2000",
      "2018",
      "2020",
      "2030",
      "2040",
      "2050",
      "2060",
      "2100",
      "2140",
      "2170",
      "2180",
      "2600",
      "2610",
      "2660",
    ]);
    for (const o of city.occupancies) {
      expect(postcodes.has(o.addressRepresentation.postalcode)).toBe(true);
      const [x, y] = coords(o.zone[0]?.geometry.wkt ?? "")[0] ?? [0, 0];
      const [lon, lat] = lambert72ToWgs84([x, y]);
      expect(lon).toBeGreaterThan(4.25);
      expect(lon).toBeLessThan(4.55);
      expect(lat).toBeGreaterThan(51.14);
      expect(lat).toBeLessThan(51.38);
    }
  });

  it("writes GIPOD-style records: 7-digit timestamps, statuses consistent with periods, hindrance links", () => {
    const city = generateCity({ seed: 9, size: 300, now: NOW });
    const ids = city.occupancies.map((o) => o.gipodId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const hindranceIds = new Set(city.hindrances.map((h) => h["@id"]));
    for (const o of city.occupancies) {
      expect(o.lastModifiedOn).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
      expect(o.lastModifiedOn >= o.createdOn).toBe(true);
      expect(o.lastModifiedOn < NOW.toISOString()).toBe(true);
      const end = Date.parse(o.period[0]?.end ?? "");
      const start = Date.parse(o.period[0]?.start ?? "");
      if (o.status.prefLabel === "Uitgevoerd") expect(end).toBeLessThan(NOW.getTime());
      if (o.status.prefLabel === "Concreet gepland") expect(start).toBeGreaterThan(NOW.getTime());
      if (o.status.prefLabel === "In uitvoering")
        expect(start <= NOW.getTime() && end >= NOW.getTime() - 86_400_000).toBe(true);
      for (const h of o.hasConsequence) expect(hindranceIds.has(h["@id"])).toBe(true);
      expect(JSON.stringify(o.contactOrganisation)).not.toMatch(/contactname/);
    }
    // LDES versions: ordered by time, the last version of each hindrance equals its current state.
    const times = city.hindranceVersions.map((v) => v.generatedAtTime);
    expect(times).toEqual([...times].sort());
    const latest = new Map(city.hindranceVersions.map((v) => [v.state.gipodId, v.state]));
    for (const h of city.hindrances) expect(latest.get(h.gipodId)).toEqual(h);
  });

  it("rejects unsupported NIS codes and bad sizes with a RangeError naming the value", () => {
    expect(() => generateCity({ niscodes: ["99999"] })).toThrow(/99999/);
    expect(() => generateCity({ size: -1 })).toThrow(RangeError);
  });
});
