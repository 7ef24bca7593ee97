import type { Prng } from "./prng.js";

/** A Lambert 72 ring (closed: the last point repeats the first). */
export type Ring = [number, number][];

/** The CRS prefix GIPOD writes before Lambert 72 WKT. */
export const LAMBERT72_WKT_PREFIX = "<http://www.opengis.net/def/crs/EPSG/9.9.1/31370>";

/** A uniformly random point in a disc. */
export function pointInDisc(rng: Prng, centre: readonly [number, number], radius: number): [number, number] {
  const r = radius * Math.sqrt(rng.next());
  const a = 2 * Math.PI * rng.next();
  return [centre[0] + r * Math.cos(a), centre[1] + r * Math.sin(a)];
}

/** A rectangle of `length` × `width` metres centred on `anchor`, rotated by `angle` radians. */
export function rectangle(
  anchor: readonly [number, number],
  length: number,
  width: number,
  angle: number,
): Ring {
  const [cx, cy] = anchor;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const corners: [number, number][] = [
    [-length / 2, -width / 2],
    [length / 2, -width / 2],
    [length / 2, width / 2],
    [-length / 2, width / 2],
  ];
  const ring = corners.map(([dx, dy]): [number, number] => [
    round2(cx + dx * cos - dy * sin),
    round2(cy + dx * sin + dy * cos),
  ]);
  ring.push(ring[0] as [number, number]);
  return ring;
}

/** Rounds to centimetres, as GIPOD's WKT does. */
export function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** `<crs> POLYGON ((x y, …))` in Lambert 72. */
export function polygonWkt(ring: Ring): string {
  return `${LAMBERT72_WKT_PREFIX} POLYGON ((${ring.map(([x, y]) => `${x.toFixed(2)} ${y.toFixed(2)}`).join(", ")}))`;
}

/** `<crs> LINESTRING (x y, …)` in Lambert 72. */
export function lineWkt(points: readonly [number, number][]): string {
  return `${LAMBERT72_WKT_PREFIX} LINESTRING (${points.map(([x, y]) => `${x.toFixed(2)} ${y.toFixed(2)}`).join(", ")})`;
}

/** Reads the coordinates of a WKT POLYGON/LINESTRING/POINT this package wrote (all rings flattened). */
export function wktCoordinates(wkt: string): [number, number][] {
  const body = wkt.replace(/^<[^>]*>\s*/, "");
  const out: [number, number][] = [];
  for (const m of body.matchAll(/(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)/g))
    out.push([Number(m[1]), Number(m[2])]);
  return out;
}

/** Mean of a ring's distinct corners. */
export function centroid(points: readonly [number, number][]): [number, number] {
  const pts =
    points.length > 1 && samePoint(points[0], points[points.length - 1]) ? points.slice(0, -1) : points;
  const sx = pts.reduce((s, p) => s + p[0], 0);
  const sy = pts.reduce((s, p) => s + p[1], 0);
  return [sx / pts.length, sy / pts.length];
}

function samePoint(
  a: readonly [number, number] | undefined,
  b: readonly [number, number] | undefined,
): boolean {
  return !!a && !!b && a[0] === b[0] && a[1] === b[1];
}
