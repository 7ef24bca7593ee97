import {
  type CityProfile,
  createWorkingCalendar,
  type DayPlan,
  type InspectorRoute,
  type PlanningWork,
  planDay,
  proposeRoutes,
} from "@digitale-nuts/prioritisation";
import { parseIsoDate, todayInBrussels } from "./dates.js";

/** The day to plan, and why it differs from the one asked for. */
export interface PlanDate {
  readonly date: string;
  readonly requested: string;
  /** Set when `requested` is not a working day and the next working day is planned instead. */
  readonly note?: string;
}

/** `--date` (default today in Europe/Brussels), moved to the next working day of the city's calendar. */
export function resolvePlanDate(
  requested: string | undefined,
  profile: CityProfile,
  now = new Date(),
): PlanDate {
  const asked = requested ? parseIsoDate(requested) : todayInBrussels(now);
  const calendar = createWorkingCalendar(profile.calendar);
  if (calendar.isWorkingDay(asked)) return { date: asked, requested: asked };
  const date = calendar.nextWorkingDay(asked);
  return {
    date,
    requested: asked,
    note: `${asked} is not a working day in ${profile.name}; planning the next working day, ${date}`,
  };
}

/** A day plan with proposed routes. */
export interface PlannedDay {
  readonly plan: DayPlan;
  readonly routes: readonly InspectorRoute[];
  readonly totalKm: number;
}

/** Plans the day and proposes routes (prioritisation does all the deciding). */
export function planWithRoutes(
  date: string,
  works: readonly PlanningWork[],
  profile: CityProfile,
): PlannedDay {
  const plan = planDay(date, works, profile);
  const { routes, totalKm } = proposeRoutes(plan);
  return { plan, routes, totalKm };
}

/** The visits of a plan as flat rows (for CSV), in inspector then assignment order. */
export function planRows(planned: PlannedDay): Record<string, string | number | boolean | null>[] {
  const order = new Map<string, number>();
  for (const r of planned.routes) for (const s of r.stops) order.set(`${r.inspectorId}|${s.id}`, s.order);
  const rows: Record<string, string | number | boolean | null>[] = [];
  for (const inspectorId of Object.keys(planned.plan.assignments).sort()) {
    for (const [i, a] of (planned.plan.assignments[inspectorId] ?? []).entries()) {
      rows.push({
        date: planned.plan.date,
        inspectorId,
        assignmentOrder: i + 1,
        routeOrder: order.get(`${inspectorId}|${a.workId}`) ?? null,
        workId: a.workId,
        gipodId: a.gipodId ?? null,
        postcode: a.postcode,
        visitType: a.visitType,
        mandatory: a.mandatory,
        priority: a.priority,
        pool: a.pool,
        role: a.role,
        overflow: a.overflow,
        score: a.score,
        reasons: a.explanation.map((r) => `${r.factor}=${Math.round(r.contribution * 100) / 100}`).join(" "),
        lat: a.location.lat,
        lon: a.location.lon,
      });
    }
  }
  return rows;
}

/** The CSV columns of {@link planRows}. */
export const PLAN_COLUMNS = [
  "date",
  "inspectorId",
  "assignmentOrder",
  "routeOrder",
  "workId",
  "gipodId",
  "postcode",
  "visitType",
  "mandatory",
  "priority",
  "pool",
  "role",
  "overflow",
  "score",
  "reasons",
  "lat",
  "lon",
] as const;
