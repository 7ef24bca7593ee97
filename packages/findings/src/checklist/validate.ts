import { safeParseVaststelling } from "@digitale-nuts/oslo";
import { isFreeFinding } from "../record/context.js";
import type { FindingRecord } from "../record/finding-record.js";
import { type ChecklistSchema, findChecklistField } from "./checklist-schema.js";
import { DN_V2_CORE_CHECKLIST } from "./dn-v2-core.js";
import { answersFor, fieldValues, isCanonicalKey, isNokValue, PHOTO_FIELDS } from "./field-values.js";

/**
 * Stable, English issue codes; the first three are the DN prototype's own.
 *
 * @example
 * const blocking: FindingIssueCode[] = ["required_field_missing", "nok_responsible_missing"];
 * const blocked = validate(record).issues.some((i) => blocking.includes(i.code));
 */
export type FindingIssueCode =
  | "meta_missing"
  | "required_field_missing"
  | "nok_responsible_missing"
  | "invalid_option"
  | "gipod_id_format"
  | "latitude_out_of_range"
  | "longitude_out_of_range"
  | "notes_too_long"
  | "schema_invalid";

/**
 * One reason a finding cannot be published. `message` is Dutch, for the inspector.
 *
 * @example
 * const issue: FindingIssue = {
 *   code: "required_field_missing", fieldKey: "fase", path: "vaststelling.fase",
 *   message: "DN Vaststelling v2 - Kernvelden -> Fase is verplicht.",
 * };
 */
export interface FindingIssue {
  readonly code: FindingIssueCode;
  /** The checklist key (`fase`, `fotoNa_url`, `opbraak__werd_correct_materiaal_gebruikt`). */
  readonly fieldKey: string;
  /** Where on the record, e.g. `vaststelling.context.gipodId`, `vaststelling.antwoorden[3]`. */
  readonly path: string;
  readonly message: string;
}

/**
 * The outcome of {@link validate}.
 *
 * @example
 * const { valid, issues }: FindingValidation = validate(record);
 */
export interface FindingValidation {
  readonly valid: boolean;
  readonly issues: readonly FindingIssue[];
}

/**
 * Options of {@link validate}.
 *
 * @example
 * const options: ValidationOptions = { maxNotesLength: 500, requireGipodIdForFreeFindings: true };
 * const result = validate(record, DN_V2_CORE_CHECKLIST, options);
 */
export interface ValidationOptions {
  /** GIPOD ids are numeric (DN's documented rule, never implemented there). Default `/^\d{1,12}$/`. */
  readonly gipodIdPattern?: RegExp;
  /** Maximum length of `opmerking`. Default 500. */
  readonly maxNotesLength?: number;
  /**
   * Whether a free finding (no GIPOD id, no work id) still needs a GIPOD id. Default false: in the
   * prototype, free GPS findings could never validate.
   */
  readonly requireGipodIdForFreeFindings?: boolean;
}

const PATHS: Record<string, string> = {
  recordId: "vaststelling.vaststellingId",
  gipodId: "vaststelling.context.gipodId",
  nutsbeheerder: "vaststelling.context.nutsbedrijf",
  district: "vaststelling.context.district",
  adres: "vaststelling.context.adres",
  signVergNr: "vaststelling.context.referentieId",
  vaststDatumTijd: "vaststelling.vastgesteldOp",
  toezichterId: "vaststelling.toezichter",
  fotoVoor_url: "vaststelling.fotobewijs",
  fotoDetail_url: "vaststelling.fotobewijs",
  fotoNa_url: "vaststelling.fotobewijs",
  tags: "vaststelling.tags",
};

const GATE_LABELS: Record<string, string> = {
  gipodId: "GIPOD-ID",
  nutsbeheerder: "Nutsbeheerder",
  district: "District",
  ingreepType: "Type ingreep",
  fase: "Fase",
  verhardingType: "Verharding",
  vaststDatumTijd: "Vaststellingsdatum/tijd",
  fotoVoor_url: "Foto VOOR",
  fotoDetail_url: "Foto DETAIL",
  fotoNa_url: "Foto NA",
  termijnHerstel: "Uiterste hersteldatum",
  kritiekeZone: "Kritieke zone",
  heropenReden: "Heropeningsreden",
};

