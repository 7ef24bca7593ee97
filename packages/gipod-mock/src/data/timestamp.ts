/**
 * GIPOD timestamps carry 7 fractional digits (.NET ticks): `2022-06-03T07:58:29.2046528Z`.
 * A {@link Stamp} is milliseconds since the epoch plus 0–9999 sub-millisecond ticks (100 ns each),
 * which keeps ordering exact without exceeding the safe-integer range.
 */
export interface Stamp {
  readonly ms: number;
  readonly ticks: number;
}

/** Formats a stamp as GIPOD does: ISO 8601 UTC with a 7-digit fraction. */
export function formatStamp(stamp: Stamp): string {
  const iso = new Date(stamp.ms).toISOString(); // 2022-06-03T07:58:29.204Z
  const fraction = String((stamp.ms % 1000) * 10_000 + stamp.ticks).padStart(7, "0");
  return `${iso.slice(0, 19)}.${fraction}Z`;
}

const ISO = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/** Parses any ISO 8601 instant with 0–9 fractional digits; `undefined` when it is not one. */
export function parseStamp(text: string): Stamp | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const whole = Date.parse(`${m[1]}${m[3]}`);
  if (Number.isNaN(whole)) return undefined;
  const fraction = (m[2] ?? "").padEnd(7, "0").slice(0, 7);
  const f = Number(fraction);
  return { ms: whole + Math.floor(f / 10_000), ticks: f % 10_000 };
}

/** Orders two stamps. */
export function compareStamps(a: Stamp, b: Stamp): number {
  return a.ms - b.ms || a.ticks - b.ticks;
}

/** The smallest stamp strictly after `after` that is not before `now`. */
export function nextStamp(after: Stamp | undefined, nowMs: number): Stamp {
  if (!after || nowMs > after.ms) return { ms: nowMs, ticks: 0 };
  return after.ticks < 9999 ? { ms: after.ms, ticks: after.ticks + 1 } : { ms: after.ms + 1, ticks: 0 };
}
