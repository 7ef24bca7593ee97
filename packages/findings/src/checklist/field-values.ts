import type { FindingRecord } from "../record/finding-record.js";

/**
 * Photo slots of the DN checklist and the `Fotobewijs.soort` that fills each.
 *
 * @example
 * PHOTO_FIELDS.fotoNa_url; // "NA"
 */
export const PHOTO_FIELDS = { fotoVoor_url: "VOOR", fotoDetail_url: "DETAIL", fotoNa_url: "NA" } as const;

type Loose = Record<string, unknown> | undefined;
const obj = (v: unknown): Loose =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const texts = (v: unknown): string[] => {
  if (typeof v === "string") return v.trim() ? [v] : [];
  if (typeof v === "number" && Number.isFinite(v)) return [String(v)];
  if (typeof v === "boolean") return [v ? "ja" : "nee"];
  return [];
};

/**
 * Where each canonical checklist key lives on the OSLO record. Everything else is a checklist
 * answer (`antwoorden[].veld`). Reads defensively: a malformed record yields blanks, never a throw.
 */
const CANONICAL: Record<string, (v: Record<string, unknown>, ctx: Loose) => unknown> = {
  recordId: (v) => v.vaststellingId,
  gipodId: (_, c) => c?.gipodId,
  nutsbeheerder: (_, c) => c?.nutsbedrijf,
  district: (_, c) => c?.district,
  adres: (_, c) => formatAddress(obj(c?.adres)),
  "geo.lat": (_, c) => obj(c?.locatie)?.breedtegraad,
  "geo.lon": (_, c) => obj(c?.locatie)?.lengtegraad,
  locPrecisionM: (_, c) => obj(c?.locatie)?.nauwkeurigheid,
  signVergNr: (_, c) => c?.referentieId,
  vaststDatumTijd: (v) => v.vastgesteldOp,
  toezichterId: (v) => v.toezichter,
  ingreepType: (v) => v.ingreepType,
  fase: (v) => v.fase,
  verhardingType: (v) => v.verhardingType,
  kritiekeZone: (v) => v.kritiekeZone,
  termijnHerstel: (v) => v.termijnHerstel,
  status: (v) => v.status,
  prioriteit: (v) => v.prioriteit,
  aannemer: (v) => v.aannemer,
  maatregel: (v) => v.maatregel,
  opmerking: (v) => v.opmerking,
  heropenReden: (v) => v.heropenReden,
  tags: (v) => arr(v.tags),
  fotoVoor_url: (v) => photoRef(v, "VOOR"),
  fotoDetail_url: (v) => photoRef(v, "DETAIL"),
  fotoNa_url: (v) => photoRef(v, "NA"),
};

/** True when `key` is one of the DN v2 canonical keys stored on the record itself. */
export function isCanonicalKey(key: string): boolean {
  return Object.hasOwn(CANONICAL, key);
}

/**
 * The values of a checklist field on a record: the canonical value, else the answers for `key`. Empty = blank.
 *
 * @example
 * fieldValues(record, "district"); // e.g. ["Berchem"]
 * fieldValues(record, "tags"); // e.g. ["GEPLAND"]
 */
export function fieldValues(record: FindingRecord, key: string): string[] {
  const v = obj(obj(record)?.vaststelling) ?? {};
  const canonical = CANONICAL[key]?.(v, obj(v.context));
  const direct = Array.isArray(canonical) ? canonical.flatMap(texts) : texts(canonical);
  if (direct.length) return direct;
  return answersFor(record, key).flatMap(({ answer }) => arr(answer.waarde).flatMap(texts));
}

/** The answers recorded for a field key, with their index in `antwoorden`. */
export function answersFor(
  record: FindingRecord,
  key: string,
): { index: number; answer: Record<string, unknown> }[] {
  const answers = arr(obj(obj(record)?.vaststelling)?.antwoorden);
  const out: { index: number; answer: Record<string, unknown> }[] = [];
  answers.forEach((a, index) => {
    const answer = obj(a);
    if (answer && answer.veld === key) out.push({ index, answer });
  });
  return out;
}

/**
 * True for a value that reports a failed check (DN: starts with "NOK" or "NOT OK").
 *
 * @example
 * isNokValue("NOK - verzakking"); // true
 * isNokValue("OK"); // false
 */
export function isNokValue(value: string): boolean {
  const upper = value.trim().toUpperCase();
  return upper.startsWith("NOK") || upper.startsWith("NOT OK");
}

/**
 * True for a value that reports a passed check (starts with "OK").
 *
 * @example
 * isOkValue(" ok "); // true
 * isOkValue("NOK"); // false
 */
export function isOkValue(value: string): boolean {
  return value.trim().toUpperCase().startsWith("OK");
}

function photoRef(v: Record<string, unknown>, soort: string): unknown {
  return obj(arr(v.fotobewijs).find((f) => obj(f)?.soort === soort))?.opslag;
}

function formatAddress(a: Loose): string | undefined {
  if (!a) return undefined;
  if (typeof a.volledigAdres === "string" && a.volledigAdres.trim()) return a.volledigAdres;
  const street = [a.straatnaam, a.huisnummer].filter((x) => typeof x === "string" && x.trim()).join(" ");
  const city = [a.postcode, a.gemeentenaam].filter((x) => typeof x === "string" && x.trim()).join(" ");
  if (!street) return undefined;
  return city ? `${street}, ${city}` : street;
}
