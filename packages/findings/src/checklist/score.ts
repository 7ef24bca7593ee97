import type { FindingRecord } from "../record/finding-record.js";
import { fieldValues, isNokValue, isOkValue } from "./field-values.js";

/**
 * The weights of the DN checklist score (dn-dispatch §4.7); every one configurable.
 *
 * @example
 * const strict: ChecklistScoreParameters = { ...DN_SCORE_PARAMETERS, nokPenalty: 20, qualityThreshold: 80 };
 * const { score } = scoreChecklist(record, strict);
 */
export interface ChecklistScoreParameters {
  readonly base: number;
  readonly nokPenalty: number;
  readonly missingCheckPenalty: number;
  readonly responsibleMissingPenalty: number;
  readonly okBonus: number;
  /** At most this many OK answers earn the bonus. */
  readonly okBonusCap: number;
  /** Scores below this are flagged (DN KPIs use 70). */
  readonly qualityThreshold: number;
}

/**
 * DN's own parameters: `100 − 15·nok − 12·missing − 8·responsibleMissing + 2·min(ok, 20)`, threshold 70.
 *
 * @example
 * DN_SCORE_PARAMETERS.qualityThreshold; // 70
 */
export const DN_SCORE_PARAMETERS: ChecklistScoreParameters = {
  base: 100,
  nokPenalty: 15,
  missingCheckPenalty: 12,
  responsibleMissingPenalty: 8,
  okBonus: 2,
  okBonusCap: 20,
  qualityThreshold: 70,
};

/**
 * One term of the score, so a dispatcher sees why.
 *
 * @example
 * const nok: ScoreFactor = { factor: "nok", value: 2, weight: -15, contribution: -30 };
 */
export interface ScoreFactor {
  readonly factor: "base" | "nok" | "missing_checks" | "responsible_missing" | "ok_bonus";
  readonly value: number;
  readonly weight: number;
  readonly contribution: number;
}

/**
 * The checklist quality score with its breakdown.
 *
 * @example
 * const { score, belowThreshold, missing }: ChecklistScore = scoreChecklist(record);
 */
export interface ChecklistScore {
  /** 0–100: the rounded sum of the contributions, clamped. */
  readonly score: number;
  readonly okCount: number;
  readonly nokCount: number;
  readonly infoCount: number;
  readonly missingChecks: number;
  /** Which checks were missing (checklist keys, `termijnHerstel`, `fotoNa_url`, …). */
  readonly missing: readonly string[];
  readonly responsibleMissing: number;
  readonly measuredItems: number;
  readonly belowThreshold: boolean;
  readonly breakdown: readonly ScoreFactor[];
}

/**
 * The DN checklist quality score (dn-dispatch §4.7). Every answer value counts as NOK (starts
 * with "NOK"/"NOT OK", or the answer's `resultaat` is NOK), OK (starts with "OK") or info; a NOK
 * without a responsible party counts once more. Missing checks are the blank core fields and
 * the conditional ones (repair deadline, critical zone, the photo set of a closing visit).
 *
 * @example
 * const { score, breakdown } = scoreChecklist(record);
 */
export function scoreChecklist(
  record: FindingRecord,
  parameters: Partial<ChecklistScoreParameters> = {},
): ChecklistScore {
  const p = { ...DN_SCORE_PARAMETERS, ...parameters };
  let ok = 0;
  let nok = 0;
  let info = 0;
  let responsibleMissing = 0;
  const answers = Array.isArray(record?.vaststelling?.antwoorden) ? record.vaststelling.antwoorden : [];
  for (const answer of answers) {
    if (answer === null || typeof answer !== "object") continue;
    const values = Array.isArray(answer.waarde)
      ? answer.waarde.filter((x): x is string => typeof x === "string")
      : [];
    const counted = values.length > 0 ? values : answer.resultaat ? [answer.resultaat] : [];
    for (const value of counted) {
      if (isNokValue(value) || (answer.resultaat === "NOK" && !isOkValue(value))) {
        nok++;
        if (!answer.verantwoordelijke) responsibleMissing++;
      } else if (isOkValue(value)) ok++;
      else info++;
    }
  }

  const blank = (key: string) => fieldValues(record, key).length === 0;
  const v = record?.vaststelling;
  const missing = ["district", "ingreepType", "fase", "verhardingType", "status"].filter(blank);
  if (v?.fase === "tijdelijk_herstel" && blank("termijnHerstel")) missing.push("termijnHerstel");
  if (v?.verhardingType === "natuursteen" && blank("kritiekeZone")) missing.push("kritiekeZone");
  if (v?.status === "afgesloten" || v?.fase === "definitief_herstel") {
    missing.push(...["fotoVoor_url", "fotoDetail_url", "fotoNa_url"].filter(blank));
  }

  const term = (factor: ScoreFactor["factor"], value: number, weight: number): ScoreFactor => ({
    factor,
    value,
    weight,
    contribution: value * weight,
  });
  const breakdown = [
    term("base", 1, p.base),
    term("nok", nok, -p.nokPenalty),
    term("missing_checks", missing.length, -p.missingCheckPenalty),
    term("responsible_missing", responsibleMissing, -p.responsibleMissingPenalty),
    term("ok_bonus", Math.min(ok, p.okBonusCap), p.okBonus),
  ];
  const raw = breakdown.reduce((sum, f) => sum + f.contribution, 0);
  const score = Math.min(100, Math.max(0, Math.round(raw)));
  return {
    score,
    okCount: ok,
    nokCount: nok,
    infoCount: info,
    missingChecks: missing.length,
    missing,
    responsibleMissing,
    measuredItems: ok + nok + info,
    belowThreshold: score < p.qualityThreshold,
    breakdown,
  };
}
