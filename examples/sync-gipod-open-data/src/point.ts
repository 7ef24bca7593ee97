import type { Geometrie } from "@digitale-nuts/oslo";

/** The first WGS84 position of a geometry as "lat, lon" (GeoJSON stores lon first), for printing. */
export function point(geometrie: Geometrie | undefined): string {
  let c: unknown = geometrie?.geojson.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0]; // first ring / part / vertex
  const [lon, lat] = (c as number[] | undefined) ?? [];
  return lon === undefined || lat === undefined
    ? "(no geometry)"
    : `${lat.toFixed(5)}, ${lon.toFixed(5)} (WGS84)`;
}
