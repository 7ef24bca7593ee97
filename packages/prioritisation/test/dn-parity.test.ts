// One test per numbered rule of DN_DISPATCH's buildDispatchPlan (dn-dispatch.md §1.3): parity shown, not claimed.
import { type Assignment, antwerpenProfile, haversineKm, planDay } from "@digitale-nuts/prioritisation";
import { describe, expect, it } from "vitest";
import { antwerp, TUESDAY, withInspectors, work } from "./fixtures.js";

const visitsOf = (plan: ReturnType<typeof planDay>) => Object.values(plan.assignments).flat();
const byWork = (plan: ReturnType<typeof planDay>, id: string) =>
  visitsOf(plan).find((a) => a.workId === id) as Assignment;
const factor = (a: Assignment, name: string) => a.explanation.find((r) => r.factor === name);

describe("DN §1.3 rule 1: work selection", () => {
  it("drops expired-permit works, keeps VERGUND / IN EFFECT, and plans nothing on weekends or holidays", () => {
    const works = [
      work("ok"),
      work("expired", { sourceStatus: "Vergunning afgelopen" }),
      work("in-effect", { status: "IN EFFECT", sourceStatus: "In uitvoering" }),
      work("verlopen", { status: "VERGUNNING VERLOPEN" }),
    ];
    const plan = planDay(TUESDAY, works, antwerpenProfile);
    expect(plan.excluded.map((e) => [e.workId, e.reasons.map((r) => r.reason)])).toEqual([
      ["expired", ["permit_expired"]],
      ["verlopen", ["status"]],
    ]);
    expect(plan.candidates.map((c) => c.workId).sort()).toEqual(["in-effect", "ok"]);
    expect(planDay("2026-03-14", works, antwerpenProfile).totals.plannedVisits).toBe(0);
    expect(
      planDay(
        "2026-05-14",
        works.map((w) => ({ ...w, endDate: "2026-06-30" })),
        antwerpenProfile,
      ).isWorkingDay,
    ).toBe(false);
  });

  it("treats a work as active only when start ≤ date ≤ end", () => {
    const plan = planDay(
      TUESDAY,
      [work("future", { startDate: "2026-03-11" }), work("past", { endDate: "2026-03-09" })],
      antwerpenProfile,
    );
    expect(plan.candidates).toEqual([]);
  });
});

describe("DN §1.3 rule 2: visit cadence", () => {
  it("START (mandatory, 120) on the start moved forward to a working day", () => {
    const plan = planDay(
      "2026-03-16",
      [work("w", { startDate: "2026-03-14", endDate: "2026-04-30" })],
      antwerpenProfile,
    );
    expect(plan.candidates).toMatchObject([
      { workId: "w", visitType: "START", mandatory: true, priority: 120 },
    ]);
  });
  it("EIND (mandatory, 116) on the end moved back to a working day", () => {
    const plan = planDay(
      "2026-05-13",
      [work("w", { startDate: "2026-03-02", endDate: "2026-05-14" })],
      antwerpenProfile,
    );
    expect(plan.candidates).toMatchObject([
      { workId: "w", visitType: "EIND", mandatory: true, priority: 116 },
    ]);
  });
  it("TUSSEN (optional, 80) every 2 working days after the adjusted start, holidays skipped", () => {
    const w = work("w", { startDate: "2026-05-11", endDate: "2026-06-30" });
    const days = ["2026-05-12", "2026-05-13", "2026-05-15", "2026-05-18", "2026-05-19"];
    // Working-day index from Mon 05-11: Tue=1, Wed=2, (Thu 05-14 Ascension), Fri=3, Mon=4, Tue=5.
    const kinds = days.map(
      (d) =>
        planDay(
          d,
          [w],
          antwerp({
            cadence: {
              ...antwerpenProfile.cadence,
              coverageTopUp: { enabled: false, targetShare: 0, priority: 66 },
            },
          }),
        ).candidates[0]?.visitType ?? "-",
    );
    expect(kinds).toEqual(["-", "TUSSEN", "-", "TUSSEN", "-"]);
  });
});

