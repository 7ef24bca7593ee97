const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/;
const ISO = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * A sortable key for an ISO instant with 0–9 fractional digits (GIPOD sends 7): UTC, fraction padded to
 * 7 digits, so plain string comparison orders instants exactly. Undefined when the text is no instant.
 *
 * @example
 * timeKey("2026-03-01T10:00:00.25+01:00"); // "2026-03-01T09:00:00.2500000Z"
 * timeKey("gisteren"); // undefined
 */
export function timeKey(text: string): string | undefined {
  if (CANONICAL.test(text)) return text; // GIPOD's own form: already the key
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}${m[3]}`);
  if (Number.isNaN(ms)) return undefined;
  return `${new Date(ms).toISOString().slice(0, 19)}.${(m[2] ?? "").padEnd(7, "0").slice(0, 7)}Z`;
}

/**
 * Compares two instants exactly (unparseable text sorts first).
 *
 * @example
 * ["2026-03-01T10:00:00.1234567Z", "2026-03-01T11:00:00+01:00"].sort(compareInstants);
 * // ["2026-03-01T11:00:00+01:00", "2026-03-01T10:00:00.1234567Z"]
 */
export function compareInstants(a: string, b: string): number {
  const ka = timeKey(a) ?? "";
  const kb = timeKey(b) ?? "";
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The instant one tick (100 ns) before `text`, in GIPOD's 7-digit form; for exclusive upper bounds. */
export function previousTick(text: string): string | undefined {
  const key = timeKey(text);
  if (!key) return undefined;
  const ms = Date.parse(`${key.slice(0, 19)}Z`);
  const fraction = Number(key.slice(20, 27));
  if (fraction > 0) return `${key.slice(0, 20)}${String(fraction - 1).padStart(7, "0")}Z`;
  return `${new Date(ms - 1000).toISOString().slice(0, 19)}.9999999Z`;
}
