import type { WorkingCalendar } from "./calendar.js";
import { type DayNumber, toDayNumber } from "./dates.js";
import { categoryCode, hasPermitReference, type PlanningWork, permitStatusCode } from "./planning-work.js";
import type { Cadence, Dispatch } from "./profile.js";

/**
 * Kind of visit (oslo `Bezoektypes`).
 * @example
 * const visitType: VisitType = "TUSSEN";
 */
export type VisitType = "START" | "TUSSEN" | "EIND";

/**
 * A visit the cadence asks for today, before assignment.
 * @example
 * const [first]: VisitCandidate[] = buildCandidates(works, day, calendar, antwerpenProfile.cadence, antwerpenProfile.dispatch);
 * first; // { work, visitType: "START", mandatory: true, priority: 120, source: "cadence", permitTier: 2, strategicPriority: 3 }
 */
export interface VisitCandidate {
  readonly work: PlanningWork;
  readonly visitType: VisitType;
  readonly mandatory: boolean;
  readonly priority: number;
  /** `cadence` (START/EIND/TUSSEN rule) or `coverage` (top-up to the target share). */
  readonly source: "cadence" | "coverage";
  /** 2 = approved signalisation permit, 1 = permit context (in preparation or a reference), 0 = none. */
  readonly permitTier: 0 | 1 | 2;
  /** DN's strategic project priority 0..3 (tier, with low-priority categories last). */
  readonly strategicPriority: number;
}

/**
 * A work active on a day: `start ≤ day ≤ end`.
 * @example
 * isActiveOn(work, toDayNumber("2026-03-10")); // true for a work from 2026-03-09 to 2026-03-20
 */
export function isActiveOn(work: PlanningWork, day: DayNumber): boolean {
  return (
    toDayNumber(work.startDate, `work ${work.id}.startDate`) <= day &&
    day <= toDayNumber(work.endDate, `work ${work.id}.endDate`)
  );
}

/**
 * Signalisation permit tier of a work (DN `getSignalisatiePermitPriorityTier`).
 * @example
 * permitTier({ ...work, permitStatus: "afgeleverd" }, antwerpenProfile.dispatch); // 2
 */
export function permitTier(work: PlanningWork, dispatch: Dispatch): 0 | 1 | 2 {
  const code = permitStatusCode(work.permitStatus);
  if (dispatch.approvedPermitStatuses.includes(code)) return 2;
  if (dispatch.permitContextStatuses.includes(code) || hasPermitReference(work)) return 1;
  return 0;
}

/**
 * DN's strategic project priority: 3 approved, 2 approved low-priority category or permit context, 1 none, 0 none and low-priority.
 * @example
 * const tier = permitTier(work, antwerpenProfile.dispatch);
 * strategicPriority(tier, work, antwerpenProfile.dispatch); // 3 for an approved categorie_1 work
 */
export function strategicPriority(tier: 0 | 1 | 2, work: PlanningWork, dispatch: Dispatch): number {
  const low = dispatch.lowPriorityCategories.includes(categoryCode(work.category));
  if (tier === 2) return low ? 2 : 3;
  if (tier === 1) return 2;
  return low ? 0 : 1;
}

/**
 * The cadence visit due for a work on a working day, if any: START on the start moved forward to a working
 * day, EIND on the end moved back to one (both mandatory), else TUSSEN every N working days after the start.
 * @example
 * const calendar = createWorkingCalendar(antwerpenProfile.calendar);
 * dueVisit(work, toDayNumber(work.startDate), calendar, antwerpenProfile.cadence);
 * // { visitType: "START", mandatory: true, priority: 120 }
 */
export function dueVisit(
  work: PlanningWork,
  day: DayNumber,
  calendar: WorkingCalendar,
  cadence: Cadence,
): { visitType: VisitType; mandatory: boolean; priority: number } | undefined {
  const start = toDayNumber(work.startDate, `work ${work.id}.startDate`);
  const end = toDayNumber(work.endDate, `work ${work.id}.endDate`);
  if (day < start || day > end) return undefined;
  const adjustedStart = calendar.adjust(start, "forward");
  if (day === adjustedStart) return { visitType: "START", mandatory: true, priority: cadence.startPriority };
  if (day === calendar.adjust(end, "backward"))
    return { visitType: "EIND", mandatory: true, priority: cadence.endPriority };
  if (calendar.workingDaysBetween(adjustedStart, day) % cadence.intermediateEveryWorkingDays === 0) {
    return { visitType: "TUSSEN", mandatory: false, priority: cadence.intermediatePriority };
  }
  return undefined;
}

