import {
  compareWithBaseline,
  freezeBaseline,
  type KpiInput,
  kpiSeries,
  weekOverWeek,
} from "@digitale-nuts/kpi";
import { describe, expect, it } from "vitest";
import { answers, asFinding, asWork, finding, work } from "./support/fixtures.js";

const on = (date: string, o: Parameters<typeof finding>[0] = {}) =>
  asFinding(finding({ vastgesteldOp: `${date}T10:00:00Z`, ...o }));

describe("week over week (DN §2.4)", () => {
  const inputs = [
    // previous week (2–8 March): 2 findings, scores 100 and 70, 1 hand-over, 0 below 70
    on("2026-03-03", { overdrachtsbeslissing: "APPROVE" }),
    on("2026-03-05", { antwoorden: answers(0, 2) }),
    // current week (9–15 March): 3 findings, scores 100, 55, 100 → 85; 0 hand-overs; 1 below 70
    on("2026-03-09"),
    on("2026-03-11", { antwoorden: answers(0, 3) }),
    on("2026-03-15"),
  ];
  const cards = weekOverWeek({ inputs, referenceDate: "2026-03-12" });
  const card = (id: string) => cards.find((c) => c.kpiId === id);

  it.each([
    ["wow-count", 3, 2, 1, "neutral", "aantal"],
    ["wow-score", 85, 85, 0, "neutral", "score_0_100"],
    ["wow-handover", 0, 50, -50, "bad", "pp"],
    ["wow-low-score", 1, 0, 1, "bad", "aantal"],
  ])("%s", (id, current, previous, delta, tone, unit) => {
    expect(card(id)).toMatchObject({
      currentValue: current,
      previousValue: previous,
      deltaValue: delta,
      tone,
      deltaUnit: unit,
      currentWeek: "2026-W11",
      previousWeek: "2026-W10",
    });
  });

  it("a higher score is good, more low scores are bad", () => {
    const better = weekOverWeek({
      inputs: [on("2026-03-03", { antwoorden: answers(0, 2) }), on("2026-03-10")],
      referenceDate: "2026-03-10",
    });
    expect(better.find((c) => c.kpiId === "wow-score")).toMatchObject({ deltaValue: 30, tone: "good" });
    expect(better.find((c) => c.kpiId === "wow-low-score")).toMatchObject({ deltaValue: 0, tone: "neutral" });
  });
});

describe("series by ISO week and month", () => {
  it("has every week of the period, with deltas and tones", () => {
    const { series } = kpiSeries({
      kpis: ["wow-count", "nok_ratio_per_record"],
      interval: "week",
      period: { start: "2026-03-02", end: "2026-03-22" },
      inputs: [on("2026-03-03", { antwoorden: answers(0, 1) }), on("2026-03-04"), on("2026-03-18")],
    });
    expect(series["wow-count"]?.map((p) => [p.periode, p.value, p.delta])).toEqual([
      ["2026-W10", 2, null],
      ["2026-W11", 0, -2],
      ["2026-W12", 1, 1],
    ]);
    expect(series.nok_ratio_per_record?.map((p) => [p.value, p.tone])).toEqual([
      [50, "neutral"],
      [null, "neutral"],
      [0, "neutral"],
    ]);
  });

  it("refuses KPIs without a time dimension", () => {
    expect(() =>
      kpiSeries({
        kpis: ["pitch-dossiers-scope"],
        interval: "maand",
        period: { start: "2026-01-01", end: "2026-03-31" },
        inputs: [asWork(work())],
      }),
    ).toThrow(expect.objectContaining({ code: "KPI_DIMENSION_UNSUPPORTED" }));
  });
});

/** Findings over a run of days, `nokPer10` of every 10 with a NOK. */
function findings(startDay: number, days: number, nokPer10: number): KpiInput[] {
  const out: KpiInput[] = [];
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(2026, 0, startDay + d)).toISOString().slice(0, 10);
    for (let i = 0; i < 10; i++)
      out.push(
        on(date, { antwoorden: i < nokPer10 ? answers(1, 1) : answers(2), overdrachtsbeslissing: "APPROVE" }),
      );
  }
  return out;
}

describe("baseline and impact validation", () => {
  const baseline = freezeBaseline({
    label: "nulmeting januari",
    kpis: ["nok_ratio_per_record", "wow-count", "pitch-handover-complete", "pitch-dossiers-scope"],
    inputs: [...findings(1, 31, 7), asWork(work())],
    period: { start: "2026-01-01", end: "2026-01-31" },
  });

  it("freezes plain JSON with per-day states", () => {
    expect(JSON.parse(JSON.stringify(baseline))).toEqual(baseline);
    expect(Object.keys(baseline.kpis.nok_ratio_per_record?.days ?? {})).toHaveLength(31);
    expect(baseline.kpis.nok_ratio_per_record?.value).toBe(70);
    expect(baseline.kpis["pitch-dossiers-scope"]?.days).toBeNull();
  });

  it("finds an improvement, no evidence where nothing changed, and is deterministic per seed", () => {
    const later = {
      inputs: [...findings(60, 30, 2), asWork(work())],
      period: { start: "2026-03-01", end: "2026-03-30" },
    };
    const a = compareWithBaseline({ baseline, ...later, seed: 7, resamples: 300 });
    const b = compareWithBaseline({ baseline, ...later, seed: 7, resamples: 300 });
    expect(a).toEqual(b);
    const nok = a.find((c) => c.kpiId === "nok_ratio_per_record");
    expect(nok).toMatchObject({ baselineValue: 70, currentValue: 20, difference: -50, verdict: "improved" });
    expect(nok?.relativeChange).toBeCloseTo(-50 / 70, 10);
    expect(nok?.confidenceInterval?.[1]).toBeLessThan(0);
    expect(nok?.explanation.nl).toMatch(/verbeterd/);
    expect(a.find((c) => c.kpiId === "pitch-handover-complete")?.verdict).toBe("no_evidence");
    expect(a.find((c) => c.kpiId === "wow-count")).toMatchObject({
      difference: 300 - 310,
      verdict: "changed",
    });
    expect(a.find((c) => c.kpiId === "pitch-dossiers-scope")).toMatchObject({
      confidenceInterval: null,
      verdict: "no_evidence",
    });
  });

  it("calls a worse period worse", () => {
    const [c] = compareWithBaseline({
      baseline: freezeBaseline({
        label: "b",
        kpis: ["nok_ratio_per_record"],
        inputs: findings(1, 20, 2),
        period: { start: "2026-01-01", end: "2026-01-20" },
      }),
      inputs: findings(40, 20, 6),
      period: { start: "2026-02-09", end: "2026-02-28" },
      seed: 3,
      resamples: 200,
    });
    expect(c?.verdict).toBe("worse");
  });

  it("rejects a snapshot from another KPI version", () => {
    const old = {
      ...baseline,
      kpis: { ...baseline.kpis, "wow-count": { ...baseline.kpis["wow-count"], kpiVersion: 0 } },
    };
    expect(() =>
      compareWithBaseline({
        baseline: old as typeof baseline,
        inputs: [],
        period: { start: "2026-03-01", end: "2026-03-02" },
      }),
    ).toThrow(expect.objectContaining({ code: "KPI_BASELINE_MISMATCH" }));
  });
});
