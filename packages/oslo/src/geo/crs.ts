import proj4 from "proj4";

/**
 * EPSG codes the SDK converts between.
 * @example
 * const crs: Crs = crsFromIri("http://www.opengis.net/def/crs/EPSG/9.9.1/31370") ?? "EPSG:31370";
 */
export type Crs = "EPSG:4326" | "EPSG:31370";

/**
 * BD72 / Belgian Lambert 72 with the NGI 7-parameter datum shift (EPSG transformation 15929,
 * position-vector convention as epsg.io publishes it). Accurate to a few decimetres without the
 * NGI correction grid, which is enough for locating street works.
 */
const LAMBERT72 =
  "+proj=lcc +lat_0=90 +lon_0=4.36748666666667 +lat_1=51.1666672333333 +lat_2=49.8333339 " +
  "+x_0=150000.013 +y_0=5400088.438 +ellps=intl " +
  "+towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747 +units=m +no_defs";

const toWgs84 = proj4(LAMBERT72, "EPSG:4326");

/**
 * Lambert 72 `[x, y]` (metres) → WGS84 `[lon, lat]` (degrees).
 * @example
 * lambert72ToWgs84([152000, 212000]); // [4.3974, 51.2179] (Antwerpen)
 */
export function lambert72ToWgs84(point: readonly [number, number]): [number, number] {
  const [lon, lat] = toWgs84.forward([point[0], point[1]]);
  return [lon as number, lat as number];
}

/**
 * WGS84 `[lon, lat]` (degrees) → Lambert 72 `[x, y]` (metres).
 * @example
 * wgs84ToLambert72([4.4025, 51.2194]); // [152357.5, 212162.0]
 */
export function wgs84ToLambert72(point: readonly [number, number]): [number, number] {
  const [x, y] = toWgs84.inverse([point[0], point[1]]);
  return [x as number, y as number];
}

const CRS_IRI = /^https?:\/\/www\.opengis\.net\/def\/crs\/(EPSG\/[^/]+\/(\d+)|OGC\/[^/]+\/CRS84)$/;

/**
 * Reads a CRS IRI as GIPOD and GeoSPARQL write it. GIPOD uses the unusual version segment
 * `EPSG/9.9.1/31370`; the canonical form is `EPSG/0/31370`. Both are accepted.
 * @example
 * crsFromIri("http://www.opengis.net/def/crs/EPSG/9.9.1/31370"); // "EPSG:31370"
 * crsFromIri("http://www.opengis.net/def/crs/OGC/1.3/CRS84"); // "EPSG:4326"
 */
export function crsFromIri(iri: string): Crs | undefined {
  const m = CRS_IRI.exec(iri.trim());
  if (!m) return undefined;
  if (m[1]?.startsWith("OGC")) return "EPSG:4326";
  if (m[2] === "4326") return "EPSG:4326";
  if (m[2] === "31370") return "EPSG:31370";
  return undefined;
}

/**
 * The canonical CRS IRI.
 * @example
 * crsIri("EPSG:31370"); // "http://www.opengis.net/def/crs/EPSG/0/31370"
 */
export function crsIri(crs: Crs): string {
  return crs === "EPSG:4326"
    ? "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
    : "http://www.opengis.net/def/crs/EPSG/0/31370";
}
