import { z } from "zod";

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
/**
 * A WGS84 position `[longitude, latitude]` (optionally with a height).
 * @example
 * const position = Position.parse([4.4025, 51.2194]); // [lon, lat]
 */
export const Position = z.union([z.tuple([lon, lat]), z.tuple([lon, lat, z.number()])]);
const ring = z.array(Position).min(4);

/**
 * A GeoJSON geometry in WGS84 (RFC 7946). Geometry collections are not used by GIPOD's zones.
 * @example
 * const point: GeoJsonGeometry = GeoJsonGeometry.parse({ type: "Point", coordinates: [4.4025, 51.2194] });
 */
export const GeoJsonGeometry = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Point"), coordinates: Position }),
  z.object({ type: z.literal("MultiPoint"), coordinates: z.array(Position) }),
  z.object({ type: z.literal("LineString"), coordinates: z.array(Position).min(2) }),
  z.object({ type: z.literal("MultiLineString"), coordinates: z.array(z.array(Position).min(2)) }),
  z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)) }),
]);
export type GeoJsonGeometry = z.infer<typeof GeoJsonGeometry>;