describe("DN §1.3 rule 3: coverage top-up", () => {
  it("adds TUSSEN visits at priority 66 until ceil(75 % of active works)", () => {
    // 8 works, none due (index 1 from start Monday): target ceil(8 × 0.75) = 6 top-ups.
    const works = Array.from({ length: 8 }, (_, i) =>
      work(`w${i}`, { startDate: "2026-03-09", endDate: `2026-04-${10 + i}` }),
    );
    const plan = planDay(TUESDAY, works, antwerpenProfile);
    expect(plan.candidates).toHaveLength(6);
    expect(plan.candidates.every((c) => c.priority === 66 && c.source === "coverage" && !c.mandatory)).toBe(
      true,
    );
    // Sorted like any candidate: the earliest end dates first.
    expect(plan.candidates.map((c) => c.workId)).toEqual(["w0", "w1", "w2", "w3", "w4", "w5"]);
  });
});

describe("DN §1.3 rule 4: candidate ordering", () => {
  it("orders by permit tier, strategic priority, visit priority, then end date", () => {
    const works = [
      work("none-cat3", { permitStatus: "NIET_VEREIST", category: "Categorie 3", startDate: TUESDAY }),
      work("none-cat2", { permitStatus: "NIET_VEREIST", startDate: TUESDAY }),
      work("context-ref", {
        permitStatus: "NIET_VEREIST",
        permitRefKey: "AS-1",
        startDate: "2026-03-06",
        endDate: "2026-03-10",
      }),
      work("prep", { permitStatus: "IN_VOORBEREIDING", startDate: TUESDAY }),
      work("approved-cat3", { category: "Categorie 3", startDate: TUESDAY }),
      work("approved-tussen-late", { startDate: "2026-03-06", endDate: "2026-03-31" }),
      work("approved-tussen-early", { startDate: "2026-03-06", endDate: "2026-03-20" }),
      work("approved-start", { startDate: TUESDAY }),
    ];
    const plan = planDay(TUESDAY, works, antwerpenProfile);
    expect(plan.candidates.map((c) => [c.workId, c.permitTier, c.strategicPriority, c.priority])).toEqual([
      ["approved-start", 2, 3, 120],
      ["approved-tussen-early", 2, 3, 80],
      ["approved-tussen-late", 2, 3, 80],
      ["approved-cat3", 2, 2, 120],
      ["prep", 1, 2, 120],
      ["context-ref", 1, 2, 116],
      ["none-cat2", 0, 1, 120],
      ["none-cat3", 0, 0, 120],
    ]);
  });
});

describe("DN §1.3 rule 5: inspector pools", () => {
  it("primary, then backup; reserve only with explicit reserves; emergency only without", () => {
    const inspectors = [
      { primaryPostcodes: ["2000"], softDailyLimit: 1, hardDailyLimit: 1 },
      { backupPostcodes: ["2000"], softDailyLimit: 1, hardDailyLimit: 1 },
      { primaryPostcodes: ["2600"] },
    ];
    const works = ["a", "b", "c"].map((id) => work(id, { startDate: TUESDAY }));
    const noReserve = planDay(TUESDAY, works, withInspectors(inspectors));
    expect(
      ["a", "b", "c"].map((id) => [byWork(noReserve, id).inspectorId, byWork(noReserve, id).pool]),
    ).toEqual([
      ["I1", "primary"],
      ["I2", "backup"],
      ["I3", "emergency"],
    ]);
    const withReserve = planDay(TUESDAY, works, withInspectors([...inspectors, { isReserve: true }]));
    expect(byWork(withReserve, "c")).toMatchObject({ inspectorId: "I4", pool: "reserve", role: "RESERVE" });
    // I3 is neither primary, backup nor reserve for 2000: with a reserve pool, there is no emergency path.
    const reserveFull = planDay(
      TUESDAY,
      [...works, work("d", { startDate: TUESDAY })],
      withInspectors([...inspectors, { isReserve: true, softDailyLimit: 1, hardDailyLimit: 1 }]),
    );
    expect(reserveFull.unassigned).toMatchObject([{ workId: "d", reason: "capacity" }]);
  });

  it("has no reserve or emergency pool when primary + backup cover all inspectors", () => {
    const profile = withInspectors([
      { primaryPostcodes: ["2000"], softDailyLimit: 1, hardDailyLimit: 1 },
      { backupPostcodes: ["2000"], softDailyLimit: 1, hardDailyLimit: 1 },
    ]);
    const plan = planDay(
      TUESDAY,
      ["a", "b", "c"].map((id) => work(id, { startDate: TUESDAY })),
      profile,
    );
    expect(plan.unassigned.map((u) => u.workId)).toEqual(["c"]);
  });
});

