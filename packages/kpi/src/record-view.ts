import { type ChecklistScoreDetails, checklistScore } from "./checklist-score.js";
import { brusselsEpochDay, epochDayOf, isoDateOf, isoWeekOf, monthOf } from "./dates.js";
import type { KpiInput } from "./inputs.js";

/**
 * What a KPI result can be grouped by.
 * @example
 * const groupBy: Dimension[] = ["district", "week"];
 * computeKpis({ inputs, groupBy, period });
 */
export type Dimension =
  | "district"
  | "postcode"
  | "toezichter"
  | "nutsbedrijf"
  | "aannemer"
  | "bron"
  | "entiteit"
  | "bezoektype"
  | "dag"
  | "week"
  | "maand";

/**
 * Every dimension, in a fixed order.
 * @example
 * DIMENSIONS.join(", "); // "district, postcode, toezichter, nutsbedrijf, aannemer, bron, entiteit, bezoektype, dag, week, maand"
 */
export const DIMENSIONS = [
  "district",
  "postcode",
  "toezichter",
  "nutsbedrijf",
  "aannemer",
  "bron",
  "entiteit",
  "bezoektype",
  "dag",
  "week",
  "maand",
] as const satisfies readonly Dimension[];

/**
 * The value of a dimension a record does not have.
 * @example
 * results.nok_ratio_per_record?.[`district=${UNKNOWN_GROUP}`]; // findings without a district ("onbekend")
 */
export const UNKNOWN_GROUP = "onbekend";

/** Facts of one finding, derived once per record and shared by every KPI. */
export interface FindingFacts extends ChecklistScoreDetails {
  readonly hasHandover: boolean;
  /** Address (street, number, postcode), utility, reference and a GIPOD id with digits (DN pitch KPI 3). */
  readonly contextComplete: boolean;
  readonly closed: boolean;
  readonly withdrawn: boolean;
  /** Brussels epoch day the finding was made (`vastgesteldOp`). */
  readonly madeOn: number | null;
  /** Brussels epoch day the finding was closed (`afgeslotenOp`, else its last change `gewijzigdOp`). */
  readonly closedOn: number | null;
  /** Brussels epoch day a closed finding was reopened (`heropendOp`, else the last change when it has a `heropenReden`). */
  readonly reopenedOn: number | null;
}

function dayOrNull(iso: unknown): number | null {
  return typeof iso === "string" ? brusselsEpochDay(iso) : null;
}

/** Non-empty trimmed string, or undefined. */
export function text(v: unknown): string | undefined {
  if (typeof v !== "string" || v.length === 0) return undefined;
  const c = v.charCodeAt(0);
  // Fast path for a visible ASCII first character; otherwise trim() decides, as it knows the
  // Unicode spaces (a lone U+00A0 from a copied form field is blank, not text).
  return (c > 32 && c < 127) || v.trim() !== "" ? v : undefined;
}

/** An object, or an empty one: lets calculators read junk without crashing. */
export function obj(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === "object" ? (v as Record<string, unknown>) : {};
}

const HAS_DIGIT = /\d/;

function findingFacts(raw: unknown): FindingFacts {
  const v = obj(raw);
  const ctx = obj(v.context);
  const adres = obj(ctx.adres);
  const s = checklistScore(v as never);
  const gipodId = text(ctx.gipodId);
  // An explicit literal, not a spread: this runs once per finding and spreads are slow in V8.
  return {
    score: s.score,
    okCount: s.okCount,
    nokCount: s.nokCount,
    infoCount: s.infoCount,
    missingChecks: s.missingChecks,
    responsibleMissing: s.responsibleMissing,
    measuredItems: s.measuredItems,
    hasHandover: text(v.overdrachtsbeslissing) !== undefined,
    contextComplete:
      text(adres.straatnaam) !== undefined &&
      text(adres.huisnummer) !== undefined &&
      text(adres.postcode) !== undefined &&
      text(ctx.nutsbedrijf) !== undefined &&
      text(ctx.referentieId) !== undefined &&
      gipodId !== undefined &&
      HAS_DIGIT.test(gipodId),
    closed: v.status === "afgesloten",
    withdrawn: v.registratiestatus === "withdrawn",
    madeOn: typeof v.vastgesteldOp === "string" ? brusselsEpochDay(v.vastgesteldOp) : null,
    closedOn: dayOrNull(v.afgeslotenOp ?? v.gewijzigdOp),
    reopenedOn: dayOrNull(v.heropendOp ?? (text(v.heropenReden) !== undefined ? v.gewijzigdOp : undefined)),
  };
}

