import {
  antwerpenProfile,
  type CityProfile,
  type PlanningWork,
  planDay,
} from "@digitale-nuts/prioritisation";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const postcodes = antwerpenProfile.areas.map((a) => a.postcode);
const categories = ["Categorie 1", "Categorie 2", "Categorie 3", "Dringend", undefined];
const permits = ["AFGELEVERD", "IN_VOORBEREIDING", "NIET_VEREIST", "ONBEKEND_MAAR_VERWACHT", undefined];

const day = (offset: number) => new Date(Date.UTC(2026, 2, 1 + offset)).toISOString().slice(0, 10);

const workArb = (i: number) =>
  fc
    .record({
      postcode: fc.constantFrom(...postcodes),
      category: fc.constantFrom(...categories),
      permit: fc.constantFrom(...permits),
      start: fc.integer({ min: 0, max: 20 }),
      length: fc.integer({ min: 0, max: 30 }),
      ref: fc.boolean(),
    })
    .map(
      ({ postcode, category, permit, start, length, ref }): PlanningWork => ({
        id: `w${String(i).padStart(3, "0")}`,
        status: "VERGUND",
        postcode,
        startDate: day(start),
        endDate: day(start + length),
        ...(category ? { category } : {}),
        ...(permit ? { permitStatus: permit } : {}),
        ...(ref ? { permitRefKey: `AS-${i}` } : {}),
      }),
    );

const worksArb = fc
  .integer({ min: 0, max: 60 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => workArb(i))));
const inspectorsArb = fc.array(
  fc.record({
    primary: fc.subarray(postcodes, { maxLength: 3 }),
    backup: fc.subarray(postcodes, { maxLength: 3 }),
    reserve: fc.boolean(),
    soft: fc.integer({ min: 1, max: 5 }),
    extraHard: fc.integer({ min: 0, max: 2 }),
    experience: fc.constantFrom(0.5, 0.8, 1, 1.2, 1.5),
    absent: fc.boolean(),
  }),
  { minLength: 1, maxLength: 8 },
);
const dateArb = fc.integer({ min: 2, max: 30 }).map(day);

function profileFrom(
  inspectors: {
    primary: string[];
    backup: string[];
    reserve: boolean;
    soft: number;
    extraHard: number;
    experience: number;
    absent: boolean;
  }[],
  date: string,
  strict = false,
): CityProfile {
  return {
    ...antwerpenProfile,
    capacity: { ...antwerpenProfile.capacity, strictHardLimit: strict },
    inspectors: inspectors.map((s, i) => ({
      id: `insp-${String(i + 1).padStart(2, "0")}`,
      primaryPostcodes: s.primary,
      backupPostcodes: s.backup,
      isReserve: s.reserve,
      softDailyLimit: s.soft,
      hardDailyLimit: s.soft + s.extraHard,
      experienceFactor: s.experience,
      fixedDailyLoad: 0,
      absences: s.absent ? [{ start: date, end: date }] : [],
    })),
  };
}

describe("planDay properties", () => {
  it("never assigns to an inspector already at the hard limit, and with strictHardLimit never ends above it", () => {
    fc.assert(
      fc.property(worksArb, inspectorsArb, dateArb, fc.boolean(), (works, inspectors, date, strict) => {
        const profile = profileFrom(inspectors, date, strict);
        const plan = planDay(date, works, profile);
        for (const inspector of profile.inspectors) {
          const hard = inspector.hardDailyLimit ?? 6;
          for (const a of plan.assignments[inspector.id] ?? []) {
            expect(a.loadBefore).toBeLessThan(hard);
            if (strict) expect(a.loadAfter).toBeLessThanOrEqual(hard + 1e-9);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("never assigns an absent inspector", () => {
    fc.assert(
      fc.property(worksArb, inspectorsArb, dateArb, (works, inspectors, date) => {
        const profile = profileFrom(inspectors, date);
        const plan = planDay(date, works, profile);
        profile.inspectors.forEach((inspector, i) => {
          if (inspectors[i]?.absent) {
            expect(plan.assignments[inspector.id]).toEqual([]);
            expect(plan.followUps[inspector.id]).toEqual([]);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it("orders mandatory before optional within a permit group, and leaves a mandatory visit out only when its pools are full", () => {
    fc.assert(
      fc.property(worksArb, inspectorsArb, dateArb, (works, inspectors, date) => {
        const profile = profileFrom(inspectors, date);
        const plan = planDay(date, works, profile);
        let last: { group: string; mandatory: boolean } | undefined;
        for (const c of plan.candidates) {
          const group = `${c.permitTier}|${c.strategicPriority}`;
          if (last && last.group === group && !last.mandatory) expect(c.mandatory).toBe(false);
          last = { group, mandatory: c.mandatory };
        }
        const available = profile.inspectors.filter((_, i) => !inspectors[i]?.absent);
        for (const u of plan.unassigned.filter((v) => v.mandatory && v.reason === "capacity")) {
          const work = works.find((w) => w.id === u.workId) as PlanningWork;
          const inPools = available.filter(
            (s) =>
              s.primaryPostcodes.includes(work.postcode) ||
              s.backupPostcodes.includes(work.postcode) ||
              s.isReserve ||
              !available.some((x) => x.isReserve),
          );
          for (const s of inPools)
            expect(plan.loads[s.id] ?? 0).toBeGreaterThanOrEqual(s.hardDailyLimit ?? 6);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("is deterministic and independent of input order", () => {
    fc.assert(
      fc.property(worksArb, inspectorsArb, dateArb, (works, inspectors, date) => {
        const profile = profileFrom(inspectors, date);
        const a = planDay(date, works, profile);
        expect(planDay(date, works, profile)).toEqual(a);
        expect(planDay(date, [...works].reverse(), profile).assignments).toEqual(a.assignments);
      }),
      { numRuns: 100 },
    );
  });

  it("accounts for every candidate exactly once", () => {
    fc.assert(
      fc.property(worksArb, inspectorsArb, dateArb, (works, inspectors, date) => {
        const plan = planDay(date, works, profileFrom(inspectors, date));
        expect(plan.totals.plannedVisits + plan.totals.unassignedVisits).toBe(plan.candidates.length);
      }),
      { numRuns: 100 },
    );
  });
});
