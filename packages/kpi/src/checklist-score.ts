import type { Vaststelling } from "@digitale-nuts/oslo";

/**
 * DN's checklist score of one finding, with the counts it was built from.
 * @example
 * const { score, nokCount, missingChecks }: ChecklistScoreDetails = checklistScore(finding);
 */
export interface ChecklistScoreDetails {
  /** 0–100: `clamp(round(100 − 15·nok − 12·missingChecks − 8·responsibleMissing + 2·min(ok, 20)), 0, 100)`. */
  readonly score: number;
  readonly okCount: number;
  readonly nokCount: number;
  readonly infoCount: number;
  /** Canonical fields and conditional evidence that are missing (DN §4.7). */
  readonly missingChecks: number;
  /** NOK answers without a responsible party. */
  readonly responsibleMissing: number;
  /** ok + nok + info. */
  readonly measuredItems: number;
}

const filled = (v: unknown): boolean =>
  typeof v === "string" ? v.trim() !== "" : v !== undefined && v !== null;

/** OK, NOK or INFO of one answer: its `resultaat`, else DN's prefix rule on the first value. */
export function answerResult(answer: unknown): "OK" | "NOK" | "INFO" {
  if (answer === null || typeof answer !== "object") return "INFO";
  const a = answer as { resultaat?: unknown; waarde?: unknown };
  if (a.resultaat === "OK" || a.resultaat === "NOK" || a.resultaat === "INFO") return a.resultaat;
  const first = Array.isArray(a.waarde) ? a.waarde[0] : undefined;
  if (typeof first !== "string") return "INFO";
  const upper = first.trimStart().toUpperCase();
  if (upper.startsWith("NOK") || upper.startsWith("NOT OK")) return "NOK";
  if (upper.startsWith("OK")) return "OK";
  return "INFO";
}

/**
 * DN's checklist score (`calculateChecklistScore`, DN §4.7) on an OSLO {@link Vaststelling}:
 * NOK −15, missing check −12, NOK without responsible −8, +2 per OK up to 20 OKs, clamped to 0–100.
 * Missing checks: each blank of district, ingreepType, fase, verhardingType, status; a temporary
 * restoration without `termijnHerstel`; natural stone without `kritiekeZone`; and, when closed or
 * permanently restored, each missing VOOR / DETAIL / NA photo.
 * @example
 * checklistScore(finding).score; // 88
 */
export function checklistScore(v: Vaststelling): ChecklistScoreDetails {
  let ok = 0;
  let nok = 0;
  let info = 0;
  let responsibleMissing = 0;
  const answers: unknown = v.antwoorden;
  if (Array.isArray(answers)) {
    for (const answer of answers) {
      const r = answerResult(answer);
      if (r === "OK") ok++;
      else if (r === "NOK") {
        nok++;
        if (!filled((answer as { verantwoordelijke?: unknown }).verantwoordelijke)) responsibleMissing++;
      } else info++;
    }
  }
  const ctx: unknown = v.context;
  const district =
    ctx !== null && typeof ctx === "object" ? (ctx as { district?: unknown }).district : undefined;
  let missing = 0;
  for (const value of [district, v.ingreepType, v.fase, v.verhardingType, v.status])
    if (!filled(value)) missing++;
  if (v.fase === "tijdelijk_herstel" && !filled(v.termijnHerstel)) missing++;
  if (v.verhardingType === "natuursteen" && v.kritiekeZone === undefined) missing++;
  if (v.status === "afgesloten" || v.fase === "definitief_herstel") {
    const photos: unknown = v.fotobewijs;
    const kinds = new Set(
      Array.isArray(photos) ? photos.map((p) => (p as { soort?: unknown } | null)?.soort) : [],
    );
    for (const kind of ["VOOR", "DETAIL", "NA"]) if (!kinds.has(kind)) missing++;
  }
  const raw = 100 - 15 * nok - 12 * missing - 8 * responsibleMissing + 2 * Math.min(ok, 20);
  return {
    score: Math.min(100, Math.max(0, Math.round(raw))),
    okCount: ok,
    nokCount: nok,
    infoCount: info,
    missingChecks: missing,
    responsibleMissing,
    measuredItems: ok + nok + info,
  };
}
