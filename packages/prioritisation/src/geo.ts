/**
 * A WGS84 point in degrees.
 * @example
 * const berchem: LatLon = { lat: 51.1945, lon: 4.426 };
 */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

const EARTH_RADIUS_KM = 6371;
const RAD = Math.PI / 180;

/**
 * Great-circle distance in km (haversine), the distance DN_DISPATCH uses everywhere.
 * @example
 * haversineKm({ lat: 51.2205, lon: 4.4003 }, { lat: 51.1945, lon: 4.426 }); // ≈ 3.4 (km)
 */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return EARTH_RADIUS_KM * 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/** Mean of points, or `undefined` for none. */
export function centroidOf(points: readonly LatLon[]): LatLon | undefined {
  if (points.length === 0) return undefined;
  let lat = 0;
  let lon = 0;
  for (const p of points) {
    lat += p.lat;
    lon += p.lon;
  }
  return { lat: lat / points.length, lon: lon / points.length };
}