/**
 * Candidate order (DN `sortCandidates` + `prioritizeCandidatesByPermitContext`): permit tier, strategic priority,
 * visit priority (high first), end date (early first). Exact ties go by work id, so the order does not depend on
 * the input order (DN keeps input order there).
 * @example
 * const ordered = [...candidates].sort(compareCandidates);
 */
export function compareCandidates(a: VisitCandidate, b: VisitCandidate): number {
  return (
    b.permitTier - a.permitTier ||
    b.strategicPriority - a.strategicPriority ||
    b.priority - a.priority ||
    (a.work.endDate < b.work.endDate ? -1 : a.work.endDate > b.work.endDate ? 1 : 0) ||
    (a.work.id < b.work.id ? -1 : a.work.id > b.work.id ? 1 : 0) ||
    (a.visitType < b.visitType ? -1 : a.visitType > b.visitType ? 1 : 0)
  );
}

/**
 * Today's visit candidates for works already filtered: cadence visits, then (if fewer than the target share of
 * active works) coverage top-up TUSSEN visits at the top-up priority. Sorted by {@link compareCandidates}.
 * @example
 * const { included } = filterWorks(works, antwerpenProfile.filter);
 * const day = toDayNumber("2026-03-10");
 * const candidates = buildCandidates(included, day, calendar, antwerpenProfile.cadence, antwerpenProfile.dispatch);
 */
export function buildCandidates(
  works: readonly PlanningWork[],
  day: DayNumber,
  calendar: WorkingCalendar,
  cadence: Cadence,
  dispatch: Dispatch,
): VisitCandidate[] {
  if (!calendar.isWorkingDayNumber(day)) return [];
  const candidates: VisitCandidate[] = [];
  const rest: PlanningWork[] = [];
  let active = 0;
  const make = (
    work: PlanningWork,
    v: { visitType: VisitType; mandatory: boolean; priority: number },
    source: VisitCandidate["source"],
  ) => {
    const tier = permitTier(work, dispatch);
    return {
      work,
      ...v,
      source,
      permitTier: tier,
      strategicPriority: strategicPriority(tier, work, dispatch),
    };
  };
  for (const work of works) {
    if (!isActiveOn(work, day)) continue;
    active++;
    const due = dueVisit(work, day, calendar, cadence);
    if (due) candidates.push(make(work, due, "cadence"));
    else rest.push(work);
  }
  const target = cadence.coverageTopUp.enabled ? Math.ceil(active * cadence.coverageTopUp.targetShare) : 0;
  if (target > candidates.length) {
    const topUp = rest.map((work) =>
      make(
        work,
        { visitType: "TUSSEN", mandatory: false, priority: cadence.coverageTopUp.priority },
        "coverage",
      ),
    );
    topUp.sort(compareCandidates);
    candidates.push(...topUp.slice(0, target - candidates.length));
  }
  return candidates.sort(compareCandidates);
}

/**
 * Works due a weekly hand-over follow-up today: `minDays ≤ d ≤ maxDays` and `d % everyDays = 0`, d counted from the end moved back to a working day.
 * @example
 * followUpsDue(works, toDayNumber("2026-03-09"), calendar, antwerpenProfile.cadence);
 * // [{ work, daysSinceEnd: 7 }] for a work that ended on 2026-03-02
 */
export function followUpsDue(
  works: readonly PlanningWork[],
  day: DayNumber,
  calendar: WorkingCalendar,
  cadence: Cadence,
): { work: PlanningWork; daysSinceEnd: number }[] {
  const { followUp } = cadence;
  if (!followUp.enabled || !calendar.isWorkingDayNumber(day)) return [];
  const due: { work: PlanningWork; daysSinceEnd: number }[] = [];
  for (const work of works) {
    const end = toDayNumber(work.endDate, `work ${work.id}.endDate`);
    if (day - end > followUp.maxDays || day < end) continue;
    const d = day - calendar.adjust(end, "backward");
    if (d >= followUp.minDays && d <= followUp.maxDays && d % followUp.everyDays === 0)
      due.push({ work, daysSinceEnd: d });
  }
  return due;
}