/**
 * Checks a finding against a checklist and every DN publication gate (dn-dispatch §4.5), plus the
 * documented rules the prototype never enforced: GIPOD id format, latitude/longitude ranges and
 * notes ≤ 500 characters. Never throws, whatever the record holds.
 *
 * @example
 * const { valid, issues } = validate(record, DN_V2_CORE_CHECKLIST);
 * for (const i of issues) console.log(i.code, i.fieldKey, i.message);
 */
export function validate(
  record: FindingRecord,
  schema: ChecklistSchema = DN_V2_CORE_CHECKLIST,
  options: ValidationOptions = {},
): FindingValidation {
  const issues: FindingIssue[] = [];
  const seen = new Set<string>();
  const add = (code: FindingIssueCode, fieldKey: string, path: string, message: string) => {
    const id = `${code}|${fieldKey}|${path}|${message}`;
    if (seen.has(id)) return;
    seen.add(id);
    issues.push({ code, fieldKey, path, message });
  };
  const blank = (key: string) => fieldValues(record, key).length === 0;
  const reported = (key: string) =>
    issues.some((i) => i.fieldKey === key && i.code === "required_field_missing");
  const pathOf = (key: string) =>
    PATHS[key] ?? (isCanonicalKey(key) ? `vaststelling.${key}` : "vaststelling.antwoorden");
  const requireGate = (key: string, why = "") => {
    if (!reported(key) && blank(key)) {
      add("required_field_missing", key, pathOf(key), `${GATE_LABELS[key] ?? key} is verplicht${why}.`);
    }
  };

  const v = (isObject(record) && isObject(record.vaststelling) ? record.vaststelling : {}) as Record<
    string,
    unknown
  >;
  const context = isObject(v.context) ? v.context : undefined;
  const free = isFreeFinding(context as never);
  const text = (x: unknown) => (typeof x === "string" ? x : "");

  // 1. Location (the prototype's metaLocation); a free finding's GPS position is its location.
  if (!free && blank("adres"))
    add("meta_missing", "adres", "vaststelling.context.adres", "Locatie is verplicht.");

  // 2. Required checklist fields.
  for (const section of schema.sections) {
    for (const field of section.fields) {
      if (field.required && blank(field.key)) {
        add(
          "required_field_missing",
          field.key,
          pathOf(field.key),
          `${section.title} -> ${field.label} is verplicht.`,
        );
      }
    }
  }

  // 3. Answers: options must exist; every NOK value needs a responsible party.
  for (const section of schema.sections) {
    for (const field of section.fields) {
      if (isCanonicalKey(field.key)) continue;
      for (const { index, answer } of answersFor(record, field.key)) {
        const values = Array.isArray(answer.waarde)
          ? answer.waarde.filter((x): x is string => typeof x === "string")
          : [];
        if (field.options?.length) {
          const allowed = new Set(field.options.flatMap((o) => [o.value, o.label]));
          for (const value of values.filter((x) => !allowed.has(x))) {
            add(
              "invalid_option",
              field.key,
              `vaststelling.antwoorden[${index}]`,
              `${field.label}: "${value}" is geen geldige keuze.`,
            );
          }
        }
      }
    }
  }
  const answers = Array.isArray(v.antwoorden) ? v.antwoorden : [];
  answers.forEach((a, index) => {
    if (!isObject(a)) return;
    const values = Array.isArray(a.waarde) ? a.waarde.filter((x): x is string => typeof x === "string") : [];
    const noks = values.filter(isNokValue);
    if (noks.length === 0 && a.resultaat === "NOK") noks.push(values[0] ?? "NOK");
    const key = text(a.veld) || `antwoorden[${index}]`;
    const label = findChecklistField(schema, key)?.field.label ?? key;
    for (const nok of a.verantwoordelijke ? [] : noks) {
      add(
        "nok_responsible_missing",
        key,
        `vaststelling.antwoorden[${index}]`,
        `${label} -> "${nok}": kies de verantwoordelijke partij.`,
      );
    }
  });

  // 4. DN v2 gates.
  const requireGipod = !free || options.requireGipodIdForFreeFindings === true;
  for (const key of [
    "gipodId",
    "nutsbeheerder",
    "district",
    "ingreepType",
    "fase",
    "verhardingType",
    "vaststDatumTijd",
  ]) {
    if (key === "gipodId" && !requireGipod) continue;
    requireGate(key, " (validatiepoort)");
  }

  // 5. Photos: VOOR and DETAIL always, NA once closed or permanently restored.
  const hasPhotoFields = schema.sections.some((s) =>
    s.fields.some((f) => f.type === "media" || f.key in PHOTO_FIELDS),
  );
  const closing = v.status === "afgesloten" || v.fase === "definitief_herstel";
  if (hasPhotoFields || (Array.isArray(v.fotobewijs) && v.fotobewijs.length > 0)) {
    requireGate("fotoVoor_url");
    requireGate("fotoDetail_url");
    if (closing) requireGate("fotoNa_url", " bij afgesloten of definitief herstel");
  }

  // 6–8. Conditional fields.
  if (v.fase === "tijdelijk_herstel") requireGate("termijnHerstel", " bij tijdelijk herstel");
  if (v.verhardingType === "natuursteen") requireGate("kritiekeZone", " bij natuursteen");
  const meta = isObject(record) && isObject(record.meta) ? record.meta : {};
  if (meta.reopenTriggeredAt) requireGate("heropenReden", " na heropenen");

  // Documented rules the prototype never implemented.
  const gipodId = context?.gipodId;
  const pattern = options.gipodIdPattern ?? /^\d{1,12}$/;
  if (typeof gipodId === "string" && gipodId.trim() && !pattern.test(gipodId)) {
    add(
      "gipod_id_format",
      "gipodId",
      "vaststelling.context.gipodId",
      `GIPOD-ID "${gipodId}" heeft niet het verwachte formaat (enkel cijfers).`,
    );
  }
  checkPosition(context?.locatie, "vaststelling.context.locatie", add);
  (Array.isArray(v.fotobewijs) ? v.fotobewijs : []).forEach((f, i) => {
    if (isObject(f) && f.toestelPositie !== undefined)
      checkPosition(f.toestelPositie, `vaststelling.fotobewijs[${i}].toestelPositie`, add);
  });
  const max = options.maxNotesLength ?? 500;
  if (typeof v.opmerking === "string" && v.opmerking.length > max) {
    add(
      "notes_too_long",
      "opmerking",
      "vaststelling.opmerking",
      `Opmerking is ${v.opmerking.length} tekens lang; maximaal ${max}.`,
    );
  }

  // Anything else the OSLO model rejects, where no rule above already spoke.
  const parsed = safeParseVaststelling(isObject(record) ? record.vaststelling : undefined);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path === "(root)" ? "vaststelling" : `vaststelling.${issue.path}`;
      if (issues.some((i) => path.startsWith(i.path) && i.path !== "vaststelling.antwoorden")) continue;
      add(
        "schema_invalid",
        path.split(/[.[]/)[1] ?? "vaststelling",
        path,
        `Ongeldige waarde: ${issue.message} (ontvangen: ${issue.received}).`,
      );
    }
  }
  return { valid: issues.length === 0, issues };
}

function checkPosition(
  position: unknown,
  path: string,
  add: (c: FindingIssueCode, k: string, p: string, m: string) => void,
) {
  const p = isObject(position) ? position : {};
  const lat = p.breedtegraad;
  const lon = p.lengtegraad;
  if (typeof lat !== "number" || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    add(
      "latitude_out_of_range",
      "geo.lat",
      `${path}.breedtegraad`,
      `Breedtegraad ${String(lat)} ligt niet tussen -90 en 90.`,
    );
  }
  if (typeof lon !== "number" || !Number.isFinite(lon) || lon < -180 || lon > 180) {
    add(
      "longitude_out_of_range",
      "geo.lon",
      `${path}.lengtegraad`,
      `Lengtegraad ${String(lon)} ligt niet tussen -180 en 180.`,
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
