import {
  antwerpenProfile,
  computeImpactScore,
  type DecisionVisit,
  decideVisit,
  drawSample,
  evaluatePrioritisation,
  expireSamples,
  type HistoryDay,
  nearestNeighbourTwoOpt,
  PrioritisationError,
  pathKm,
  planDay,
  proposeRoutes,
  type RouteStop,
  type SamplingRules,
  type SamplingWork,
} from "@digitale-nuts/prioritisation";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TUESDAY, work } from "./fixtures.js";

const visit = (over: Partial<DecisionVisit> = {}): DecisionVisit => ({
  workId: "w",
  inspectorId: "I1",
  postcode: "2000",
  visitType: "TUSSEN",
  mandatory: false,
  startDate: "2026-03-01",
  endDate: "2026-04-30",
  ...over,
});

describe("decideVisit (DN §1.6)", () => {
  it("adds DN's points and explains each", () => {
    const d = decideVisit(
      visit({
        visitType: "EIND",
        mandatory: true,
        endDate: "2026-03-12",
        status: "VERGUND",
        locationSource: "postcode",
      }),
      [],
      TUESDAY,
      { routeIndex: 2 },
    );
    // 18 + 20 + 10 + 30 + 8 + 6 + 4 + 6 = 102 → clamped to 100.
    expect(d.reasons.map((r) => [r.factor, r.contribution])).toEqual([
      ["base", 18],
      ["mandatory", 20],
      ["startOrEnd", 10],
      ["endWithin3Days", 30],
      ["onRouteToday", 8],
      ["earlyOnRoute", 6],
      ["postcodeLocation", 4],
      ["statusVergund", 6],
    ]);
    expect(d).toMatchObject({
      priority: 100,
      level: "HOOG",
      recommendedAction: "Controleer herstel",
      actionTypeLabel: "EINDBEZOEK",
      daysToEnd: 2,
    });
    expect(d.insights).toEqual([
      "Binnen 2 dagen einddatum",
      "Cadansbezoek vereist vandaag",
      "Ligt op route vandaag (#2)",
    ]);
  });

  it("detects conflicts, escalates, closes at the end, and adds the impact delta", () => {
    const others = [
      visit({ workId: "a", endDate: "2026-03-11" }),
      visit({ workId: "b", endDate: "2026-03-12" }),
    ];
    const esc = decideVisit(
      visit({ mandatory: true, visitType: "START", endDate: "2026-03-20" }),
      others,
      TUESDAY,
    );
    expect(esc).toMatchObject({ conflict: true, level: "HOOG", recommendedAction: "Escaleer" });
    expect(decideVisit(visit({ endDate: TUESDAY }), [], TUESDAY).recommendedAction).toBe(
      "Afsluiten mogelijk",
    );
    expect(decideVisit(visit(), [], TUESDAY)).toMatchObject({
      priority: 18,
      level: "LAAG",
      recommendedAction: "Plan tussenbezoek",
    });
    const impact = computeImpactScore(antwerpenProfile.areas[0]?.impact ?? {}, antwerpenProfile.impact);
    expect(decideVisit(visit(), [], TUESDAY, { impact }).priority).toBe(18 + 9);
    // Only the same inspector's visits count towards conflicts.
    expect(
      decideVisit(
        visit(),
        others.map((o) => ({ ...o, inspectorId: "I2" })),
        TUESDAY,
      ).conflict,
    ).toBe(false);
  });
});

describe("drawSample", () => {
  const works: SamplingWork[] = [];
  for (let i = 0; i < 300; i++) {
    const utility = ["fluvius", "proximus", "telenet"][i % 3] as string;
    works.push({
      id: `w${String(i).padStart(3, "0")}`,
      utility,
      startDate: i % 2 ? "2026-03-01" : "2025-06-01",
      endDate: i % 2 ? "2026-04-30" : "2025-07-01",
      ...(i % 2 ? {} : { reinstatementDate: i % 4 ? "2025-12-01" : "2024-06-01" }),
      ...(i % 4 === 0 ? { guaranteeEndDate: "2026-05-01" } : {}),
      inDefectCycle: i % 25 === 0,
    });
  }
  const rules: SamplingRules = {
    date: TUESDAY,
    baseRate: { A: 0.1, B: 0.1, C: 0.1 },
    maxRate: 0.3,
    referenceFailureRate: 0.1,
    performance: {
      fluvius: { inspections: 400, failures: 20 },
      proximus: { inspections: 400, failures: 100 },
    },
  };

  it("is stratified by utility and category, with A/B/C eligibility windows and expiry", () => {
    const draw = drawSample(works, rules, 42);
    const keys = draw.strata.map((s) => `${s.utility}|${s.category}`);
    expect(keys).toEqual([
      "fluvius|A",
      "fluvius|B",
      "fluvius|C",
      "proximus|A",
      "proximus|B",
      "proximus|C",
      "telenet|A",
      "telenet|B",
      "telenet|C",
    ]);
    for (const s of draw.samples) {
      const w = works.find((x) => x.id === s.workId) as SamplingWork;
      if (s.category === "A") expect(s.expiresOn).toBe(w.endDate);
      if (s.category === "B") expect(s.expiresOn).toBe("2026-06-01");
      if (s.category === "C") expect(s.expiresOn).toBe("2026-05-01");
    }
    expect(draw.samples.some((s) => works.find((w) => w.id === s.workId)?.inDefectCycle)).toBe(false);
    expect(draw.skipped.filter((s) => s.reason === "defect_cycle")).toHaveLength(12);
  });

  it("samples poor performers at a higher rate, within the cap", () => {
    const draw = drawSample(works, rules, 42);
    const rate = (u: string) =>
      draw.strata.find((s) => s.utility === u && s.category === "A")?.rate as number;
    expect(rate("proximus")).toBeGreaterThan(rate("telenet"));
    expect(rate("telenet")).toBeGreaterThan(rate("fluvius"));
    expect(rate("telenet")).toBeCloseTo(0.1, 9); // no history: the reference rate
    expect(Math.max(...draw.strata.map((s) => s.rate))).toBeLessThanOrEqual(0.3);
  });

  it("gives the same sample for the same seed, another for another seed", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(drawSample(works, rules, seed)).toEqual(drawSample(works, rules, seed));
      }),
      { numRuns: 20 },
    );
    expect(drawSample(works, rules, 1).samples).not.toEqual(drawSample(works, rules, 2).samples);
  });

  it("does not sample a work twice in a category while its sample is open, and expires samples", () => {
    const first = drawSample(works, rules, 7);
    const second = drawSample(works, { ...rules, openSamples: first.samples }, 7);
    const firstKeys = new Set(first.samples.map((s) => `${s.workId}|${s.category}`));
    expect(second.samples.some((s) => firstKeys.has(`${s.workId}|${s.category}`))).toBe(false);
    const { open, expired } = expireSamples(first.samples, "2026-05-15");
    expect(open.every((s) => s.expiresOn >= "2026-05-15")).toBe(true);
    expect(expired.length + open.length).toBe(first.samples.length);
    expect(expired.length).toBeGreaterThan(0);
  });

  it("rejects invalid rules with a typed error", () => {
    expect(() => drawSample(works, { ...rules, referenceFailureRate: 0 }, 1)).toThrow(PrioritisationError);
    expect(() => drawSample([{ ...works[1], startDate: "bad" } as SamplingWork], rules, 1)).toThrow(
      /startDate/,
    );
  });
});

