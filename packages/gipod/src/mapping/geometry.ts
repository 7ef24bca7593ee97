import { type Geometrie, lambert72ToWgs84, wktToGeometrie } from "@digitale-nuts/oslo";
import { GipodResponseError } from "../errors.js";

/** WKT (with or without a CRS IRI prefix; Lambert 72 when it says so) → {@link Geometrie} in WGS84. */
export function geometryFromWkt(wkt: string, path: string, source: string): Geometrie {
  try {
    return wktToGeometrie(wkt);
  } catch (cause) {
    throw new GipodResponseError(path, `unreadable WKT (${(cause as Error)?.message ?? "error"})`, source, {
      cause,
    });
  }
}

/** A Lambert 72 point → WGS84 `[lon, lat]`. */
export function lambertPoint(x: number, y: number): [number, number] {
  const [lon, lat] = lambert72ToWgs84([x, y]);
  return [lon, lat];
}
