import {
  antwerpenProfile,
  calibrateScores,
  computeImpactScore,
  mechelenProfile,
  nokEstimate,
  type PlanningWork,
  scoreWorks,
  topK,
  wilsonInterval,
} from "@digitale-nuts/prioritisation";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TUESDAY, work } from "./fixtures.js";

const sum = (xs: readonly { contribution: number }[]) => xs.reduce((s, r) => s + r.contribution, 0);

describe("DN impact formula (§3.2) and its ceiling (§3.5)", () => {
  it("reproduces DN's per-postcode scores from the Antwerp profile, and HOOG is unreachable with that data", () => {
    const scores = Object.fromEntries(
      antwerpenProfile.areas.map((a) => [
        a.postcode,
        computeImpactScore(a.impact ?? {}, antwerpenProfile.impact).score,
      ]),
    );
    expect(scores).toMatchObject({
      "2000": 43,
      "2140": 41,
      "2018": 32,
      "2180": 30,
      "2100": 24,
      "2600": 21,
      "2170": 19,
      "2060": 10,
      "2610": 9,
      "2050": 4,
      "2660": 2,
      "2020": 0,
      "2030": 0,
      "2040": 0,
      "2150": 0,
      "2930": 0,
    });
    expect(Math.max(...Object.values(scores))).toBe(43);
    const top = computeImpactScore(antwerpenProfile.areas[0]?.impact ?? {}, antwerpenProfile.impact);
    expect(top).toMatchObject({ level: "MIDDEL", priorityDelta: 9 });
    expect(sum(top.reasons)).toBeCloseTo(43, 0);
  });

  it("reaches HOOG with full indicators", () => {
    expect(
      computeImpactScore(
        { populationDensity: 20000, vulnerableShare: 1, servicePressure: 1, mobilitySensitivity: 0.9 },
        antwerpenProfile.impact,
      ),
    ).toMatchObject({ score: 98, level: "HOOG", priorityDelta: 20 });
  });
});

