import { isoWeekStart, toDayNumber } from "./dates.js";
import type { DayPlan } from "./plan-day.js";

/**
 * A stored day plan, reduced to what continuity and fairness need (DN `AssignmentSnapshot`).
 * @example
 * const snapshot: AssignmentSnapshot = { date: "2026-03-09", assignments: { "insp-07": [{ workId: "gipod-19170001" }] } };
 */
export interface AssignmentSnapshot {
  readonly date: string;
  /** Work ids per inspector id. */
  readonly assignments: Readonly<Record<string, readonly { readonly workId: string }[]>>;
}

/**
 * Adds the inspectors of a plan as the first-ever inspector of works that have none yet (DN
 * `registerFirstAssignedInspectors`): continuity is sticky, later plans do not overwrite it.
 * Returns a new map; visits are taken in inspector-id order, then assignment order.
 * @example
 * const first = registerFirstInspectors(firstInspectorByWorkId, plan);
 * const next = planDay("2026-03-11", works, antwerpenProfile, { firstInspectorByWorkId: first });
 */
export function registerFirstInspectors(
  firstInspectorByWorkId: Readonly<Record<string, string>>,
  plan: Pick<DayPlan, "assignments">,
): Record<string, string> {
  const next: Record<string, string> = { ...firstInspectorByWorkId };
  for (const inspectorId of Object.keys(plan.assignments).sort()) {
    for (const visit of plan.assignments[inspectorId] ?? []) {
      if (next[visit.workId] === undefined) next[visit.workId] = inspectorId;
    }
  }
  return next;
}

/**
 * Visits already assigned per inspector in the ISO week of `date`, from snapshots of earlier days of that week
 * (DN `buildWeeklyAssignedVisitsByInspector`); feeds `PlanContext.weeklyAssignedVisits`.
 * @example
 * const history = [{ date: "2026-03-09", assignments: { I1: [{ workId: "gipod-1" }, { workId: "gipod-2" }] } }];
 * weeklyAssignedVisits(history, "2026-03-11"); // { I1: 2 }
 */
export function weeklyAssignedVisits(
  history: readonly AssignmentSnapshot[],
  date: string,
): Record<string, number> {
  const day = toDayNumber(date, "date");
  const monday = isoWeekStart(day);
  const counts: Record<string, number> = {};
  for (const snapshot of history) {
    const d = toDayNumber(snapshot.date, "history.date");
    if (d < monday || d >= day) continue;
    for (const [inspectorId, visits] of Object.entries(snapshot.assignments)) {
      counts[inspectorId] = (counts[inspectorId] ?? 0) + visits.length;
    }
  }
  return counts;
}
