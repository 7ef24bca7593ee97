import { answerResult } from "../checklist-score.js";
import { type KpiRecord, obj, text } from "../record-view.js";
import { roundTo, wilsonInterval } from "../stats.js";
import { addCounts, distribution, ratio } from "./kit.js";
import { closingLeadTime } from "./report.js";
import { payload } from "./shared.js";
import type { KpiCalculator, RankedEntry } from "./types.js";

const firstRestorationCheck = (r: KpiRecord): boolean => {
  const v = payload(r);
  const f = r.finding;
  return (
    f !== null &&
    !f.withdrawn &&
    (v.fase === "tijdelijk_herstel" || v.fase === "definitief_herstel") &&
    obj(v.context).bezoektype !== "OPVOLGING" &&
    text(v.vervangt) === undefined
  );
};

const reopened: KpiCalculator<{ num: number; den: number }> = {
  id: "heropend_binnen_n_dagen",
  init: () => ({ num: 0, den: 0 }),
  add: (s, r, c) => {
    const f = r.finding;
    if (f === null) return s;
    s.den++;
    if (f.madeOn !== null && f.reopenedOn !== null && f.reopenedOn - f.madeOn <= c.options.reopenWindowDays)
      s.num++;
    return s;
  },
  merge: (a, b) => {
    a.num += b.num;
    a.den += b.den;
    return a;
  },
  result: (s) => ({ value: s.num, numerator: s.num, denominator: s.den }),
};

const complaintsPer100: KpiCalculator<{ complaints: number; works: number }> = {
  id: "klachten_per_100_werken",
  init: () => ({ complaints: 0, works: 0 }),
  add: (s, r) => {
    if (r.input.kind === "klacht") s.complaints++;
    else if (r.input.kind === "inname") s.works++;
    return s;
  },
  merge: (a, b) => {
    a.complaints += b.complaints;
    a.works += b.works;
    return a;
  },
  result: (s) => ({
    value: s.works === 0 ? null : (100 * s.complaints) / s.works,
    numerator: s.complaints,
    denominator: s.works,
  }),
};

const perInspectorWeek: KpiCalculator<{ n: number; inspectors: Record<string, number> }> = {
  id: "vaststellingen_per_toezichter_per_week",
  init: () => ({ n: 0, inspectors: {} }),
  add: (s, r) => {
    if (r.finding === null) return s;
    s.n++;
    const who = r.dimension("toezichter");
    s.inspectors[who] = (s.inspectors[who] ?? 0) + 1;
    return s;
  },
  merge: (a, b) => {
    a.n += b.n;
    addCounts(a.inspectors, b.inspectors);
    return a;
  },
  result: (s, c) => {
    const inspectors = Object.keys(s.inspectors).length;
    const weeks = (c.end - c.start + 1) / 7;
    return {
      value: inspectors === 0 ? null : s.n / inspectors / weeks,
      numerator: s.n,
      denominator: inspectors,
    };
  },
};

const signage: KpiCalculator<{ num: number; den: number }> = {
  id: "pct_signalisatie_in_orde",
  init: () => ({ num: 0, den: 0 }),
  add: (s, r, c) => {
    const answers = payload(r).antwoorden;
    if (!Array.isArray(answers)) return s;
    let judged = 0;
    let nok = 0;
    for (const a of answers) {
      const veld = obj(a).veld;
      if (typeof veld !== "string" || !c.signagePattern.test(veld)) continue;
      const result = answerResult(a);
      if (result === "INFO") continue;
      judged++;
      if (result === "NOK") nok++;
    }
    if (judged > 0) {
      s.den++;
      if (nok === 0) s.num++;
    }
    return s;
  },
  merge: (a, b) => {
    a.num += b.num;
    a.den += b.den;
    return a;
  },
  result: (s) => ({
    value: s.den === 0 ? null : (100 * s.num) / s.den,
    numerator: s.num,
    denominator: s.den,
  }),
};

/**
 * Ranks partners by NOK rate while respecting uncertainty: by the Wilson lower bound (who is
 * confidently worst), then the upper bound, then id.
 * @example
 * const { overall, ranking } = rankByWilson({ n: { Fluvius: 120, Proximus: 4 }, nok: { Fluvius: 30, Proximus: 2 } });
 * ranking[0]?.id; // "Fluvius": Wilson lower bound 18.11 % against 15 % for 2 NOK out of 4
 */
export function rankByWilson(counts: { n: Record<string, number>; nok: Record<string, number> }): {
  overall: number | null;
  ranking: RankedEntry[];
} {
  const totalN = Object.values(counts.n).reduce((a, b) => a + b, 0);
  const totalNok = Object.values(counts.nok).reduce((a, b) => a + b, 0);
  const overall = totalN === 0 ? null : totalNok / totalN;
  const rows = Object.keys(counts.n).map((id) => {
    const n = counts.n[id] ?? 0;
    const nok = counts.nok[id] ?? 0;
    return { id, n, nok, ...wilsonInterval(nok, n) };
  });
  rows.sort((a, b) => b.lower - a.lower || b.upper - a.upper || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pct = (x: number) => roundTo(100 * x, 2);
  return {
    overall,
    ranking: rows.map((row, i) => ({
      rank: i + 1,
      id: row.id,
      figures: { n: row.n, nok: row.nok, rate: pct(row.rate), lower: pct(row.lower), upper: pct(row.upper) },
      aboveOverall: overall !== null && row.lower > overall,
    })),
  };
}

function partnerNokRate(id: string, who: "nutsbedrijf" | "aannemer") {
  const calc: KpiCalculator<{ n: Record<string, number>; nok: Record<string, number> }> = {
    id,
    init: () => ({ n: {}, nok: {} }),
    add: (s, r) => {
      if (r.finding === null || r.finding.withdrawn) return s;
      const key = r.dimension(who);
      s.n[key] = (s.n[key] ?? 0) + 1;
      if (r.finding.nokCount > 0) s.nok[key] = (s.nok[key] ?? 0) + 1;
      return s;
    },
    merge: (a, b) => {
      addCounts(a.n, b.n);
      addCounts(a.nok, b.nok);
      return a;
    },
    result: (s) => {
      const { overall, ranking } = rankByWilson(s);
      const n = Object.values(s.n).reduce((a, b) => a + b, 0);
      const nok = Object.values(s.nok).reduce((a, b) => a + b, 0);
      return { value: overall === null ? null : 100 * overall, numerator: nok, denominator: n, ranking };
    },
  };
  return calc;
}

/** Calculators of the programme targets and the per-partner NOK rates. */
export const PROGRAMME_CALCULATORS: readonly KpiCalculator<never>[] = [
  ratio("pct_herstel_correct_eerste_controle", firstRestorationCheck, (r) => r.finding?.nokCount === 0),
  reopened,
  distribution("mediane_herstel_doorlooptijd_werkdagen", (r, c) =>
    closingLeadTime(
      r,
      c,
      (x) => (x.finding?.nokCount ?? 0) > 0 || payload(x).overdrachtsbeslissing === "REQUEST_FIX",
    ),
  ),
  complaintsPer100,
  perInspectorWeek,
  signage,
  partnerNokRate("nok_ratio_per_nutsbedrijf", "nutsbedrijf"),
  partnerNokRate("nok_ratio_per_aannemer", "aannemer"),
] as unknown as readonly KpiCalculator<never>[];
