import { usageError } from "./cli-error.js";

/** Today's calendar date in Europe/Brussels, `YYYY-MM-DD`. */
export function todayInBrussels(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Brussels",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** Checks a `--date` value: a real calendar date `YYYY-MM-DD`. */
export function parseIsoDate(value: string, option = "--date"): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw usageError(`${option} ${JSON.stringify(value)} is not a date`, "use YYYY-MM-DD, e.g. 2026-03-10");
  }
  return value;
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
