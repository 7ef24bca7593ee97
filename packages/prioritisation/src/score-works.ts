import { dueVisit } from "./cadence.js";
import { createWorkingCalendar, type WorkingCalendar } from "./calendar.js";
import { toDayNumber } from "./dates.js";
import { areaImpactScores, type Level } from "./impact.js";
import { categoryCode, type PlanningWork, permitStatusCode } from "./planning-work.js";
import type { CityProfile, Scoring } from "./profile.js";
import { shrinkRate, wilsonInterval } from "./rates.js";
import type { Reason } from "./reason.js";
import { topK } from "./top-k.js";

/**
 * Past inspections and NOK findings of one party (utility or contractor).
 * @example
 * const nokByUtility: Record<string, NokHistory> = {
 *   Fluvius: { inspections: 40, nok: 12 },
 *   "Water-link": { inspections: 60, nok: 6 },
 * };
 */
export interface NokHistory {
  readonly inspections: number;
  readonly nok: number;
}

/**
 * Data beyond the works themselves; every signal is optional and its factor is left out when absent.
 * @example
 * const signals: PrioritySignals = { date: "2026-03-10", nokByUtility,
 *   openComplaints: { "gipod-19170001": 2 }, lastVisitByWorkId: { "gipod-19170001": "2026-03-02" } };
 * scoreWorks(works, antwerpenProfile, signals);
 */
export interface PrioritySignals {
  /** Reference day (`YYYY-MM-DD`); needed for visit obligation, deadline and days since last visit. */
  readonly date?: string;
  /** Past findings per utility (key as in `PlanningWork.utility`). */
  readonly nokByUtility?: Readonly<Record<string, NokHistory>>;
  /** Past findings per contractor. */
  readonly nokByContractor?: Readonly<Record<string, NokHistory>>;
  /** Open resident complaints per work id. */
  readonly openComplaints?: Readonly<Record<string, number>>;
  /** Last visit date per work id (works absent from the map were never visited). */
  readonly lastVisitByWorkId?: Readonly<Record<string, string>>;
  /** A calendar to reuse (built from the profile otherwise). */
  readonly calendar?: WorkingCalendar;
}

/**
 * Factor names of the priority score.
 * @example
 * const factor: PriorityFactor = "openComplaints";
 * antwerpenProfile.scoring.weights[factor]; // 15
 */
export type PriorityFactor = keyof Scoring["weights"];

/**
 * One work's priority, explained. `reasons` contributions sum to `score`.
 * @example
 * const [best]: readonly ScoredWork[] = scoreWorks(works, antwerpenProfile, signals, { top: 1 }).ranked;
 * best?.reasons.map((r) => `${r.factor}: +${r.contribution.toFixed(1)}`);
 */
export interface ScoredWork {
  readonly workId: string;
  /** Position in the input array. */
  readonly index: number;
  /** 0–100. */
  readonly score: number;
  readonly level: Level;
  readonly reasons: readonly Reason[];
}

/**
 * The result of {@link scoreWorks}.
 * @example
 * const ranking: PriorityRanking = scoreWorks(works, antwerpenProfile, signals, { top: 20 });
 * ranking.scores[0]; // the score of works[0]
 * ranking.factors.map((f) => `${f.factor}: ${f.points.toFixed(1)} points`);
 */
export interface PriorityRanking {
  /** Score per input work (same order as the input). */
  readonly scores: Float64Array;
  /** The best `top` works (all by default), by score then work id. */
  readonly ranked: readonly ScoredWork[];
  /** Factors that took part, with their share of the 100 points. */
  readonly factors: readonly { readonly factor: PriorityFactor; readonly points: number }[];
}

/**
 * Severity 0..1 of GIPOD hindrance consequences (oslo `Gevolgtypes` codes); the worst one counts.
 * @example
 * consequenceSeverity.geen_doorgang_voetgangers; // 1
 * consequenceSeverity.afgesloten_een_rijrichting; // 0.5
 */
export const consequenceSeverity: Readonly<Record<string, number>> = {
  geen_doorgang_voetgangers: 1,
  geen_doorgang_fietsers: 0.9,
  geen_doorgang_gemotoriseerd: 0.8,
  geen_doorgang_gemotoriseerd_uitgezonderd_hulpdiensten: 0.75,
  geen_doorgang_gemotoriseerd_uitgezonderd_openbaar_vervoer: 0.7,
  geen_doorgang_gemotoriseerd_uitgezonderd_plaatselijk_verkeer: 0.6,
  beperkte_doorgang_voetgangers: 0.7,
  beperkte_doorgang_fietsers: 0.6,
  afgesloten_een_rijrichting: 0.5,
  handelaars_moeilijk_bereikbaar: 0.5,
};
const OTHER_CONSEQUENCE = 0.3;