describe("DN §1.3 rule 6: assignment order", () => {
  it("goes manual → primary → primary overflow → backup → backup overflow → reserve; emergency only for mandatory visits", () => {
    const profile = withInspectors([
      { primaryPostcodes: ["2000"], softDailyLimit: 1, hardDailyLimit: 2 },
      { backupPostcodes: ["2000"], softDailyLimit: 1, hardDailyLimit: 2 },
      { primaryPostcodes: ["2600"] },
    ]);
    const works = ["a", "b", "c", "d", "e"].map((id) =>
      work(id, { startDate: TUESDAY, category: "Categorie 3" }),
    );
    const plan = planDay(TUESDAY, works, profile);
    expect(
      ["a", "b", "c", "d", "e"].map((id) => {
        const a = byWork(plan, id);
        return `${a.inspectorId}:${a.pool}:${a.overflow}`;
      }),
    ).toEqual([
      "I1:primary:false",
      "I1:primary:true",
      "I2:backup:false",
      "I2:backup:true",
      "I3:emergency:false",
    ]);
    // An optional visit never takes the emergency path.
    const optional = [
      ...works.slice(0, 4).map((w) => w),
      work("t", { startDate: "2026-03-06", category: "Categorie 3" }),
    ];
    const p2 = planDay(TUESDAY, optional, profile);
    expect(p2.unassigned).toMatchObject([{ workId: "t", visitType: "TUSSEN", reason: "capacity" }]);
  });

  it("marks unassignable visits with a reason", () => {
    // An optional visit in a postcode nobody covers, and no reserve: only the (mandatory-only) emergency pool is left.
    const plan = planDay(
      TUESDAY,
      [work("x", { postcode: "2930", startDate: "2026-03-06" })],
      withInspectors([{ primaryPostcodes: ["2000"] }]),
    );
    expect(plan.unassigned).toMatchObject([
      { workId: "x", visitType: "TUSSEN", reason: "no_eligible_inspector" },
    ]);
    // With an explicit reserve, the reserve pool takes it.
    const reserve = planDay(
      TUESDAY,
      [work("x", { postcode: "2930", startDate: "2026-03-06" })],
      withInspectors([{ primaryPostcodes: ["2000"] }, { isReserve: true }]),
    );
    expect(byWork(reserve, "x")).toMatchObject({ inspectorId: "I2", pool: "reserve" });
  });
});