/** The day an event input belongs to (DN `getRecordDateKey` for findings: planned date, else made). */
function dayOf(input: KpiInput, finding: FindingFacts | null): number | null {
  switch (input.kind) {
    case "vaststelling": {
      const planned = text(obj(obj(input.vaststelling).context).geplandeDatum);
      return (planned !== undefined ? epochDayOf(planned) : null) ?? finding?.madeOn ?? null;
    }
    case "bezoek": {
      const d = text(obj(input.bezoek).geplandeDatum);
      return d === undefined ? null : epochDayOf(d);
    }
    case "capaciteit":
      return typeof input.datum === "string" ? epochDayOf(input.datum) : null;
    case "sync": {
      const t = text(obj(input.event).ontvangenOp);
      return t === undefined ? null : brusselsEpochDay(t);
    }
    case "klacht": {
      const t = text(obj(input.klacht).ontvangenOp);
      return t === undefined ? null : brusselsEpochDay(t);
    }
    case "ruw":
      return typeof input.datum === "string" ? epochDayOf(input.datum) : null;
    default:
      return null;
  }
}

function contractorOf(inname: Record<string, unknown>): string | undefined {
  const orgs = inname.contactorganisatie;
  if (!Array.isArray(orgs)) return undefined;
  for (const o of orgs) {
    const org = obj(o);
    if (org.rol === "aannemer") return text(org.voorkeursnaam);
  }
  return undefined;
}

/**
 * One input as the engine hands it to calculators: the input itself, its day, the finding facts
 * (computed once), and its dimension values (computed on first use).
 * @example
 * const record = new KpiRecord({ kind: "capaciteit", toezichter: "insp-07", datum: "2026-03-10" });
 * record.dimension("week"); // "2026-W11"
 * record.dimension("district"); // "onbekend"
 */
export class KpiRecord {
  readonly day: number | null;
  readonly finding: FindingFacts | null;
  private readonly dims: Partial<Record<Dimension, string>> = {};

  constructor(readonly input: KpiInput) {
    this.finding = input.kind === "vaststelling" ? findingFacts(input.vaststelling) : null;
    this.day = dayOf(input, this.finding);
  }

  /** The record's value of a dimension; {@link UNKNOWN_GROUP} when it has none. */
  dimension(d: Dimension): string {
    let v = this.dims[d];
    if (v === undefined) {
      v = this.resolve(d) ?? UNKNOWN_GROUP;
      this.dims[d] = v;
    }
    return v;
  }

  private resolve(d: Dimension): string | undefined {
    if (d === "dag" || d === "week" || d === "maand") {
      if (this.day === null) return undefined;
      return d === "dag" ? isoDateOf(this.day) : d === "week" ? isoWeekOf(this.day) : monthOf(this.day);
    }
    const input = this.input;
    switch (input.kind) {
      case "inname": {
        const i = obj(input.inname);
        const adres = obj(i.adresvoorstelling);
        if (d === "district") return text(i.district);
        if (d === "postcode") return text(adres.postcode);
        if (d === "nutsbedrijf") return text(i.nutsbedrijf) ?? text(obj(i.beheerder).nutsbedrijf);
        if (d === "aannemer") return contractorOf(i);
        if (d === "bron") return text(input.bron);
        if (d === "entiteit") return text(i.type);
        return undefined;
      }
      case "vaststelling": {
        const v = obj(input.vaststelling);
        const ctx = obj(v.context);
        if (d === "district") return text(ctx.district);
        if (d === "postcode") return text(obj(ctx.adres).postcode);
        if (d === "toezichter") return text(v.toezichter);
        if (d === "nutsbedrijf") return text(ctx.nutsbedrijf);
        if (d === "aannemer") return text(v.aannemer);
        if (d === "bron") return text(input.bron);
        if (d === "entiteit") return "Vaststelling";
        if (d === "bezoektype") return text(ctx.bezoektype);
        return undefined;
      }
      case "bezoek": {
        const b = obj(input.bezoek);
        if (d === "toezichter") return text(b.toezichter) ?? "niet_toegewezen";
        if (d === "bezoektype") return text(b.bezoektype);
        if (d === "district") return text(input.district);
        if (d === "entiteit") return "Toezichtbezoek";
        return undefined;
      }
      case "capaciteit":
        return d === "toezichter" ? text(input.toezichter) : undefined;
      case "sync":
        if (d === "bron") return text(obj(input.event).bron);
        return d === "entiteit" ? "SyncEvent" : undefined;
      case "klacht":
        if (d === "bron") return text(input.bron);
        return d === "entiteit" ? "Klacht" : undefined;
      case "ruw":
        if (d === "bron") return text(input.bron);
        return d === "entiteit" ? text(input.entiteit) : undefined;
      default:
        return undefined;
    }
  }
}