/** Pooled NOK mean and shrunk per-party factor values (0.5 at the city mean, 1 at twice the mean or more). */
function nokFactors(history: Readonly<Record<string, NokHistory>>, strength: number) {
  let inspections = 0;
  let nok = 0;
  for (const h of Object.values(history)) {
    inspections += h.inspections;
    nok += h.nok;
  }
  const mean = inspections > 0 ? nok / inspections : 0;
  const byParty = new Map<string, { value: number; shrunk: number; lower: number; upper: number }>();
  for (const [party, h] of Object.entries(history)) {
    const shrunk = shrinkRate(h.nok, h.inspections, mean, strength);
    const { lower, upper } = wilsonInterval(h.nok, h.inspections);
    const value = mean > 0 ? Math.min(1, Math.max(0, 0.5 * (shrunk / mean))) : 0;
    byParty.set(party, { value, shrunk, lower, upper });
  }
  return { mean, byParty, meanValue: mean > 0 ? 0.5 : 0 };
}

/**
 * Scores works 0–100 on weighted, explainable factors: visit obligation, deadline proximity, permit status,
 * category, GIPOD hindrance, area impact (DN's formula by default), the utility's and contractor's NOK rate
 * (shrunk to the city mean), open complaints and days since the last visit. Factors without data or with
 * weight 0 are left out and the rest rescaled to 100. Columnar inside (typed arrays); reasons only for `top`.
 * @example
 * const { ranked } = scoreWorks(works, antwerpenProfile, { date: "2026-03-10", openComplaints }, { top: 20 });
 * ranked[0]; // { workId, score: 82.5, level: "HOOG", reasons: [{ factor: "visitObligation", value: 1, weight: 22.7, contribution: 22.7 }, …] }
 */
