import {
  antwerpenProfile,
  createWorkingCalendar,
  fromDayNumber,
  mechelenProfile,
  PrioritisationError,
  toDayNumber,
} from "@digitale-nuts/prioritisation";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const cal = createWorkingCalendar(antwerpenProfile.calendar);

// DN_DISPATCH's hard-coded list (src/config/holidays.ts); the calendar must reproduce it from date-holidays.
const DN_HOLIDAYS = [
  "2025-01-01",
  "2025-04-21",
  "2025-05-01",
  "2025-05-29",
  "2025-06-09",
  "2025-07-21",
  "2025-08-15",
  "2025-11-01",
  "2025-11-11",
  "2025-12-25",
  "2026-01-01",
  "2026-04-06",
  "2026-05-01",
  "2026-05-14",
  "2026-05-25",
  "2026-07-21",
  "2026-08-15",
  "2026-11-01",
  "2026-11-11",
  "2026-12-25",
  "2027-01-01",
  "2027-03-29",
  "2027-05-01",
  "2027-05-06",
  "2027-05-17",
  "2027-07-21",
  "2027-08-15",
  "2027-11-01",
  "2027-11-11",
  "2027-12-25",
];

describe("working calendar", () => {
  it("takes Belgian public holidays from date-holidays, matching DN_DISPATCH's list for 2025–2027", () => {
    expect([...cal.daysOff(2025), ...cal.daysOff(2026), ...cal.daysOff(2027)]).toEqual(DN_HOLIDAYS);
  });

  it("knows weekends, holidays and the city's own days off", () => {
    expect(cal.isWorkingDay("2026-03-10")).toBe(true);
    expect(cal.isWorkingDay("2026-03-14")).toBe(false); // Saturday
    expect(cal.isWorkingDay("2026-05-14")).toBe(false); // Ascension
    const mechelen = createWorkingCalendar(mechelenProfile.calendar);
    expect(mechelen.isWorkingDay("2026-05-18")).toBe(false);
    expect(cal.isWorkingDay("2026-05-18")).toBe(true);
  });

  it("moves to the next working day (DN getNextWorkday) and adjusts both ways", () => {
    expect(cal.nextWorkingDay("2026-05-13")).toBe("2026-05-15");
    expect(cal.nextWorkingDay("2026-03-13")).toBe("2026-03-16");
    expect(fromDayNumber(cal.adjust(toDayNumber("2026-05-24"), "forward"))).toBe("2026-05-26"); // Sunday, Whit Monday
    expect(fromDayNumber(cal.adjust(toDayNumber("2026-05-24"), "backward"))).toBe("2026-05-22");
  });

  it("counts working days in (from, to] like a day-by-day walk", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20000, max: 21500 }), fc.integer({ min: -5, max: 800 }), (from, span) => {
        const to = from + span;
        let walk = 0;
        for (let d = from + 1; d <= to; d++) if (cal.isWorkingDayNumber(d)) walk++;
        expect(cal.workingDaysBetween(from, to)).toBe(walk);
      }),
      { numRuns: 200 },
    );
  });

  it("rejects malformed dates with a typed error naming the field", () => {
    expect(() => toDayNumber("2026-02-30", "date")).toThrow(PrioritisationError);
    expect(() => toDayNumber("10/03/2026", "startDate")).toThrow(/startDate/);
  });

  it("rejects an unknown country", () => {
    expect(() => createWorkingCalendar({ ...antwerpenProfile.calendar, country: "XX" })).toThrow(
      PrioritisationError,
    );
  });
});