describe("evaluatePrioritisation", () => {
  it("compares precision@k and hit rate with intervals, and checks the planned list was visited", () => {
    const history: HistoryDay<string>[] = Array.from({ length: 20 }, (_, d) => ({
      date: `2026-02-${String(d + 1).padStart(2, "0")}`,
      works: Array.from({ length: 20 }, (_, i) => `d${d}-w${i}`),
      outcomes: Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => [`d${d}-w${i}`, i < 4 ? "NOK" : "OK"]),
      ),
      planned: [`d${d}-w0`, `d${d}-w1`],
      visited: [`d${d}-w0`],
    }));
    const good = { name: "risk", rank: (day: HistoryDay<string>) => day.works };
    const bad = { name: "reverse", rank: (day: HistoryDay<string>) => [...day.works].reverse() };
    const r = evaluatePrioritisation(history, bad, good, 5);
    expect(r.a.precisionAtK.rate).toBe(0);
    expect(r.b.precisionAtK.rate).toBeCloseTo(0.8, 9);
    expect(r.b.hitRate.rate).toBe(1);
    expect(r.b.precisionAtK.lower).toBeGreaterThan(r.a.precisionAtK.upper);
    expect(r.precisionDifference.mean).toBeCloseTo(0.8, 9);
    expect(r.precisionDifference.lower).toBeGreaterThan(0);
    expect(r.plannedVisited.rate).toBe(0.5);
    expect(r.b.labelledShare).toBe(1);
  });
});

describe("proposeRoutes", () => {
  const stops = (n: number, seed: number): RouteStop[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      location: {
        lat: 51.15 + (((i * 7919 + seed) % 97) / 97) * 0.15,
        lon: 4.33 + (((i * 104729 + seed) % 89) / 89) * 0.2,
      },
    }));

  it("visits every stop once and 2-opt never lengthens the nearest-neighbour path", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 1000 }), (n, seed) => {
        const s = stops(n, seed);
        const start = { lat: 51.2194, lon: 4.4025 };
        const { routes, totalKm } = proposeRoutes({ I1: s }, { startOf: () => start });
        const nn = nearestNeighbourTwoOpt({ maxPasses: 0 }).order(start, s, (a, b) =>
          Math.hypot(a.lat - b.lat, a.lon - b.lon),
        );
        if (n === 0) {
          expect(routes).toEqual([]);
          return;
        }
        expect(routes[0]?.stops.map((x) => x.id).sort()).toEqual(s.map((x) => x.id).sort());
        expect(totalKm).toBeCloseTo(pathKm(start, routes[0]?.stops.map((x) => x.location) ?? []), 9);
        const nnOnly = proposeRoutes(
          { I1: s },
          { startOf: () => start, strategy: nearestNeighbourTwoOpt({ maxPasses: 0 }) },
        ).totalKm;
        expect(totalKm).toBeLessThanOrEqual(nnOnly + 1e-9);
        expect(nn).toHaveLength(n);
      }),
      { numRuns: 60 },
    );
  });

  it("routes a day plan per inspector with a pluggable strategy", () => {
    const plan = planDay(
      TUESDAY,
      antwerpenProfile.areas.map((a, i) => work(`w${i}`, { postcode: a.postcode, startDate: TUESDAY })),
      antwerpenProfile,
    );
    const reversed = {
      name: "as-assigned",
      order: (_s: unknown, xs: readonly RouteStop[]) => xs.map((_, i) => i),
    };
    const r = proposeRoutes(
      Object.fromEntries(
        Object.entries(plan.assignments).map(([id, a]) => [
          id,
          a.map((v) => ({ id: v.workId, location: v.location })),
        ]),
      ),
      { startOf: () => antwerpenProfile.defaultCenter, strategy: reversed },
    );
    expect(r.strategy).toBe("as-assigned");
    expect(r.routes.reduce((n, x) => n + x.stops.length, 0)).toBe(plan.totals.plannedVisits);
  });
});