describe("DN §1.3 rule 7: capacity 5 + 1 overflow with weights", () => {
  it("fills to the soft limit, overflows to the hard limit, then stops; complex visits weigh 1.5", () => {
    const profile = withInspectors([{ primaryPostcodes: ["2000"] }]);
    const standard = Array.from({ length: 8 }, (_, i) =>
      work(`s${i}`, { startDate: TUESDAY, category: "Categorie 3" }),
    );
    const plan = planDay(TUESDAY, standard, profile);
    expect(plan.assignments.I1?.map((a) => [a.loadBefore, a.overflow])).toEqual([
      [0, false],
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [5, true],
    ]);
    expect(plan.unassigned).toHaveLength(2);
    expect(plan.totals.overflowInspectors).toBe(1);
    const complex = planDay(
      TUESDAY,
      Array.from({ length: 6 }, (_, i) => work(`c${i}`, { startDate: TUESDAY })),
      profile,
    );
    expect(complex.assignments.I1?.map((a) => a.loadAfter)).toEqual([1.5, 3, 4.5, 6]);
  });

  it("starts from the fixed daily load and divides by the experience factor", () => {
    const profile = withInspectors([
      { primaryPostcodes: ["2000"], fixedDailyLoad: 2, experienceFactor: 1.2 },
    ]);
    const plan = planDay(TUESDAY, [work("a", { startDate: TUESDAY })], profile);
    expect(plan.assignments.I1?.[0]).toMatchObject({ loadBefore: 2, visitLoad: 1.25, loadAfter: 3.25 });
  });

  it("with strictHardLimit refuses a visit that would end above the hard limit", () => {
    const base = withInspectors([{ primaryPostcodes: ["2000"] }]);
    const strict = { ...base, capacity: { ...base.capacity, strictHardLimit: true } };
    const plan = planDay(
      TUESDAY,
      Array.from({ length: 6 }, (_, i) => work(`c${i}`, { startDate: TUESDAY })),
      strict,
    );
    expect(plan.loads.I1).toBe(6);
    expect(plan.assignments.I1).toHaveLength(4);
  });
});

describe("DN §1.3 rule 8: inspector score", () => {
  it("adds role, continuity, postcode, distance, load, mandatory and fairness terms, exactly as DN", () => {
    const profile = withInspectors([{ primaryPostcodes: ["2000"] }, { primaryPostcodes: ["2000"] }]);
    const plan = planDay(
      TUESDAY,
      [
        work("a", { startDate: TUESDAY }),
        work("b", { startDate: TUESDAY, location: { lat: 51.23, lon: 4.41 } }),
      ],
      profile,
      {
        weeklyAssignedVisits: { I1: 3, I2: 1 },
        firstInspectorByWorkId: { a: "I1", b: "I1" },
      },
    );
    const a = byWork(plan, "a");
    expect(a.inspectorId).toBe("I1");
    expect(a.explanation.map((r) => r.factor)).toEqual([
      "role",
      "preferredInspector",
      "distanceKm",
      "load",
      "mandatoryVisit",
      "weeklyFairness",
    ]);
    expect(factor(a, "weeklyFairness")).toMatchObject({ value: 2, weight: -18, contribution: -36 });
    expect(a.score).toBeCloseTo(180 + 340 - 0 - 0 + 14 - 36, 1);
    const b = byWork(plan, "b");
    const km = haversineKm({ lat: 51.23, lon: 4.41 }, { lat: 51.2205, lon: 4.4003 });
    expect(factor(b, "samePostcode")).toMatchObject({ contribution: 42 });
    expect(factor(b, "load")).toMatchObject({ value: 1.5, contribution: -27 });
    expect(factor(b, "distanceKm")?.contribution).toBeCloseTo(-3 * km, 9);
    expect(b.score).toBe(Math.round((180 + 340 + 42 - 3 * km - 27 + 14 - 54) * 10) / 10);
  });

  it("penalises foreign postcodes and outside-area load, and prefers nearer inspectors", () => {
    const profile = withInspectors([{ primaryPostcodes: ["2600"] }, { primaryPostcodes: ["2170"] }]);
    const plan = planDay(
      TUESDAY,
      [
        work("x", { postcode: "2600", startDate: TUESDAY }),
        work("y", { postcode: "2018", startDate: TUESDAY }),
      ],
      profile,
    );
    const y = byWork(plan, "y");
    expect(y.inspectorId).toBe("I1"); // Berchem is nearer to 2018 than Merksem
    // I1 is the preferred inspector here, so DN spares it the outside-area load penalty.
    expect(y.explanation.map((r) => r.factor)).toEqual([
      "role",
      "preferredInspector",
      "foreignPostcode",
      "distanceKm",
      "load",
      "mandatoryVisit",
      "weeklyFairness",
    ]);
    expect(factor(y, "role")?.contribution).toBe(-120);
    expect(factor(y, "distanceKm")?.weight).toBe(-8.5);
  });

  it("applies the outside-area load penalty to a loaded, non-preferred inspector outside its area", () => {
    const profile = withInspectors([
      { primaryPostcodes: ["2600"] },
      { primaryPostcodes: ["2170"], softDailyLimit: 1, hardDailyLimit: 1 },
    ]);
    const works = [
      work("x", { postcode: "2600", startDate: TUESDAY }),
      work("a-merksem", { postcode: "2170", startDate: TUESDAY }),
      work("y", { postcode: "2018", startDate: TUESDAY }),
    ];
    const plan = planDay(TUESDAY, works, profile, { firstInspectorByWorkId: { y: "I2" } });
    const y = byWork(plan, "y");
    expect(y).toMatchObject({ inspectorId: "I1", pool: "emergency" });
    expect(factor(y, "outsideAreaLoad")).toMatchObject({ contribution: -55 });
    expect(factor(y, "preferredInspector")).toBeUndefined();
  });

  it("explanations sum to the score", () => {
    const plan = planDay(
      TUESDAY,
      Array.from({ length: 20 }, (_, i) =>
        work(`w${i}`, {
          postcode: antwerpenProfile.areas[i % 16]?.postcode ?? "2000",
          startDate: i % 2 ? TUESDAY : "2026-03-06",
        }),
      ),
      antwerpenProfile,
    );
    for (const a of visitsOf(plan))
      expect(a.explanation.reduce((s, r) => s + r.contribution, 0)).toBeCloseTo(a.score, 0);
  });
});

