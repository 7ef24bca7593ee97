import type { Area, ImpactIndicators, ImpactModel } from "./profile.js";
import type { Reason } from "./reason.js";

/**
 * Impact level (DN: HOOG ≥ 70, MIDDEL ≥ 40).
 * @example
 * const level: Level = impactLevel(43, antwerpenProfile.impact); // "MIDDEL"
 */
export type Level = "LAAG" | "MIDDEL" | "HOOG";

/**
 * An area's societal impact score with its reasons.
 * @example
 * const impact: ImpactScore = computeImpactScore({ populationDensity: 9857, servicePressure: 1 }, antwerpenProfile.impact);
 * impact.priorityDelta; // 9 = round(43 × 0.2)
 * decideVisit(visit, sameDayVisits, "2026-03-10", { impact });
 */
export interface ImpactScore {
  /** 0–100. */
  readonly score: number;
  readonly level: Level;
  /** Points the decision engine adds: round(score × priorityFactor). */
  readonly priorityDelta: number;
  readonly reasons: readonly Reason[];
}

const clamp01 = (v: number | null | undefined) =>
  typeof v === "number" && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;

/**
 * DN's impact formula (dn-dispatch.md §3.2): `round(100 × Σ weight·normalised indicator)`, density scaled
 * between `densityMin` and `densityMax`, other indicators clamped to 0..1, unknown = 0.
 * @example
 * computeImpactScore({ populationDensity: 9857, servicePressure: 1 }, antwerpenProfile.impact).score; // 43
 */
export function computeImpactScore(indicators: ImpactIndicators, model: ImpactModel): ImpactScore {
  const range = model.densityMax - model.densityMin;
  const density = indicators.populationDensity;
  const densityN =
    typeof density === "number" && Number.isFinite(density) && range > 0
      ? clamp01((density - model.densityMin) / range)
      : 0;
  const parts: [keyof ImpactModel["weights"], number][] = [
    ["populationDensity", densityN],
    ["vulnerableShare", clamp01(indicators.vulnerableShare)],
    ["servicePressure", clamp01(indicators.servicePressure)],
    ["mobilitySensitivity", clamp01(indicators.mobilitySensitivity)],
  ];
  let sum = 0;
  const reasons: Reason[] = [];
  for (const [factor, value] of parts) {
    const weight = model.weights[factor];
    sum += weight * value;
    reasons.push({ factor, value, weight: weight * 100, contribution: weight * value * 100 });
  }
  const score = Math.min(100, Math.max(0, Math.round(100 * sum)));
  return {
    score,
    level: impactLevel(score, model),
    priorityDelta: Math.round(score * model.priorityFactor),
    reasons,
  };
}

/**
 * The level of an impact score under a model's thresholds.
 * @example
 * impactLevel(43, antwerpenProfile.impact); // "MIDDEL" (HOOG ≥ 70, MIDDEL ≥ 40)
 */
export function impactLevel(
  score: number,
  model: Pick<ImpactModel, "highThreshold" | "mediumThreshold">,
): Level {
  return score >= model.highThreshold ? "HOOG" : score >= model.mediumThreshold ? "MIDDEL" : "LAAG";
}

/**
 * Impact score per postcode of a profile: the area's explicit `impactScore`, else the formula on its indicators.
 * @example
 * const byPostcode = areaImpactScores(antwerpenProfile.areas, antwerpenProfile.impact);
 * byPostcode.get("2000"); // 43
 */
export function areaImpactScores(areas: readonly Area[], model: ImpactModel): Map<string, number> {
  const out = new Map<string, number>();
  for (const area of areas) {
    if (area.impactScore !== undefined) out.set(area.postcode, area.impactScore);
    else if (area.impact) out.set(area.postcode, computeImpactScore(area.impact, model).score);
  }
  return out;
}
