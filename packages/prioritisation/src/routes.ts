import { centroidOf, haversineKm, type LatLon } from "./geo.js";
import type { DayPlan } from "./plan-day.js";

/**
 * A stop to route: any item with an id and a point.
 * @example
 * const stop: RouteStop = { id: "gipod-19170001", location: { lat: 51.2065, lon: 4.4205 } };
 */
export interface RouteStop {
  readonly id: string;
  readonly location: LatLon;
}

/**
 * Orders stops from a start point; returns indices into `stops`. Plug in a better optimiser here.
 * @example
 * const asGiven: RouteStrategy = { name: "as-given", order: (_start, stops) => stops.map((_, i) => i) };
 * proposeRoutes(plan, { strategy: asGiven });
 */
export interface RouteStrategy {
  readonly name: string;
  order(start: LatLon, stops: readonly RouteStop[], distance: (a: LatLon, b: LatLon) => number): number[];
}

/**
 * One inspector's route.
 * @example
 * const routes: InspectorRoute[] = proposeRoutes(plan).routes;
 * for (const r of routes) console.log(r.inspectorId, r.totalKm.toFixed(1), r.stops.map((s) => s.id));
 */
export interface InspectorRoute {
  readonly inspectorId: string;
  readonly start: LatLon;
  readonly stops: readonly {
    readonly id: string;
    readonly order: number;
    readonly location: LatLon;
    readonly legKm: number;
  }[];
  /** Start → last stop (→ start when `returnToStart`), in km. */
  readonly totalKm: number;
}

/**
 * Nearest neighbour from the start, then 2-opt until no improving swap (open path, or closed when `returnToStart`).
 * @example
 * const strategy = nearestNeighbourTwoOpt({ returnToStart: true, maxPasses: 20 });
 * proposeRoutes(plan, { strategy, returnToStart: true });
 */
export function nearestNeighbourTwoOpt(
  options: { returnToStart?: boolean; maxPasses?: number } = {},
): RouteStrategy {
  return {
    name: "nearest-neighbour+2-opt",
    order(start, stops, distance) {
      const n = stops.length;
      const left = stops.map((_, i) => i);
      const tour: number[] = [];
      let here = start;
      while (left.length > 0) {
        let best = 0;
        let bestKm = Number.POSITIVE_INFINITY;
        for (let j = 0; j < left.length; j++) {
          const km = distance(here, (stops[left[j] as number] as RouteStop).location);
          if (km < bestKm) {
            bestKm = km;
            best = j;
          }
        }
        const next = left.splice(best, 1)[0] as number;
        tour.push(next);
        here = (stops[next] as RouteStop).location;
      }
      // 2-opt on the path start → tour[0..n-1] (→ start): reverse tour[i..j] when it shortens the route.
      const at = (i: number): LatLon =>
        i < 0 ? start : i >= n ? start : (stops[tour[i] as number] as RouteStop).location;
      const closed = options.returnToStart === true;
      const maxPasses = options.maxPasses ?? 50;
      for (let pass = 0, improved = true; improved && pass < maxPasses; pass++) {
        improved = false;
        for (let i = 0; i < n - 1; i++) {
          for (let j = i + 1; j < n; j++) {
            const before =
              distance(at(i - 1), at(i)) + (j + 1 < n || closed ? distance(at(j), at(j + 1)) : 0);
            const after = distance(at(i - 1), at(j)) + (j + 1 < n || closed ? distance(at(i), at(j + 1)) : 0);
            if (after < before - 1e-9) {
              for (let a = i, b = j; a < b; a++, b--)
                [tour[a], tour[b]] = [tour[b] as number, tour[a] as number];
              improved = true;
            }
          }
        }
      }
      return tour;
    },
  };
}

/**
 * Options of {@link proposeRoutes}.
 * @example
 * const options: RouteOptions = { startOf: () => antwerpenProfile.defaultCenter, returnToStart: true };
 * const { routes, totalKm } = proposeRoutes(plan, options);
 */
export interface RouteOptions {
  /** Where an inspector starts (office, home base); default: the centroid of their stops, as DN does. */
  readonly startOf?: (inspectorId: string, stops: readonly RouteStop[]) => LatLon;
  readonly strategy?: RouteStrategy;
  readonly returnToStart?: boolean;
}

/**
 * Proposes a route per inspector over their assigned visits: nearest neighbour from a start point, then 2-opt
 * (haversine km; no road network or time windows). Takes a {@link DayPlan} or stops per inspector; the strategy
 * is pluggable.
 * @example
 * const { routes, totalKm } = proposeRoutes(plan, { startOf: (id) => starts[id] ?? antwerpenProfile.defaultCenter });
 */
export function proposeRoutes(
  plan: Pick<DayPlan, "assignments"> | Readonly<Record<string, readonly RouteStop[]>>,
  options: RouteOptions = {},
): { routes: InspectorRoute[]; totalKm: number; strategy: string } {
  const stopsByInspector: Readonly<Record<string, readonly RouteStop[]>> = isPlan(plan)
    ? Object.fromEntries(
        Object.entries(plan.assignments).map(([id, visits]) => [
          id,
          visits.map((v) => ({ id: v.workId, location: v.location })),
        ]),
      )
    : plan;
  const startOf =
    options.startOf ??
    ((_: string, stops: readonly RouteStop[]) => centroidOf(stops.map((s) => s.location)) as LatLon);
  const strategy =
    options.strategy ?? nearestNeighbourTwoOpt({ returnToStart: options.returnToStart ?? false });
  const routes: InspectorRoute[] = [];
  let totalKm = 0;
  for (const inspectorId of Object.keys(stopsByInspector).sort()) {
    const stops = stopsByInspector[inspectorId] ?? [];
    if (stops.length === 0) continue;
    const start = startOf(inspectorId, stops);
    const order = strategy.order(start, stops, haversineKm);
    let here = start;
    let km = 0;
    const routed = order.map((i, n) => {
      const stop = stops[i] as RouteStop;
      const legKm = haversineKm(here, stop.location);
      km += legKm;
      here = stop.location;
      return { id: stop.id, order: n + 1, location: stop.location, legKm };
    });
    if (options.returnToStart) km += haversineKm(here, start);
    routes.push({ inspectorId, start, stops: routed, totalKm: km });
    totalKm += km;
  }
  return { routes, totalKm, strategy: strategy.name };
}

/**
 * Length of a path through points in the given order, from `start` (for comparing strategies).
 * @example
 * pathKm(antwerpenProfile.defaultCenter, route.stops.map((s) => s.location));
 */
export function pathKm(start: LatLon, points: readonly LatLon[]): number {
  let km = 0;
  let here = start;
  for (const p of points) {
    km += haversineKm(here, p);
    here = p;
  }
  return km;
}

function isPlan(value: object): value is Pick<DayPlan, "assignments"> {
  const assignments = (value as { assignments?: unknown }).assignments;
  return typeof assignments === "object" && assignments !== null && !Array.isArray(assignments);
}