describe("DN §1.3 rule 9: continuity", () => {
  it("keeps the first-ever inspector when valid, else picks by role, distance and id", () => {
    const profile = withInspectors([
      { primaryPostcodes: ["2000"] },
      { primaryPostcodes: ["2000"] },
      { backupPostcodes: ["2000"] },
    ]);
    const plan = planDay(TUESDAY, [work("a"), work("b"), work("c")], profile, {
      firstInspectorByWorkId: { a: "I2", b: "gone" },
    });
    expect(plan.preferredInspectorByWorkId).toEqual({ a: "I2", b: "I1", c: "I1" });
    expect(byWork(plan, "a").inspectorId).toBe("I2");
  });

  it("does not override postcode policy: the sticky bonus only acts inside the pools", () => {
    const profile = withInspectors([{ primaryPostcodes: ["2000"] }, { primaryPostcodes: ["2600"] }]);
    const plan = planDay(TUESDAY, [work("a", { startDate: TUESDAY })], profile, {
      firstInspectorByWorkId: { a: "I2" },
    });
    expect(byWork(plan, "a").inspectorId).toBe("I1");
  });

  it("manual overrides win (even over capacity), unless the inspector is absent", () => {
    const profile = withInspectors([
      { primaryPostcodes: ["2000"] },
      { primaryPostcodes: ["2600"], softDailyLimit: 1, hardDailyLimit: 1 },
    ]);
    const works = [work("x", { postcode: "2600", startDate: TUESDAY }), work("a", { startDate: TUESDAY })];
    const plan = planDay(TUESDAY, works, profile, { manualInspectorByWorkId: { a: "I2" } });
    expect(byWork(plan, "a")).toMatchObject({ inspectorId: "I2", source: "MANUAL", pool: "manual" });
    const absent = planDay(TUESDAY, works, profile, {
      manualInspectorByWorkId: { a: "I2" },
      absences: { I2: [{ start: TUESDAY, end: TUESDAY }] },
    });
    expect(byWork(absent, "a")).toMatchObject({ inspectorId: "I1", source: "AUTO" });
    expect(absent.unavailableInspectors).toEqual([{ inspectorId: "I2", reason: "absent" }]);
    expect(absent.assignments.I2).toEqual([]);
  });

  it("absence and the active window are hard blocks", () => {
    const profile = withInspectors([
      { primaryPostcodes: ["2000"], activeUntil: "2026-03-09" },
      { backupPostcodes: ["2000"] },
    ]);
    const plan = planDay(TUESDAY, [work("a", { startDate: TUESDAY })], profile, {
      firstInspectorByWorkId: { a: "I1" },
    });
    expect(byWork(plan, "a").inspectorId).toBe("I2");
    expect(plan.unavailableInspectors).toEqual([{ inspectorId: "I1", reason: "inactive" }]);
  });
});

