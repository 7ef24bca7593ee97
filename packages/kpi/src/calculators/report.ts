import { type KpiRecord, obj, text } from "../record-view.js";
import { breakdown, count, distribution, ratio, sum, topDistinct } from "./kit.js";
import { assigned, num, payload } from "./shared.js";
import type { KpiCalculator, KpiContext } from "./types.js";

const failedOrRejected = (r: KpiRecord) => {
  const u = payload(r).uitkomst;
  return u === "failed" || u === "rejected";
};

const highImpact = (r: KpiRecord, c: KpiContext) =>
  r.input.kind === "inname" && (num(r.input.impactscore) ?? -1) >= c.options.highImpactThreshold;

/**
 * Working days from when a finding was made to its closure (`afgeslotenOp`, else its last change), for findings closed
 * within the period; null to skip, NaN when the dates are missing or reversed.
 */
export function closingLeadTime(
  r: KpiRecord,
  c: KpiContext,
  only: (r: KpiRecord) => boolean = () => true,
): number | null {
  const f = r.finding;
  if (f === null || !f.closed || f.withdrawn || !only(r)) return null;
  if (f.madeOn === null || f.closedOn === null) return Number.NaN;
  if (f.closedOn < c.start || f.closedOn > c.end) return null;
  return c.workingDays.between(f.madeOn, f.closedOn);
}

/** The dossier a finding is about: the city's work id, else the GIPOD id, the dossier id, the finding id. */
export function dossierOf(r: KpiRecord): string | undefined {
  const v = payload(r);
  const ctx = obj(v.context);
  return text(ctx.werkId) ?? text(ctx.gipodId) ?? text(ctx.dossierId) ?? text(v.vaststellingId);
}

const nokPerCheck: KpiCalculator<{ nok: number; judged: number }> = {
  id: "nok_ratio_per_check",
  init: () => ({ nok: 0, judged: 0 }),
  add: (s, r) => {
    if (r.finding === null) return s;
    s.nok += r.finding.nokCount;
    s.judged += r.finding.nokCount + r.finding.okCount;
    return s;
  },
  merge: (a, b) => {
    a.nok += b.nok;
    a.judged += b.judged;
    return a;
  },
  result: (s) => ({
    value: s.judged === 0 ? null : (100 * s.nok) / s.judged,
    numerator: s.nok,
    denominator: s.judged,
  }),
};

/** Calculators of the report KPIs DN left undefined (§2.5). */
export const REPORT_CALCULATORS: readonly KpiCalculator<never>[] = [
  count("toegewezen_dossiers", assigned),
  count("niet_toegewezen_dossiers", (r) => !assigned(r)),
  count("failed_sync_items", failedOrRejected),
  sum("open_nok_items", (r) =>
    r.finding && !r.finding.closed && !r.finding.withdrawn ? r.finding.nokCount : 0,
  ),
  count("high_impact_dossiers", highImpact),
  breakdown("aantal_vaststellingen_per_district", (r) => r.dimension("district")),
  ratio(
    "nok_ratio_per_record",
    () => true,
    (r) => (r.finding?.nokCount ?? 0) > 0,
  ),
  nokPerCheck,
  ratio("failed_sync_ratio", () => true, failedOrRejected),
  distribution("gemiddelde_doorlooptijd_status_open_tot_closed", (r, c) => closingLeadTime(r, c)),
  ratio(
    "herbezoek_ratio",
    () => true,
    (r) => obj(payload(r).context).bezoektype === "OPVOLGING",
  ),
  ratio("high_impact_share", () => true, highImpact),
  topDistinct("top_3_risicodossiers", 3, (r) => {
    const f = r.finding;
    const id = dossierOf(r);
    if (f === null || id === undefined) return null;
    return {
      id,
      keys: [100 - f.score, f.nokCount],
      figures: { risico: 100 - f.score, nok: f.nokCount, score: f.score },
    };
  }),
] as unknown as readonly KpiCalculator<never>[];
