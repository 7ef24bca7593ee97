import type { GeoJsonGeometry } from "../models/geojson.js";
import type { Geometrie } from "../models/index.js";
import { type Crs, lambert72ToWgs84, wgs84ToLambert72 } from "./crs.js";
import { parseWkt, WktError } from "./wkt.js";

type Project = (p: readonly [number, number]) => [number, number];

/**
 * Applies a point transform to every coordinate of a geometry, keeping any height.
 * @example
 * const wgs84 = mapCoordinates({ type: "LineString", coordinates: [[152000, 212000], [152100, 212050]] }, lambert72ToWgs84);
 */
export function mapCoordinates(geometry: GeoJsonGeometry, project: Project): GeoJsonGeometry {
  const point = (c: readonly number[]) => {
    const [x, y] = project([c[0] as number, c[1] as number]);
    return c.length > 2 ? [x, y, c[2] as number] : [x, y];
  };
  const deep = (value: unknown): unknown =>
    typeof (value as number[])[0] === "number" ? point(value as number[]) : (value as unknown[]).map(deep);
  return { type: geometry.type, coordinates: deep(geometry.coordinates) } as GeoJsonGeometry;
}

function looksLikeDegrees(geometry: GeoJsonGeometry): boolean {
  let degrees = true;
  mapCoordinates(geometry, ([x, y]) => {
    if (Math.abs(x) > 180 || Math.abs(y) > 90) degrees = false;
    return [x, y];
  });
  return degrees;
}

/**
 * Turns a WKT from GIPOD (or anywhere) into a {@link Geometrie}: GeoJSON in WGS84, with the original WKT kept.
 *
 * WKT without a CRS prefix is read as `assumeCrs` (default Lambert 72, as GIPOD writes) — unless every
 * coordinate lies within degree ranges, which no Lambert 72 coordinate in Belgium does.
 *
 * @example
 * wktToGeometrie("<http://www.opengis.net/def/crs/EPSG/9.9.1/31370> POINT (152000 212000)").geojson
 * // → { type: "Point", coordinates: [4.39…, 51.21…] }
 */
export function wktToGeometrie(wkt: string, options: { assumeCrs?: Crs } = {}): Geometrie {
  const parsed = parseWkt(wkt);
  const crs =
    parsed.crs ?? (looksLikeDegrees(parsed.geometry) ? "EPSG:4326" : (options.assumeCrs ?? "EPSG:31370"));
  const geojson = crs === "EPSG:4326" ? parsed.geometry : mapCoordinates(parsed.geometry, lambert72ToWgs84);
  if (crs === "EPSG:4326" && !looksLikeDegrees(geojson))
    throw new WktError("Coordinates out of WGS84 range", wkt);
  return { geojson, wkt };
}

/**
 * Projects a WGS84 GeoJSON geometry to Lambert 72.
 * @example
 * toLambert72({ type: "Point", coordinates: [4.4025, 51.2194] }); // { type: "Point", coordinates: [152357.5…, 212161.9…] }
 */
export function toLambert72(geometry: GeoJsonGeometry): GeoJsonGeometry {
  return mapCoordinates(geometry, wgs84ToLambert72);
}