describe("DN §1.3 rule 10: category-3 cap", () => {
  it("is disabled as in DN: category-3 visits are not capped", () => {
    const plan = planDay(
      TUESDAY,
      Array.from({ length: 10 }, (_, i) => work(`c${i}`, { startDate: TUESDAY, category: "Categorie 3" })),
      antwerpenProfile,
    );
    expect(plan.totals.plannedVisits).toBe(10);
  });
});

describe("DN §1.3 rule 11: weekly hand-over follow-ups", () => {
  it("creates a follow-up every 7 days from 7 to 56 days after the adjusted end", () => {
    const w = work("done", { startDate: "2026-01-05", endDate: "2026-02-01" }); // Sunday → adjusted end Fri 01-30
    const due = (date: string) => planDay(date, [w], antwerpenProfile).totals.followUps;
    expect(["2026-02-06", "2026-02-13", "2026-03-27", "2026-02-09", "2026-04-03"].map(due)).toEqual([
      1, 1, 1, 0, 0,
    ]);
    const plan = planDay("2026-02-06", [w], antwerpenProfile);
    expect(plan.followUps.I1).toMatchObject([
      {
        workId: "done",
        daysSinceEnd: 7,
        reason: "Wekelijkse opleveringsopvolging (mail/telefoon)",
        via: "preferred",
      },
    ]);
  });

  it("goes to the continuity inspector, which for an uncovered postcode is the nearest one", () => {
    const w = work("done", { postcode: "2930", startDate: "2026-01-05", endDate: "2026-01-30" });
    const profile = withInspectors([{ primaryPostcodes: ["2000"] }, { primaryPostcodes: ["2180"] }]);
    const plan = planDay("2026-02-06", [w], profile);
    expect(plan.followUps.I2).toMatchObject([{ workId: "done", via: "preferred" }]);
    expect(plan.followUps.I1).toEqual([]);
    // No follow-ups when nobody is deployable.
    const none = planDay("2026-02-06", [w], profile, { unavailableInspectorIds: ["I1", "I2"] });
    expect(none.totals.followUps).toBe(0);
  });
});

describe("DN §1.3 rule 12: totals", () => {
  it("counts planned, mandatory, optional, follow-ups and permit shares", () => {
    const works = [
      work("a", { startDate: TUESDAY }),
      work("b", { startDate: "2026-03-06", permitStatus: "IN_VOORBEREIDING" }),
      work("c", { startDate: "2026-03-06", permitStatus: "NIET_VEREIST" }),
    ];
    const t = planDay(TUESDAY, works, antwerpenProfile).totals;
    expect(t).toMatchObject({
      plannedVisits: 3,
      mandatoryVisits: 1,
      optionalVisits: 2,
      approvedPermitVisits: 1,
      permitBackedVisits: 2,
      withoutPermitVisits: 1,
      withoutPermitSharePct: 33.3,
    });
  });
});

describe("DN §1.3 rule 13: assignment role label", () => {
  it("is DEDICATED for primary, BACKUP for backup and RESERVE for a reserve flag", () => {
    const profile = withInspectors([
      { primaryPostcodes: ["2000"], hardDailyLimit: 1, softDailyLimit: 1 },
      { backupPostcodes: ["2000"], hardDailyLimit: 1, softDailyLimit: 1 },
      { isReserve: true, primaryPostcodes: ["2000"] },
    ]);
    const plan = planDay(
      TUESDAY,
      ["a", "b", "c"].map((id) => work(id, { startDate: TUESDAY })),
      profile,
    );
    expect(visitsOf(plan).map((a) => a.role)).toEqual(["DEDICATED", "BACKUP", "RESERVE"]);
  });
});

describe("DN §1.3 rule 14: next working day", () => {
  it("is exposed through the calendar (covered in calendar.test.ts) and the plan says whether today is one", () => {
    expect(planDay("2026-03-15", [work("a")], antwerpenProfile).isWorkingDay).toBe(false);
  });
});
