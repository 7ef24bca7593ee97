/**
 * Date arithmetic on ISO calendar dates, done on integer "epoch days" (days since 1970-01-01).
 * Pure and allocation-light: the KPI engine calls these once per record.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch day of an ISO date (`2026-03-10`), or `null` when it is not a real calendar date. */
export function epochDayOf(isoDate: string): number | null {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const check = new Date(t);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return t / DAY_MS;
}

const formatted = new Map<number, string>();

/** ISO date of an epoch day. */
export function isoDateOf(epochDay: number): string {
  let s = formatted.get(epochDay);
  if (s === undefined) {
    s = new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
    if (formatted.size > 100_000) formatted.clear();
    formatted.set(epochDay, s);
  }
  return s;
}

/** Epoch day of the last Sunday of a month (0-based month) of a year. */
function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0) / DAY_MS;
  return last - ((last + 4) % 7); // epoch day 0 was a Thursday: (d + 4) % 7 is 0 on Sundays
}

/**
 * Whether an instant falls in EU summer time (last Sunday of March 01:00 UTC to last Sunday of
 * October 01:00 UTC), the rule Belgium has followed since 1996. Computed, so no time-zone database
 * is needed and the result is the same in every runtime.
 */
function isEuSummerTime(ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  const start = lastSunday(year, 2) * DAY_MS + HOUR_MS;
  const end = lastSunday(year, 9) * DAY_MS + HOUR_MS;
  return ms >= start && ms < end;
}

/**
 * The `Europe/Brussels` calendar day (epoch day) of an ISO date-time with offset, or `null` when it
 * does not parse. A plain ISO date is taken as that day.
 */
export function brusselsEpochDay(dateTime: string): number | null {
  if (typeof dateTime !== "string") return null;
  if (dateTime.length === 10) return epochDayOf(dateTime);
  const ms = Date.parse(dateTime);
  if (Number.isNaN(ms)) return null;
  const offset = isEuSummerTime(ms) ? 2 * HOUR_MS : HOUR_MS;
  return Math.floor((ms + offset) / DAY_MS);
}

/**
 * The `Europe/Brussels` ISO date of an ISO date-time, or `null` when it does not parse.
 * @example
 * brusselsDate("2026-03-10T23:30:00Z"); // "2026-03-11": 00:30 in Brussels
 * brusselsDate("not a date"); // null
 */
export function brusselsDate(dateTime: string): string | null {
  const d = brusselsEpochDay(dateTime);
  return d === null ? null : isoDateOf(d);
}

/** Weekday of an epoch day, Monday = 0 … Sunday = 6. */
export function weekdayOf(epochDay: number): number {
  return (epochDay + 3) % 7;
}

/** ISO 8601 week label of an epoch day, e.g. `2026-W10`. */
export function isoWeekOf(epochDay: number): string {
  const thursday = epochDay - weekdayOf(epochDay) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1) / DAY_MS;
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${year}-W${week < 10 ? "0" : ""}${week}`;
}

/** Month label of an epoch day, e.g. `2026-03`. */
export function monthOf(epochDay: number): string {
  return isoDateOf(epochDay).slice(0, 7);
}

/**
 * Monday and Sunday (ISO dates) of the ISO week containing an ISO date.
 * @example
 * isoWeekBounds("2026-03-12"); // { start: "2026-03-09", end: "2026-03-15" }
 */
export function isoWeekBounds(isoDate: string): { start: string; end: string } {
  const d = epochDayOf(isoDate);
  if (d === null) throw new RangeError(`not an ISO date: ${isoDate}`);
  const monday = d - weekdayOf(d);
  return { start: isoDateOf(monday), end: isoDateOf(monday + 6) };
}
