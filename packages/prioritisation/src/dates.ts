import { PrioritisationError } from "./errors.js";

/**
 * A calendar day as whole days since 1970-01-01 (UTC): cheap to compare and subtract.
 * @example
 * const day: DayNumber = toDayNumber("2026-03-10"); // 20522
 * fromDayNumber(day + 7); // "2026-03-17"
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/**
 * Parses `YYYY-MM-DD` (a longer ISO date-time is cut to its date) into a {@link DayNumber}.
 * @example
 * toDayNumber("2026-03-10"); // 20522
 * toDayNumber("2026-03-10T08:30:00+01:00"); // 20522
 */
export function toDayNumber(iso: string, field = "date"): DayNumber {
  const cached = dayCache.get(iso);
  if (cached !== undefined) return cached;
  const day = parseDay(iso, field);
  if (dayCache.size > 50_000) dayCache.clear();
  dayCache.set(iso, day);
  return day;
}

// Works share few distinct dates, so parsing once per spelling pays off.
const dayCache = new Map<string, DayNumber>();

function parseDay(iso: string, field: string): DayNumber {
  if (typeof iso === "string" && iso.length >= 10) {
    const y = digits(iso, 0, 4);
    const m = digits(iso, 5, 2);
    const d = digits(iso, 8, 2);
    if (
      y >= 0 &&
      m >= 1 &&
      m <= 12 &&
      d >= 1 &&
      d <= 31 &&
      iso.charCodeAt(4) === 45 &&
      iso.charCodeAt(7) === 45
    ) {
      const ms = Date.UTC(y, m - 1, d);
      if (new Date(ms).getUTCDate() === d) return ms / MS_PER_DAY;
    }
  }
  throw new PrioritisationError(
    "PRIORITISATION_DATE_INVALID",
    `${field}: expected an ISO date YYYY-MM-DD, received ${JSON.stringify(iso)}`,
  );
}

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Formats a {@link DayNumber} as `YYYY-MM-DD`.
 * @example
 * fromDayNumber(20522); // "2026-03-10"
 */
export function fromDayNumber(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Adds calendar months (clamped to the month's last day), for windows such as "6 months after". */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const date = new Date(day * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)) / MS_PER_DAY;
}

/** The Monday of the ISO week a day falls in. */
export function isoWeekStart(day: DayNumber): DayNumber {
  return day - ((weekday(day) + 6) % 7);
}