describe("scoreWorks", () => {
  const signals = {
    date: TUESDAY,
    nokByUtility: {
      fluvius: { inspections: 200, nok: 20 },
      proximus: { inspections: 2, nok: 2 },
      "water-link": { inspections: 100, nok: 40 },
    },
    openComplaints: { hot: 3 },
    lastVisitByWorkId: { hot: "2026-02-01", calm: "2026-03-09" },
  };
  const hot = work("hot", {
    startDate: TUESDAY,
    endDate: "2026-03-12",
    category: "Categorie 1",
    permitStatus: "ONBEKEND_MAAR_VERWACHT",
    severeHindrance: true,
    postcode: "2000",
    utility: "water-link",
  });
  const calm = work("calm", {
    startDate: "2026-03-02",
    endDate: "2026-06-30",
    category: "Categorie 3",
    postcode: "2030",
    utility: "fluvius",
  });

  it("rates the visit obligation by the planner's cadence: 1 for START/EIND, 0.5 for TUSSEN, 0 otherwise", () => {
    // Started Monday 2026-03-02: the 10th is 6 working days in (TUSSEN), the 11th 7 (none).
    const works = [
      work("start", { startDate: TUESDAY }),
      work("end", { endDate: TUESDAY }),
      work("tussen", { startDate: "2026-03-02" }),
      work("off", { startDate: "2026-03-03" }),
      work("future", { startDate: "2026-03-11" }),
    ];
    const obligation = (date: string) =>
      Object.fromEntries(
        scoreWorks(works, antwerpenProfile, { date }).ranked.map((s) => [
          s.workId,
          s.reasons.find((r) => r.factor === "visitObligation")?.value,
        ]),
      );
    expect(obligation(TUESDAY)).toEqual({ start: 1, end: 1, tussen: 0.5, off: 0, future: 0 });
    expect(obligation("2026-03-14")).toEqual({ start: 0, end: 0, tussen: 0, off: 0, future: 0 }); // a Saturday
  });

  it("gives 0–100 scores whose reasons add up, with levels and a stable order", () => {
    const r = scoreWorks([calm, hot], antwerpenProfile, signals);
    expect(r.ranked.map((s) => s.workId)).toEqual(["hot", "calm"]);
    for (const s of r.ranked) {
      expect(sum(s.reasons)).toBeCloseTo(s.score, 9);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
      expect(r.scores[s.index]).toBe(s.score);
    }
    expect(r.ranked[0]?.level).toBe("HOOG"); // realistic risky work reaches HOOG, unlike DN's impact model
    expect(r.ranked[1]?.level).toBe("LAAG");
    expect(r.factors.reduce((s, f) => s + f.points, 0)).toBeCloseTo(100, 9);
  });

  it("leaves out factors without data and rescales the rest", () => {
    const r = scoreWorks([hot], antwerpenProfile, {});
    expect(r.factors.map((f) => f.factor)).toEqual(["permitStatus", "category", "hindrance", "areaImpact"]);
    const zeroed = scoreWorks(
      [hot],
      {
        ...antwerpenProfile,
        scoring: {
          ...antwerpenProfile.scoring,
          weights: { ...antwerpenProfile.scoring.weights, hindrance: 0 },
        },
      },
      {},
    );
    expect(zeroed.factors.map((f) => f.factor)).not.toContain("hindrance");
  });

  it("shrinks a utility's NOK rate to the city mean so one bad visit does not dominate", () => {
    const r = scoreWorks(
      [work("p", { utility: "proximus" }), work("w", { utility: "water-link" })],
      antwerpenProfile,
      signals,
    );
    const nok = (id: string) =>
      r.ranked.find((s) => s.workId === id)?.reasons.find((x) => x.factor === "utilityNokRate")
        ?.value as number;
    // proximus: 2/2 NOK raw (100 %), but only 2 inspections; water-link: 40 % over 100.
    expect(nok("p")).toBeLessThan(nok("w"));
    const e = nokEstimate(signals.nokByUtility, "proximus", 10);
    expect(e.rate).toBe(1);
    expect(e.lower).toBeLessThan(0.35);
    expect(e.shrunk).toBeLessThan(0.35);
  });

  it("ranks ties by work id and returns only the top k when asked", () => {
    const works = ["c", "a", "b"].map((id) => work(id));
    expect(scoreWorks(works, antwerpenProfile, {}).ranked.map((s) => s.workId)).toEqual(["a", "b", "c"]);
    expect(scoreWorks(works, antwerpenProfile, {}, { top: 2 }).ranked.map((s) => s.workId)).toEqual([
      "a",
      "b",
    ]);
  });

  it("is deterministic and its top k equals the head of the full ranking", () => {
    const arb = fc.array(
      fc.record({
        category: fc.constantFrom("Categorie 1", "Categorie 2", "Categorie 3", "Dringend"),
        permit: fc.constantFrom("AFGELEVERD", "IN_VOORBEREIDING", "NIET_VEREIST"),
        postcode: fc.constantFrom("2000", "2018", "2030", "2600"),
        severe: fc.boolean(),
        start: fc.integer({ min: 0, max: 15 }),
        len: fc.integer({ min: 0, max: 40 }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 10 }), (specs, k) => {
        const works: PlanningWork[] = specs.map((s, i) =>
          work(`w${i}`, {
            category: s.category,
            permitStatus: s.permit,
            postcode: s.postcode,
            severeHindrance: s.severe,
            startDate: new Date(Date.UTC(2026, 2, 1 + s.start)).toISOString().slice(0, 10),
            endDate: new Date(Date.UTC(2026, 2, 1 + s.start + s.len)).toISOString().slice(0, 10),
          }),
        );
        const all = scoreWorks(works, antwerpenProfile, { date: TUESDAY });
        expect(scoreWorks(works, antwerpenProfile, { date: TUESDAY })).toEqual(all);
        expect(scoreWorks(works, antwerpenProfile, { date: TUESDAY }, { top: k }).ranked).toEqual(
          all.ranked.slice(0, k),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe("topK", () => {
  it("matches a full sort with index tie-breaks", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 })), fc.integer({ min: 0, max: 12 }), (xs, k) => {
        const expected = xs
          .map((_, i) => i)
          .sort((a, b) => (xs[b] as number) - (xs[a] as number) || a - b)
          .slice(0, k);
        expect(topK(xs, k)).toEqual(expected);
      }),
    );
  });
});

describe("calibration", () => {
  it("reports the distribution and suggests thresholds that give the wanted shares", () => {
    const works = Array.from({ length: 400 }, (_, i) =>
      work(`w${i}`, {
        category: ["Categorie 1", "Categorie 2", "Categorie 3"][i % 3],
        postcode: ["2800", "2801", "2811", "2812"][i % 4] as string,
        severeHindrance: i % 7 === 0,
        startDate: "2026-03-02",
        endDate: `2026-03-${String(10 + (i % 19)).padStart(2, "0")}`,
      }),
    );
    const { scores } = scoreWorks(works, mechelenProfile, { date: TUESDAY });
    const c = calibrateScores(scores, mechelenProfile.scoring, { highShare: 0.1, mediumShare: 0.3 });
    expect(c.count).toBe(400);
    expect(c.histogram.reduce((a, b) => a + b, 0)).toBe(400);
    expect(c.levels.LAAG + c.levels.MIDDEL + c.levels.HOOG).toBe(400);
    const high = Array.from(scores).filter((s) => s >= c.suggested.highThreshold - 0.05).length / 400;
    expect(high).toBeGreaterThanOrEqual(0.09);
    expect(high).toBeLessThanOrEqual(0.3);
    expect(c.suggested.mediumThreshold).toBeLessThanOrEqual(c.suggested.highThreshold);
    expect(c.quantiles.p10).toBeLessThanOrEqual(c.quantiles.p90);
  });

  it("flags that HOOG is unreachable under DN's impact-only model", () => {
    const impact = antwerpenProfile.areas.map(
      (a) => computeImpactScore(a.impact ?? {}, antwerpenProfile.impact).score,
    );
    const c = calibrateScores(impact, antwerpenProfile.impact);
    expect(c.highReachable).toBe(false);
    expect(c.max).toBe(43);
  });
});

describe("Wilson interval", () => {
  it("stays in [0, 1], contains the rate and narrows with more trials", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        const hits = Math.round(p * n);
        const w = wilsonInterval(hits, n);
        expect(w.lower).toBeGreaterThanOrEqual(0);
        expect(w.upper).toBeLessThanOrEqual(1);
        expect(w.lower).toBeLessThanOrEqual(w.rate + 1e-12);
        expect(w.upper).toBeGreaterThanOrEqual(w.rate - 1e-12);
        const w4 = wilsonInterval(hits * 4, n * 4);
        expect(w4.upper - w4.lower).toBeLessThanOrEqual(w.upper - w.lower + 1e-12);
      }),
    );
  });
});