export function scoreWorks(
  works: readonly PlanningWork[],
  profile: CityProfile,
  signals: PrioritySignals = {},
  options: { top?: number } = {},
): PriorityRanking {
  const n = works.length;
  const s = profile.scoring;
  const w = s.weights;
  const day = signals.date === undefined ? undefined : toDayNumber(signals.date, "signals.date");
  const calendar =
    day === undefined || w.visitObligation === 0
      ? undefined
      : (signals.calendar ?? createWorkingCalendar(profile.calendar));
  const impact = areaImpactScores(profile.areas, profile.impact);
  const utility = signals.nokByUtility ? nokFactors(signals.nokByUtility, s.nokPriorStrength) : undefined;
  const contractor = signals.nokByContractor
    ? nokFactors(signals.nokByContractor, s.nokPriorStrength)
    : undefined;
  const cadence = profile.cadence;

  const used: PriorityFactor[] = [];
  const use = (factor: PriorityFactor, available: boolean) => {
    if (available && w[factor] > 0) used.push(factor);
  };
  use("visitObligation", calendar !== undefined);
  use("deadlineProximity", day !== undefined);
  use("permitStatus", true);
  use("category", true);
  use("hindrance", true);
  use("areaImpact", impact.size > 0);
  use("utilityNokRate", utility !== undefined);
  use("contractorNokRate", contractor !== undefined);
  use("openComplaints", signals.openComplaints !== undefined);
  use("daysSinceLastVisit", day !== undefined && signals.lastVisitByWorkId !== undefined);
  let total = 0;
  for (const f of used) total += w[f];
  const points = (f: PriorityFactor) => (total > 0 && used.includes(f) ? (100 * w[f]) / total : 0);
  const P = {
    visitObligation: points("visitObligation"),
    deadlineProximity: points("deadlineProximity"),
    permitStatus: points("permitStatus"),
    category: points("category"),
    hindrance: points("hindrance"),
    areaImpact: points("areaImpact"),
    utilityNokRate: points("utilityNokRate"),
    contractorNokRate: points("contractorNokRate"),
    openComplaints: points("openComplaints"),
    daysSinceLastVisit: points("daysSinceLastVisit"),
  };

  // One pass computing each factor value (0..1) and the weighted sum; values are recomputed for `top` only.
  const value = (work: PlanningWork, f: PriorityFactor): number => {
    switch (f) {
      case "visitObligation": {
        if (calendar === undefined || day === undefined || !calendar.isWorkingDayNumber(day)) return 0;
        // The planner's own cadence rule: 1 for a mandatory START/EIND visit, 0.5 for a TUSSEN visit.
        const due = dueVisit(work, day, calendar, cadence);
        return due === undefined ? 0 : due.mandatory ? 1 : 0.5;
      }
      case "deadlineProximity": {
        const daysToEnd = toDayNumber(work.endDate) - (day as number);
        return daysToEnd <= 0 ? 1 : Math.max(0, 1 - daysToEnd / s.deadlineHorizonDays);
      }
      case "permitStatus":
        return s.permitRisk[permitStatusCode(work.permitStatus)] ?? s.unknownPermitRisk;
      case "category":
        return s.categoryValue[categoryCode(work.category)] ?? s.unknownCategoryValue;
      case "hindrance": {
        let v = work.severeHindrance ? 1 : 0;
        const cs = work.consequences;
        if (cs)
          for (let i = 0; i < cs.length && v < 1; i++)
            v = Math.max(v, consequenceSeverity[cs[i] as string] ?? OTHER_CONSEQUENCE);
        return v;
      }
      case "areaImpact":
        return (impact.get(work.postcode) ?? 0) / 100;
      case "utilityNokRate":
        return work.utility === undefined
          ? 0
          : (utility?.byParty.get(work.utility)?.value ?? utility?.meanValue ?? 0);
      case "contractorNokRate":
        return work.contractor === undefined
          ? 0
          : (contractor?.byParty.get(work.contractor)?.value ?? contractor?.meanValue ?? 0);
      case "openComplaints": {
        const c = signals.openComplaints?.[work.id] ?? 0;
        return c > 0 ? 1 - 1 / (1 + c) : 0;
      }
      case "daysSinceLastVisit": {
        const last = signals.lastVisitByWorkId?.[work.id];
        const since =
          last === undefined
            ? (day as number) - toDayNumber(work.startDate)
            : (day as number) - toDayNumber(last);
        return Math.min(1, Math.max(0, since / s.lastVisitHorizonDays));
      }
    }
  };

  const scores = new Float64Array(n);
  const weights = used.map((f) => P[f]);
  for (let i = 0; i < n; i++) {
    const work = works[i] as PlanningWork;
    let sum = 0;
    for (let j = 0; j < used.length; j++)
      sum += (weights[j] as number) * value(work, used[j] as PriorityFactor);
    scores[i] = sum;
  }

  const k = options.top ?? n;
  const order = topK(scores, k, (a, b) => {
    const ia = (works[a] as PlanningWork).id;
    const ib = (works[b] as PlanningWork).id;
    return ia < ib ? -1 : ia > ib ? 1 : a - b;
  });
  const ranked = order.map((index): ScoredWork => {
    const work = works[index] as PlanningWork;
    const reasons = used.map((f) => {
      const v = value(work, f);
      return { factor: f, value: v, weight: P[f], contribution: v * P[f] };
    });
    const score = scores[index] as number;
    return { workId: work.id, index, score, level: priorityLevel(score, s), reasons };
  });
  return { scores, ranked, factors: used.map((factor) => ({ factor, points: P[factor] })) };
}

/**
 * The level of a priority score under the profile's thresholds.
 * @example
 * priorityLevel(65, antwerpenProfile.scoring); // "HOOG" (≥ 60; MIDDEL ≥ 35)
 */
export function priorityLevel(
  score: number,
  scoring: Pick<Scoring, "highThreshold" | "mediumThreshold">,
): Level {
  return score >= scoring.highThreshold ? "HOOG" : score >= scoring.mediumThreshold ? "MIDDEL" : "LAAG";
}

/**
 * The shrunk NOK estimate of one party, for display: raw rate, Wilson interval, and the rate shrunk to the mean.
 * @example
 * nokEstimate({ Fluvius: { inspections: 40, nok: 12 }, "Water-link": { inspections: 60, nok: 6 } }, "Fluvius", 10);
 * // { hits: 12, trials: 40, rate: 0.3, lower: 0.18…, upper: 0.45…, cityMean: 0.18, shrunk: 0.276 }
 */
export function nokEstimate(
  history: Readonly<Record<string, NokHistory>>,
  party: string,
  priorStrength: number,
) {
  const { mean, byParty } = nokFactors(history, priorStrength);
  const h = history[party] ?? { inspections: 0, nok: 0 };
  const hit = byParty.get(party);
  return { ...wilsonInterval(h.nok, h.inspections), cityMean: mean, shrunk: hit?.shrunk ?? mean };
}
