import {
  formatWkt,
  lambert72ToWgs84,
  parseWkt,
  WktError,
  wgs84ToLambert72,
  wktToGeometrie,
} from "@digitale-nuts/oslo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** Metres between two WGS84 points (equirectangular; fine over metres). */
function metres(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const dx = ((a[0] as number) - (b[0] as number)) * rad * Math.cos((a[1] as number) * rad) * 6_371_000;
  const dy = ((a[1] as number) - (b[1] as number)) * rad * 6_371_000;
  return Math.hypot(dx, dy);
}

describe("Lambert 72 ↔ WGS84", () => {
  // Reference point computed by the Belgian NGI's official conversion software.
  const ngi = {
    wgs84: [4.468493, 50.856057] as [number, number],
    lambert: [157022.87, 171745.084] as [number, number],
  };

  it("matches the NGI reference point within 1 m in both directions", () => {
    expect(metres(lambert72ToWgs84(ngi.lambert), ngi.wgs84)).toBeLessThan(1);
    const [x, y] = wgs84ToLambert72(ngi.wgs84);
    expect(Math.hypot(x - ngi.lambert[0], y - ngi.lambert[1])).toBeLessThan(1);
  });

  it("does not repeat DN's 800 m central-meridian error: Antwerp cathedral lands in Antwerp", () => {
    // Onze-Lieve-Vrouwekathedraal, Antwerpen: about 4.4005 E, 51.2203 N.
    const [x, y] = wgs84ToLambert72([4.4005, 51.2203]);
    expect(x).toBeGreaterThan(152_000);
    expect(x).toBeLessThan(153_500);
    expect(y).toBeGreaterThan(211_500);
    expect(y).toBeLessThan(213_000);
  });

  it("round-trips any point in Flanders to within a millimetre", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 22_000, max: 260_000, noNaN: true }),
        fc.double({ min: 150_000, max: 245_000, noNaN: true }),
        (x, y) => {
          const [bx, by] = wgs84ToLambert72(lambert72ToWgs84([x, y]));
          expect(Math.hypot(bx - x, by - y)).toBeLessThan(0.001);
        },
      ),
    );
  });
});

describe("WKT", () => {
  const gipodPolygon =
    "<http://www.opengis.net/def/crs/EPSG/9.9.1/31370> POLYGON ((72237.21 175240.07, 71762.98 175654.29, 72635.05 174803.36, 72237.21 175240.07))";

  it("reads GIPOD's CRS-prefixed polygon and converts it to WGS84, keeping the original", () => {
    const g = wktToGeometrie(gipodPolygon);
    expect(g.wkt).toBe(gipodPolygon);
    expect(g.geojson.type).toBe("Polygon");
    const first = (g.geojson.coordinates as number[][][])[0]?.[0] as number[];
    // Lambert (72237, 175240) lies in West Flanders, near Tielt: about 3.26 E, 50.88 N.
    expect(first[0]).toBeCloseTo(3.26, 1);
    expect(first[1]).toBeCloseTo(50.88, 1);
  });

  it("reads every geometry type, EWKT prefixes and un-prefixed WGS84", () => {
    expect(parseWkt("SRID=31370;POINT (1 2)")).toEqual({
      crs: "EPSG:31370",
      geometry: { type: "Point", coordinates: [1, 2] },
    });
    expect(parseWkt("MULTIPOINT ((1 2), (3 4))").geometry).toEqual({
      type: "MultiPoint",
      coordinates: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(parseWkt("MULTIPOINT (1 2, 3 4)").geometry).toEqual({
      type: "MultiPoint",
      coordinates: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(parseWkt("LINESTRING (1 2, 3 4)").geometry.type).toBe("LineString");
    expect(parseWkt("MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))").geometry.type).toBe("MultiLineString");
    expect(parseWkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))").geometry.type).toBe(
      "MultiPolygon",
    );
    expect(wktToGeometrie("POINT (4.4 51.2)").geojson).toEqual({ type: "Point", coordinates: [4.4, 51.2] });
  });

  it("formats WKT that parses back to the same geometry", () => {
    const parsed = parseWkt(gipodPolygon);
    const again = parseWkt(formatWkt(parsed.geometry, "EPSG:31370"));
    expect(again).toEqual(parsed);
  });

  it("rejects junk with a typed error, never a crash", () => {
    for (const bad of [
      "",
      "POINT",
      "POINT (1)",
      "POLYGON ((1 2, 3 4)",
      "<http://x/y> POINT (1 2)",
      "CIRCLE (1 2 3)",
      "POINT (1 2) trailing",
    ]) {
      expect(() => parseWkt(bad), bad).toThrow(WktError);
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          parseWkt(s);
        } catch (e) {
          expect(e).toBeInstanceOf(WktError);
        }
      }),
    );
  });
});
