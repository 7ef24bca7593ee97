import {
  antwerpenProfile,
  evaluatePrioritisation,
  type HistoryDay,
  type PlanningWork,
  PrioritisationError,
  planDay,
  rankByScore,
  registerFirstInspectors,
  weeklyAssignedVisits,
} from "@digitale-nuts/prioritisation";
import { describe, expect, it } from "vitest";
import { TUESDAY, withInspectors, work } from "./fixtures.js";

describe("continuity across days (DN §1.3 rule 9, §1.5)", () => {
  it("keeps the first-ever inspector of a work across days, even when capacity moved it", () => {
    const profile = withInspectors([{ primaryPostcodes: ["2000"] }, { primaryPostcodes: ["2000"] }]);
    const day1 = planDay(TUESDAY, [work("a", { startDate: TUESDAY })], profile);
    const first = registerFirstInspectors({}, day1);
    expect(first).toEqual({ a: "I1" });
    // Next day I1 is absent: I2 takes the visit, but the first inspector stays I1.
    const day2 = planDay("2026-03-12", [work("a", { startDate: TUESDAY })], profile, {
      firstInspectorByWorkId: first,
      unavailableInspectorIds: ["I1"],
    });
    expect(
      Object.values(day2.assignments)
        .flat()
        .map((v) => v.inspectorId),
    ).toEqual(["I2"]);
    expect(registerFirstInspectors(first, day2)).toEqual({ a: "I1" });
    // Back on duty, continuity brings the work back to I1.
    const day3 = planDay("2026-03-16", [work("a", { startDate: TUESDAY })], profile, {
      firstInspectorByWorkId: first,
    });
    expect(day3.assignments.I1?.map((v) => v.workId)).toEqual(["a"]);
  });

  it("counts this ISO week's earlier assignments for fairness", () => {
    const history = [
      { date: "2026-03-06", assignments: { I1: [{ workId: "x" }] } }, // previous week
      { date: "2026-03-09", assignments: { I1: [{ workId: "a" }, { workId: "b" }], I2: [{ workId: "c" }] } },
      { date: "2026-03-10", assignments: { I1: [{ workId: "d" }] } }, // the day itself
    ];
    expect(weeklyAssignedVisits(history, TUESDAY)).toEqual({ I1: 2, I2: 1 });
  });

  it("steers a tie to the inspector with fewer visits this week", () => {
    const profile = withInspectors([{ primaryPostcodes: ["2000"] }, { primaryPostcodes: ["2000"] }]);
    const plan = planDay(TUESDAY, [work("a", { startDate: TUESDAY })], profile, {
      weeklyAssignedVisits: { I1: 4, I2: 0 },
      firstInspectorByWorkId: {},
    });
    // I1 is preferred (+340) but fairness costs it 4 × 18 = 72 only: continuity still wins.
    expect(plan.assignments.I1).toHaveLength(1);
    const noContinuity = planDay(
      TUESDAY,
      [work("a", { startDate: TUESDAY })],
      {
        ...profile,
        dispatch: {
          ...profile.dispatch,
          inspectorScore: { ...profile.dispatch.inspectorScore, preferred: 0 },
        },
      },
      { weeklyAssignedVisits: { I1: 4, I2: 0 } },
    );
    expect(noContinuity.assignments.I2).toHaveLength(1);
  });
});

describe("input validation", () => {
  it("rejects duplicate work ids and malformed dates with typed errors", () => {
    expect(() => planDay(TUESDAY, [work("a"), work("a")], antwerpenProfile)).toThrow(PrioritisationError);
    expect(() => planDay(TUESDAY, [work("a"), work("a")], antwerpenProfile)).toThrow(/works\[1\]\.id/);
    expect(() => planDay(TUESDAY, [work("a", { startDate: "2026-13-01" })], antwerpenProfile)).toThrow(
      /work a\.startDate/,
    );
    expect(() => planDay("tomorrow", [], antwerpenProfile)).toThrow(/date/);
  });
});

describe("rankByScore in an evaluation", () => {
  it("beats an arbitrary order when NOKs come from risky works", () => {
    const history: HistoryDay<PlanningWork>[] = Array.from({ length: 10 }, (_, d) => {
      const works = Array.from({ length: 30 }, (_, i) =>
        work(`d${d}w${String(i).padStart(2, "0")}`, {
          startDate: "2026-03-02",
          severeHindrance: i % 5 === 0,
          category: i % 5 === 0 ? "Categorie 1" : "Categorie 3",
        }),
      );
      return {
        date: TUESDAY,
        works,
        outcomes: Object.fromEntries(works.map((w, i) => [w.id, i % 5 === 0 ? "NOK" : "OK"])),
      };
    });
    const byId = { name: "by id", rank: (day: HistoryDay<PlanningWork>) => day.works.map((w) => w.id) };
    const r = evaluatePrioritisation(history, byId, rankByScore("score", antwerpenProfile), 5);
    expect(r.b.precisionAtK.rate).toBe(1);
    expect(r.a.precisionAtK.rate).toBeCloseTo(0.2, 9);
    expect(r.precisionDifference.lower).toBeGreaterThan(0);
  });
});
