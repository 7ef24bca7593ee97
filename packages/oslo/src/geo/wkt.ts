import { DigitaleNutsError } from "../errors.js";
import type { GeoJsonGeometry } from "../models/geojson.js";
import { type Crs, crsFromIri, crsIri } from "./crs.js";

/**
 * A WKT string could not be read.
 * @example
 * try {
 *   parseWkt("POINT (152000");
 * } catch (error) {
 *   if (error instanceof WktError) console.error(error.code, error.wkt); // "WKT_INVALID" "POINT (152000"
 * }
 */
export class WktError extends DigitaleNutsError {
  constructor(
    message: string,
    readonly wkt: string,
  ) {
    super("WKT_INVALID", `${message} in WKT "${wkt.length > 80 ? `${wkt.slice(0, 77)}…` : wkt}"`);
  }
}

type Coord = number[];
type Nested = Coord | Nested[];

/**
 * A parsed WKT: the CRS named in its prefix (if any) and the geometry in that CRS's coordinates.
 * @example
 * const parsed: ParsedWkt = { crs: "EPSG:31370", geometry: { type: "Point", coordinates: [152000, 212000] } };
 */
export interface ParsedWkt {
  readonly crs: Crs | undefined;
  readonly geometry: GeoJsonGeometry;
}

const TYPES: Record<string, GeoJsonGeometry["type"]> = {
  POINT: "Point",
  MULTIPOINT: "MultiPoint",
  LINESTRING: "LineString",
  MULTILINESTRING: "MultiLineString",
  POLYGON: "Polygon",
  MULTIPOLYGON: "MultiPolygon",
};
const DEPTH: Record<GeoJsonGeometry["type"], number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

/**
 * Parses WKT with an optional CRS prefix: GeoSPARQL's `<http://www.opengis.net/def/crs/EPSG/9.9.1/31370> POLYGON ((…))`
 * or EWKT's `SRID=31370;POINT (…)`. Coordinates stay in the source CRS.
 * @example
 * parseWkt("SRID=31370;POINT (152000 212000)");
 * // { crs: "EPSG:31370", geometry: { type: "Point", coordinates: [152000, 212000] } }
 */
export function parseWkt(wkt: string): ParsedWkt {
  let rest = wkt.trim();
  let crs: Crs | undefined;
  const iri = /^<([^>]*)>\s*/.exec(rest);
  if (iri) {
    crs = crsFromIri(iri[1] ?? "");
    if (!crs) throw new WktError(`Unsupported CRS <${iri[1]}>`, wkt);
    rest = rest.slice(iri[0].length);
  } else {
    const srid = /^SRID=(\d+);\s*/i.exec(rest);
    if (srid) {
      crs = srid[1] === "31370" ? "EPSG:31370" : srid[1] === "4326" ? "EPSG:4326" : undefined;
      if (!crs) throw new WktError(`Unsupported SRID ${srid[1]}`, wkt);
      rest = rest.slice(srid[0].length);
    }
  }
  const head = /^([A-Za-z]+)\s*(?:Z\s*|M\s*|ZM\s*)?/.exec(rest);
  const type = head ? TYPES[(head[1] ?? "").toUpperCase()] : undefined;
  if (!head || !type) throw new WktError("Expected POINT, LINESTRING, POLYGON or a MULTI- variant", wkt);
  const body = rest.slice(head[0].length).trim();
  if (/^EMPTY$/i.test(body)) throw new WktError("Empty geometries are not supported", wkt);
  const { value, end } = readNested(body, 0, wkt);
  if (body.slice(end).trim() !== "") throw new WktError("Unexpected text after the geometry", wkt);
  // MULTIPOINT may be written with or without parentheses around each point.
  const normalised =
    type === "MultiPoint" ? (value as Nested[]).map((p) => (isCoord(p) ? p : (p as Nested[])[0])) : value;
  const coordinates = type === "Point" ? (normalised as Nested[])[0] : normalised;
  if (depthOf(coordinates as Nested) !== DEPTH[type]) throw new WktError(`Wrong nesting for ${type}`, wkt);
  return { crs, geometry: { type, coordinates } as GeoJsonGeometry };
}

function isCoord(n: Nested | undefined): n is Coord {
  return Array.isArray(n) && typeof n[0] === "number";
}

function depthOf(n: Nested): number {
  return isCoord(n) ? 0 : 1 + depthOf((n as Nested[])[0] as Nested);
}

/** Reads `( … )` starting at `i`: either a list of nested groups or a list of coordinates. */
function readNested(s: string, start: number, wkt: string): { value: Nested[]; end: number } {
  let i = skip(s, start);
  if (s[i] !== "(") throw new WktError(`Expected "(" at position ${i}`, wkt);
  i = skip(s, i + 1);
  const items: Nested[] = [];
  for (;;) {
    if (s[i] === "(") {
      const inner = readNested(s, i, wkt);
      items.push(inner.value);
      i = inner.end;
    } else {
      const m = /^[-+0-9.eE]+(?:\s+[-+0-9.eE]+){1,3}/.exec(s.slice(i));
      if (!m) throw new WktError(`Expected a coordinate at position ${i}`, wkt);
      const coord = m[0].split(/\s+/).map(Number);
      if (coord.some((c) => !Number.isFinite(c))) throw new WktError(`Invalid number at position ${i}`, wkt);
      items.push(coord);
      i += m[0].length;
    }
    i = skip(s, i);
    if (s[i] === ",") {
      i = skip(s, i + 1);
      continue;
    }
    if (s[i] === ")") return { value: items, end: i + 1 };
    throw new WktError(`Expected "," or ")" at position ${i}`, wkt);
  }
}

function skip(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i] as string)) i++;
  return i;
}

/**
 * Writes a geometry as WKT, prefixed with its CRS IRI (GeoSPARQL `wktLiteral` convention).
 * @example
 * formatWkt({ type: "Point", coordinates: [152000, 212000] }, "EPSG:31370");
 * // "<http://www.opengis.net/def/crs/EPSG/0/31370> POINT (152000 212000)"
 */
export function formatWkt(geometry: GeoJsonGeometry, crs: Crs): string {
  const coord = (c: readonly number[]) => c.join(" ");
  const list = (cs: readonly (readonly number[])[]) => `(${cs.map(coord).join(", ")})`;
  const rings = (rs: readonly (readonly (readonly number[])[])[]) => `(${rs.map(list).join(", ")})`;
  const body = (() => {
    switch (geometry.type) {
      case "Point":
        return `(${coord(geometry.coordinates)})`;
      case "MultiPoint":
      case "LineString":
        return list(geometry.coordinates);
      case "MultiLineString":
      case "Polygon":
        return rings(geometry.coordinates);
      case "MultiPolygon":
        return `(${geometry.coordinates.map(rings).join(", ")})`;
    }
  })();
  return `<${crsIri(crs)}> ${geometry.type.toUpperCase()} ${body}`;
}
