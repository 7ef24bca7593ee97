import { isoDateOf, weekdayOf } from "./dates.js";

/**
 * A city's working-day calendar. The prioritisation package builds one from date-holidays plus the
 * city's overrides; pass that one in. The KPI package only asks this one question.
 * @example
 * const cityCalendar: WorkingDayCalendar = createWorkingCalendar(antwerpenProfile.calendar); // prioritisation package
 * computeKpis({ inputs, period, calendar: cityCalendar });
 */
export interface WorkingDayCalendar {
  /** Whether an ISO date (`2026-03-10`) is a working day. */
  isWorkingDay(isoDate: string): boolean;
}

/**
 * The default calendar: Monday to Friday are working days, and there are no holidays. Fine for
 * tests and rough figures; for real lead times pass the city's calendar.
 * @example
 * mondayToFridayCalendar.isWorkingDay("2026-03-14"); // false: a Saturday
 */
export const mondayToFridayCalendar: WorkingDayCalendar = {
  isWorkingDay: (isoDate) => {
    const t = Date.parse(`${isoDate}T00:00:00Z`);
    return !Number.isNaN(t) && weekdayOf(Math.floor(t / 86_400_000)) < 5;
  },
};

/**
 * Counts working days between epoch days with a cumulative table, so each lead time costs two
 * look-ups instead of a walk over its days. The table grows to cover the dates seen.
 * @example
 * const counter = new WorkingDayCounter(mondayToFridayCalendar);
 * counter.between(Date.UTC(2026, 2, 6) / 86_400_000, Date.UTC(2026, 2, 13) / 86_400_000); // 5
 */
export class WorkingDayCounter {
  private base = 0;
  private cumulative: number[] = [];

  constructor(private readonly calendar: WorkingDayCalendar) {}

  /** Working days d with `from < d ≤ to` (0 on the same day; negative when `to < from`). */
  between(from: number, to: number): number {
    this.upTo(Math.min(from, to)); // extend backwards first, so neither count shifts under a rebase
    return this.upTo(to) - this.upTo(from);
  }

  /** Working days in (base, day]; extends the table when needed. */
  private upTo(day: number): number {
    if (this.cumulative.length === 0) {
      this.base = day;
      this.cumulative = [0];
    }
    if (day < this.base) this.rebase(day);
    const index = day - this.base;
    while (this.cumulative.length <= index) {
      const next = this.base + this.cumulative.length;
      const prev = this.cumulative[this.cumulative.length - 1] ?? 0;
      this.cumulative.push(prev + (this.calendar.isWorkingDay(isoDateOf(next)) ? 1 : 0));
    }
    return this.cumulative[index] ?? 0;
  }

  private rebase(newBase: number): void {
    const extra: number[] = [0];
    for (let d = newBase + 1; d <= this.base; d++) {
      extra.push((extra[extra.length - 1] ?? 0) + (this.calendar.isWorkingDay(isoDateOf(d)) ? 1 : 0));
    }
    const shift = extra[extra.length - 1] ?? 0;
    this.cumulative = [...extra.slice(0, -1), ...this.cumulative.map((c) => c + shift)];
    this.base = newBase;
  }
}
