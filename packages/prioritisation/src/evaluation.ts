import type { PlanningWork } from "./planning-work.js";
import type { CityProfile } from "./profile.js";
import { type RateEstimate, wilsonInterval } from "./rates.js";
import { type PrioritySignals, scoreWorks } from "./score-works.js";

/**
 * One past day: what each configuration would rank, what was planned, visited and found.
 * @example
 * const day: HistoryDay<PlanningWork> = { date: "2026-03-10", works, outcomes: { "gipod-19170001": "NOK" },
 *   planned: ["gipod-19170001"], visited: ["gipod-19170001"] };
 */
export interface HistoryDay<W = unknown> {
  readonly date: string;
  /** The works in scope that day (passed to each configuration's `rank`). */
  readonly works: readonly W[];
  /** Outcome per visited work id: `NOK` (a defect found) or `OK`. */
  readonly outcomes: Readonly<Record<string, "OK" | "NOK">>;
  /** Work ids on the planned list that day, if known. */
  readonly planned?: readonly string[];
  /** Work ids actually visited that day. */
  readonly visited?: readonly string[];
}

/**
 * A prioritisation configuration under test: a name and a ranking of a day's works, best first.
 * @example
 * const byEndDate: RankingConfig<PlanningWork> = {
 *   name: "end-date",
 *   rank: (day) => [...day.works].sort((a, b) => a.endDate.localeCompare(b.endDate)).map((w) => w.id),
 * };
 */
export interface RankingConfig<W = unknown> {
  readonly name: string;
  rank(day: HistoryDay<W>): readonly string[];
}

/**
 * How one configuration did.
 * @example
 * const b: ConfigEvaluation = evaluatePrioritisation(days, byEndDate, rankByScore("score", antwerpenProfile), 10).b;
 * console.log(b.name, b.precisionAtK.rate, b.hitRate.lower, b.labelledShare);
 */
export interface ConfigEvaluation {
  readonly name: string;
  /** NOK works in the top k over all days / (k × days), with a Wilson interval. */
  readonly precisionAtK: RateEstimate;
  /** Days whose top k held at least one NOK work, with a Wilson interval. */
  readonly hitRate: RateEstimate;
  /** Top-k works whose outcome is known (visited), over all top-k slots: low coverage means unknown labels. */
  readonly labelledShare: number;
}

/**
 * The comparison of two configurations.
 * @example
 * const result: PrioritisationEvaluation = evaluatePrioritisation(days, byEndDate, rankByScore("score", antwerpenProfile), 10);
 * result.plannedVisited.rate; // share of planned works actually visited
 */
export interface PrioritisationEvaluation {
  readonly k: number;
  readonly days: number;
  readonly a: ConfigEvaluation;
  readonly b: ConfigEvaluation;
  /** Mean per-day precision difference b − a with a 95 % normal interval over days. */
  readonly precisionDifference: { readonly mean: number; readonly lower: number; readonly upper: number };
  /** Planned works actually visited, over all planned works (days with a planned list), with a Wilson interval. */
  readonly plannedVisited: RateEstimate;
}

/**
 * Replays past days: which configuration put more NOK-yielding works in its top k (precision@k, hit rate, with
 * confidence intervals), and whether the planned list was actually visited. Unvisited works count as no hit:
 * compare `labelledShare` to see how much that matters.
 * @example
 * const result = evaluatePrioritisation(days, dnOrder, scoreOrder, 10);
 * result.precisionDifference; // { mean: 0.12, lower: 0.04, upper: 0.2 }
 */
export function evaluatePrioritisation<W>(
  history: readonly HistoryDay<W>[],
  configA: RankingConfig<W>,
  configB: RankingConfig<W>,
  k: number,
): PrioritisationEvaluation {
  const perDay = (config: RankingConfig<W>) =>
    history.map((day) => {
      const top = config.rank(day).slice(0, k);
      let hits = 0;
      let labelled = 0;
      for (const id of top) {
        const o = day.outcomes[id];
        if (o !== undefined) labelled++;
        if (o === "NOK") hits++;
      }
      return { hits, labelled };
    });
  const summarise = (name: string, days: { hits: number; labelled: number }[]): ConfigEvaluation => {
    const hits = days.reduce((n, d) => n + d.hits, 0);
    const labelled = days.reduce((n, d) => n + d.labelled, 0);
    const slots = k * days.length;
    return {
      name,
      precisionAtK: wilsonInterval(hits, slots),
      hitRate: wilsonInterval(days.filter((d) => d.hits > 0).length, days.length),
      labelledShare: slots > 0 ? labelled / slots : 0,
    };
  };
  const a = perDay(configA);
  const b = perDay(configB);
  const diffs = a.map((d, i) => ((b[i]?.hits ?? 0) - d.hits) / k);
  const mean = diffs.length ? diffs.reduce((s, x) => s + x, 0) / diffs.length : 0;
  const variance = diffs.length > 1 ? diffs.reduce((s, x) => s + (x - mean) ** 2, 0) / (diffs.length - 1) : 0;
  const half = diffs.length > 1 ? 1.96 * Math.sqrt(variance / diffs.length) : Number.POSITIVE_INFINITY;
  let planned = 0;
  let visitedPlanned = 0;
  for (const day of history) {
    if (!day.planned) continue;
    const visited = new Set(day.visited ?? []);
    planned += day.planned.length;
    for (const id of day.planned) if (visited.has(id)) visitedPlanned++;
  }
  return {
    k,
    days: history.length,
    a: summarise(configA.name, a),
    b: summarise(configB.name, b),
    precisionDifference: { mean, lower: mean - half, upper: mean + half },
    plannedVisited: wilsonInterval(visitedPlanned, planned),
  };
}

/**
 * A {@link RankingConfig} that ranks a day's works by {@link scoreWorks} under a profile, with the day's signals.
 * @example
 * const b = rankByScore("impact+nok", profile, (day) => ({ date: day.date, nokByUtility }));
 */
export function rankByScore(
  name: string,
  profile: CityProfile,
  signalsOf: (day: HistoryDay<PlanningWork>) => PrioritySignals = (day) => ({ date: day.date }),
): RankingConfig<PlanningWork> {
  return { name, rank: (day) => scoreWorks(day.works, profile, signalsOf(day)).ranked.map((s) => s.workId) };
}
