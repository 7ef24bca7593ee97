import type { VisitType } from "./cadence.js";
import { toDayNumber } from "./dates.js";
import type { ImpactScore, Level } from "./impact.js";
import type { Reason } from "./reason.js";

/**
 * A planned visit as the decision engine sees it.
 * @example
 * const visit: DecisionVisit = { workId: "gipod-19170001", inspectorId: "insp-07", postcode: "2018", visitType: "EIND",
 *   mandatory: true, startDate: "2026-03-02", endDate: "2026-03-12", status: "in_uitvoering" };
 */
export interface DecisionVisit {
  readonly workId: string;
  readonly inspectorId: string;
  readonly postcode: string;
  readonly visitType: VisitType;
  readonly mandatory: boolean;
  readonly startDate: string;
  readonly endDate: string;
  /** Occupancy status; `concreet_gepland` (DN `VERGUND`) adds points. */
  readonly status?: string;
  readonly locationSource?: string;
}

/**
 * DN's recommended actions.
 * @example
 * const action: RecommendedAction = decideVisit(visit, [], "2026-03-10").recommendedAction; // "Controleer herstel"
 */
export type RecommendedAction =
  | "Afsluiten mogelijk"
  | "Escaleer"
  | "Controleer herstel"
  | "Plan tussenbezoek";

/**
 * The per-visit decision (DN `buildVisitDecision`).
 * @example
 * const d: VisitDecision = decideVisit(visit, [], "2026-03-10");
 * d.priority; // 78 (HOOG): base 18 + mandatory 20 + EIND 10 + end within 3 days 30
 * d.insights; // ["Binnen 2 dagen einddatum", "Cadansbezoek vereist vandaag"]
 */
export interface VisitDecision {
  readonly priority: number;
  readonly level: Level;
  readonly conflict: boolean;
  readonly recommendedAction: RecommendedAction;
  readonly actionTypeLabel: "STARTBEZOEK" | "EINDBEZOEK" | "TUSSENBEZOEK";
  readonly progressPct: number;
  readonly daysToEnd: number;
  /** At most 3 short insights, most important first. */
  readonly insights: readonly string[];
  readonly reasons: readonly Reason[];
}

/**
 * DN_DISPATCH's decision engine (dn-dispatch.md §1.6), with every point as a reason: base 18, +20 mandatory,
 * +10 START/EIND, +30 (≤ 3 days to end) or +18 (≤ 14), +8 on today's route and +6 in its first three, +16
 * conflict, +4 postcode-only location, +6 `VERGUND`, +12 at or past the end, + impact delta; clamped 0..100.
 * Levels HOOG ≥ 70, MIDDEL ≥ 45.
 * @example
 * const d = decideVisit(visit, plan.assignments[visit.inspectorId], "2026-03-10", { routeIndex: 2, impact });
 */
export function decideVisit(
  visit: DecisionVisit,
  sameDayVisits: readonly DecisionVisit[],
  date: string,
  options: { routeIndex?: number; impact?: ImpactScore } = {},
): VisitDecision {
  const day = toDayNumber(date, "date");
  const start = toDayNumber(visit.startDate, "visit.startDate");
  const end = toDayNumber(visit.endDate, "visit.endDate");
  const daysToEnd = end - day;
  const others = sameDayVisits.filter(
    (v) => v.inspectorId === visit.inspectorId && v.workId !== visit.workId,
  );
  const critical = others.filter((v) => toDayNumber(v.endDate) - day <= 3).length;
  const samePostcode = others.filter((v) => v.postcode === visit.postcode).length;
  const conflict = critical >= 2 || others.length >= 5 || samePostcode >= 2;

  const reasons: Reason[] = [{ factor: "base", value: true, weight: 18, contribution: 18 }];
  const add = (
    factor: string,
    applies: boolean,
    points: number,
    value: number | string | boolean = applies,
  ) => {
    if (applies) reasons.push({ factor, value, weight: points, contribution: points });
  };
  add("mandatory", visit.mandatory, 20);
  add("startOrEnd", visit.visitType !== "TUSSEN", 10, visit.visitType);
  if (daysToEnd <= 3) add("endWithin3Days", true, 30, daysToEnd);
  else if (daysToEnd <= 14) add("endWithin14Days", true, 18, daysToEnd);
  const onRoute = options.routeIndex !== undefined;
  add("onRouteToday", onRoute, 8, options.routeIndex ?? 0);
  add("earlyOnRoute", onRoute && (options.routeIndex as number) <= 3, 6, options.routeIndex ?? 0);
  add("conflict", conflict, 16);
  add("postcodeLocation", visit.locationSource === "postcode", 4);
  add(
    "statusVergund",
    visit.status === "concreet_gepland" || visit.status === "VERGUND",
    6,
    visit.status ?? "",
  );
  add("endReached", daysToEnd <= 0, 12, daysToEnd);
  if (options.impact) add("impact", true, options.impact.priorityDelta, options.impact.score);
  const raw = reasons.reduce((sum, r) => sum + r.contribution, 0);
  const priority = Math.min(100, Math.max(0, raw));
  const level: Level = priority >= 70 ? "HOOG" : priority >= 45 ? "MIDDEL" : "LAAG";

  const recommendedAction: RecommendedAction =
    daysToEnd <= 0
      ? "Afsluiten mogelijk"
      : conflict && level === "HOOG"
        ? "Escaleer"
        : visit.visitType === "EIND" || daysToEnd <= 3
          ? "Controleer herstel"
          : "Plan tussenbezoek";
  const insights: string[] = [];
  if (daysToEnd >= 0 && daysToEnd <= 14) insights.push(`Binnen ${daysToEnd} dagen einddatum`);
  if (visit.mandatory) insights.push("Cadansbezoek vereist vandaag");
  if (onRoute) insights.push(`Ligt op route vandaag (#${options.routeIndex})`);
  if (conflict) insights.push("Conflicteert met ander dossier");
  if (options.impact)
    insights.push(`Maatschappelijke impact: ${options.impact.level} (${options.impact.score})`);
  const total = Math.max(1, end - start);
  return {
    priority,
    level,
    conflict,
    recommendedAction,
    actionTypeLabel:
      visit.visitType === "START"
        ? "STARTBEZOEK"
        : visit.visitType === "EIND"
          ? "EINDBEZOEK"
          : "TUSSENBEZOEK",
    progressPct: Math.round(Math.min(1, Math.max(0, (day - start) / total)) * 100),
    daysToEnd,
    insights: insights.slice(0, 3),
    reasons,
  };
}
