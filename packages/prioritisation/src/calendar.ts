import Holidays from "date-holidays";
import { type DayNumber, fromDayNumber, toDayNumber, weekday } from "./dates.js";
import { PrioritisationError } from "./errors.js";
import type { CalendarConfig } from "./profile.js";

/**
 * Working days of a city: Monday–Friday minus public holidays (from `date-holidays`) and the city's own days off.
 * @example
 * const calendar: WorkingCalendar = createWorkingCalendar(antwerpenProfile.calendar);
 * calendar.nextWorkingDay("2026-05-13"); // "2026-05-15": Ascension Day is off
 */
export interface WorkingCalendar {
  /** Whether the ISO date is a working day. */
  isWorkingDay(date: string): boolean;
  /** Same, on a {@link DayNumber}. */
  isWorkingDayNumber(day: DayNumber): boolean;
  /** The day itself when it is a working day, else the next (`forward`) or previous (`backward`) one. */
  adjust(day: DayNumber, direction: "forward" | "backward"): DayNumber;
  /** Working days in (from, to]: 0 when `to ≤ from` (DN `workdaysBetween`). */
  workingDaysBetween(from: DayNumber, to: DayNumber): number;
  /** The first working day strictly after `date` (DN `getNextWorkday`). */
  nextWorkingDay(date: string): string;
  /** Days off (holidays and extra days off) in a year, sorted, as ISO dates. */
  daysOff(year: number): readonly string[];
}

// Weekdays among day numbers 0..n-1, by n % 7 (day 0 = Thursday 1970-01-01).
const WEEKDAY_PREFIX = [0, 1, 2, 2, 2, 3, 4];
const weekdaysBefore = (n: number) => Math.floor(n / 7) * 5 + (WEEKDAY_PREFIX[((n % 7) + 7) % 7] ?? 0);

/**
 * Builds a working calendar from a profile's calendar configuration. Holidays come from the maintained
 * `date-holidays` library (country + region), never from a hard-coded list; years load lazily.
 * @example
 * const cal = createWorkingCalendar({ country: "BE", region: "VLG", holidayTypes: ["public"], extraDaysOff: [], timeZone: "Europe/Brussels" });
 * cal.isWorkingDay("2026-05-14"); // false: Ascension Day
 */
export function createWorkingCalendar(config: CalendarConfig): WorkingCalendar {
  let holidays: Holidays;
  try {
    holidays = config.region
      ? new Holidays(config.country, config.region, { timezone: config.timeZone })
      : new Holidays(config.country, { timezone: config.timeZone });
  } catch (cause) {
    throw new PrioritisationError(
      "PRIORITISATION_PROFILE_INVALID",
      `calendar: date-holidays does not know ${config.country}/${config.region ?? ""}`,
      { cause },
    );
  }
  if (!holidays.getCountries()[config.country]) {
    throw new PrioritisationError(
      "PRIORITISATION_PROFILE_INVALID",
      `calendar.country: unknown country ${JSON.stringify(config.country)} for date-holidays`,
    );
  }
  const types = new Set<string>(config.holidayTypes);
  const extra = config.extraDaysOff.map((d) => toDayNumber(d, "calendar.extraDaysOff"));
  const offByYear = new Map<number, DayNumber[]>();
  const offSet = new Set<DayNumber>();

  const offWeekdaysOf = (year: number): DayNumber[] => {
    let days = offByYear.get(year);
    if (days) return days;
    const set = new Set<DayNumber>();
    for (const h of holidays.getHolidays(year)) {
      if (types.has(h.type)) set.add(toDayNumber(h.date.slice(0, 10)));
    }
    for (const d of extra) if (fromDayNumber(d).startsWith(String(year))) set.add(d);
    days = [...set].filter((d) => weekday(d) !== 0 && weekday(d) !== 6).sort((a, b) => a - b);
    for (const d of days) offSet.add(d);
    offByYear.set(year, days);
    return days;
  };
  const loadedYears = new Set<number>();
  const isWorkingDayNumber = (day: DayNumber): boolean => {
    const wd = weekday(day);
    if (wd === 0 || wd === 6) return false;
    const year = yearOf(day);
    if (!loadedYears.has(year)) {
      offWeekdaysOf(year);
      loadedYears.add(year);
    }
    return !offSet.has(day);
  };
  // Off weekdays in (from, to] via binary search in each year's sorted list.
  const offBetween = (from: DayNumber, to: DayNumber): number => {
    let count = 0;
    for (let y = yearOf(from + 1); y <= yearOf(to); y++) {
      const days = offWeekdaysOf(y);
      count += upperBound(days, to) - upperBound(days, from);
    }
    return count;
  };

  return {
    isWorkingDayNumber,
    isWorkingDay: (date) => isWorkingDayNumber(toDayNumber(date)),
    adjust(day, direction) {
      const step = direction === "forward" ? 1 : -1;
      let d = day;
      while (!isWorkingDayNumber(d)) d += step;
      return d;
    },
    workingDaysBetween(from, to) {
      if (to <= from) return 0;
      return weekdaysBefore(to + 1) - weekdaysBefore(from + 1) - offBetween(from, to);
    },
    nextWorkingDay(date) {
      let d = toDayNumber(date) + 1;
      while (!isWorkingDayNumber(d)) d++;
      return fromDayNumber(d);
    },
    daysOff(year) {
      const set = new Set<string>();
      for (const h of holidays.getHolidays(year)) if (types.has(h.type)) set.add(h.date.slice(0, 10));
      for (const d of extra) if (fromDayNumber(d).startsWith(String(year))) set.add(fromDayNumber(d));
      return [...set].sort();
    },
  };
}

/** The Gregorian year of a day number, by arithmetic (no Date allocation on the hot path). */
export function yearOf(day: DayNumber): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** Number of elements ≤ value in a sorted array. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
