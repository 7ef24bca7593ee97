import type { KpiRecord } from "../record-view.js";
import { obj, text } from "../record-view.js";
import type { KpiCalculator, KpiContext } from "./types.js";

/** The wrapped OSLO object of a record, read defensively (junk becomes `{}`). */
export const payload = (r: KpiRecord): Record<string, unknown> => {
  const i = r.input;
  switch (i.kind) {
    case "inname":
      return obj(i.inname);
    case "bezoek":
      return obj(i.bezoek);
    case "vaststelling":
      return obj(i.vaststelling);
    case "sync":
      return obj(i.event);
    case "klacht":
      return obj(i.klacht);
    default:
      return {};
  }
};

/** A number input field, or undefined. */
export const num = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isFinite(v) ? v : undefined;

/** Whether a visit has an inspector. */
export const assigned = (r: KpiRecord): boolean => text(payload(r).toezichter) !== undefined;

/** The finding's checklist score, or null for a non-finding. */
export const scoreOf = (r: KpiRecord): number | null => r.finding?.score ?? null;

/** Findings at or above the quality threshold do not count as low. */
export const isLowScore = (r: KpiRecord, c: KpiContext): boolean =>
  r.finding !== null && r.finding.score < c.options.qualityThreshold;

/** Mean checklist score with the number of low scores in the breakdown (`onder_<threshold>`). */
export function meanScore(id: string): KpiCalculator<{ sum: number; n: number; low: number }> {
  return {
    id,
    init: () => ({ sum: 0, n: 0, low: 0 }),
    add: (s, r, c) => {
      if (r.finding === null) return s;
      s.sum += r.finding.score;
      s.n++;
      if (r.finding.score < c.options.qualityThreshold) s.low++;
      return s;
    },
    merge: (a, b) => {
      a.sum += b.sum;
      a.n += b.n;
      a.low += b.low;
      return a;
    },
    result: (s, c) => ({
      value: s.n === 0 ? null : s.sum / s.n,
      numerator: s.sum,
      denominator: s.n,
      breakdown: { [`onder_${c.options.qualityThreshold}`]: s.low },
    }),
  };
}

/** The Brussels epoch days of a work's period. */
export function workDays(
  r: KpiRecord,
  dayOf: (s: string) => number | null,
): { begin: number | null; end: number | null } {
  const periode = obj(payload(r).periode);
  const b = text(periode.begin);
  const e = text(periode.einde);
  return { begin: b === undefined ? null : dayOf(b), end: e === undefined ? null : dayOf(e) };
}
