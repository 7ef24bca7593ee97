import * as Plot from "@observablehq/plot";
import { chartFigure, dataTable } from "./html.js";
import { INK } from "./palette.js";
import { renderPlot } from "./svg.js";

/**
 * A point on the map: a planned visit or an open NOK, in WGS84.
 * @example
 * const point: MapPoint = { kind: "open_nok", id: "19170339", lat: 51.2194, lon: 4.4025, detail: "voetpad_doorgang NOK" };
 */
export interface MapPoint {
  readonly kind: "bezoek" | "open_nok";
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  /** Short text for the tooltip and the table (ids and codes, no free text). */
  readonly detail: string;
}

/**
 * A WGS84 bounding box in degrees.
 * @example
 * const antwerpen: BoundingBox = { west: 4.33, south: 51.17, east: 4.47, north: 51.28 };
 * renderDashboard({ generatedAt, kpis, plan, findings, bbox: antwerpen });
 */
export interface BoundingBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** The box around the points, padded by 8% (and at least ~500 m) on every side. */
export function boundingBoxOf(points: readonly MapPoint[]): BoundingBox | null {
  if (points.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    west = Math.min(west, p.lon);
    east = Math.max(east, p.lon);
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
  }
  const padLon = Math.max((east - west) * 0.08, 0.007);
  const padLat = Math.max((north - south) * 0.08, 0.0045);
  return { west: west - padLon, south: south - padLat, east: east + padLon, north: north + padLat };
}

/**
 * Today's visits and the open NOKs as an SVG scatter in an equirectangular projection of the box:
 * x = longitude, y = latitude, the height scaled by cos(latitude) so distances look right. No tiles.
 */
export function mapChart(points: readonly MapPoint[], bbox?: BoundingBox): string {
  const caption = "Kaart: bezoeken van vandaag en open NOK's";
  const given = bbox ?? boundingBoxOf(points);
  const inside = given
    ? points.filter(
        (p) => p.lon >= given.west && p.lon <= given.east && p.lat >= given.south && p.lat <= given.north,
      )
    : [];
  let box = given;
  const visits = inside.filter((p) => p.kind === "bezoek");
  const noks = inside.filter((p) => p.kind === "open_nok");
  let svg: string | null = null;
  if (box && inside.length > 0) {
    const width = 640;
    const margin = 12;
    const cosLat = Math.cos(((box.north + box.south) / 2) * (Math.PI / 180));
    // Keep the projection true: widen the box rather than squash it when it is taller than 0.8 × wide.
    const spanLat = box.north - box.south;
    const spanLon = Math.max(box.east - box.west, spanLat / (0.8 * cosLat));
    const midLon = (box.east + box.west) / 2;
    box = { ...box, west: midLon - spanLon / 2, east: midLon + spanLon / 2 };
    const aspect = spanLat / (spanLon * cosLat);
    const height = Math.round(Math.max(240, (width - 2 * margin) * aspect + 2 * margin));
    svg = renderPlot(
      "map",
      caption,
      `${visits.length} geplande bezoeken (blauwe cirkels) en ${noks.length} open NOK's (rode driehoeken), equirectangulaire projectie van lengte ${box.west.toFixed(3)}–${box.east.toFixed(3)}, breedte ${box.south.toFixed(3)}–${box.north.toFixed(3)}.`,
      {
        width,
        height,
        margin,
        style: { fontSize: "12px", fontFamily: "system-ui, sans-serif", background: "#f4f7fa" },
        x: { domain: [box.west, box.east], axis: null },
        y: { domain: [box.south, box.north], axis: null },
        marks: [
          Plot.frame({ stroke: INK.grid }),
          Plot.gridX({ stroke: INK.grid, strokeOpacity: 0.6 }),
          Plot.gridY({ stroke: INK.grid, strokeOpacity: 0.6 }),
          Plot.dot(visits, {
            x: "lon",
            y: "lat",
            r: 5,
            fill: INK.primary,
            stroke: "white",
            symbol: "circle",
            title: (p: MapPoint) => `Bezoek ${p.id}: ${p.detail}`,
          }),
          Plot.dot(noks, {
            x: "lon",
            y: "lat",
            r: 7,
            fill: INK.nok,
            stroke: "white",
            symbol: "triangle",
            title: (p: MapPoint) => `Open NOK ${p.id}: ${p.detail}`,
          }),
        ],
      },
    );
  }
  const table = dataTable(
    caption,
    ["Soort", "Id", "Breedte", "Lengte", "Details"],
    inside.map((p) => [
      p.kind === "bezoek" ? "bezoek" : "open NOK",
      p.id,
      p.lat.toFixed(5),
      p.lon.toFixed(5),
      p.detail,
    ]),
  );
  const legend = `<p class="legend"><span class="key visit" aria-hidden="true"></span> bezoek vandaag (${visits.length}) <span class="key nok" aria-hidden="true"></span> open NOK (${noks.length})</p>`;
  return chartFigure("map", caption, svg === null ? null : `${legend}${svg}`, table);
}
