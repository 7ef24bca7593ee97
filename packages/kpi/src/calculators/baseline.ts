import {
  safeParseInname,
  safeParseKlacht,
  safeParseSyncEvent,
  safeParseToezichtbezoek,
  safeParseVaststelling,
} from "@digitale-nuts/oslo";
import { brusselsEpochDay } from "../dates.js";
import { type KpiRecord, obj, text } from "../record-view.js";
import { addCounts, distribution, ratio, sortedRecord } from "./kit.js";
import { payload } from "./shared.js";
import type { KpiCalculator } from "./types.js";

const has = (v: unknown): boolean =>
  Array.isArray(v) ? v.length > 0 : typeof v === "string" ? v.trim() !== "" : v !== undefined && v !== null;

const photo = (kind: string) => (v: Record<string, unknown>) =>
  Array.isArray(v.fotobewijs) && v.fotobewijs.some((p) => obj(p).soort === kind);

/** The fields measured per entity: name → whether a record fills it. */
const FIELDS: Record<"Inname" | "Vaststelling", Record<string, (v: Record<string, unknown>) => boolean>> = {
  Inname: {
    referentie: (v) => has(v.referentie),
    beschrijving: (v) => has(v.beschrijving),
    beheerder: (v) => has(v.beheerder),
    adresvoorstelling: (v) => has(v.adresvoorstelling),
    geometrie: (v) => has(v.geometrie),
    niscode: (v) => has(v.niscode),
    district: (v) => has(v.district),
    "periode.einde": (v) => has(obj(v.periode).einde),
    zone: (v) => has(v.zone),
  },
  Vaststelling: {
    "context.gipodId": (v) => has(obj(v.context).gipodId),
    "context.nutsbedrijf": (v) => has(obj(v.context).nutsbedrijf),
    "context.district": (v) => has(obj(v.context).district),
    "context.adres": (v) => has(obj(v.context).adres),
    "context.referentieId": (v) => has(obj(v.context).referentieId),
    fase: (v) => has(v.fase),
    ingreepType: (v) => has(v.ingreepType),
    verhardingType: (v) => has(v.verhardingType),
    aannemer: (v) => has(v.aannemer),
    overdrachtsbeslissing: (v) => has(v.overdrachtsbeslissing),
    "foto.VOOR": photo("VOOR"),
    "foto.DETAIL": photo("DETAIL"),
  },
};

/** Core fields per entity: a record is complete when it fills all of them. */
const CORE: Record<"Inname" | "Vaststelling", readonly string[]> = {
  Inname: ["referentie", "adresvoorstelling", "geometrie", "periode.einde", "beheerder"],
  Vaststelling: [
    "context.gipodId",
    "context.nutsbedrijf",
    "context.district",
    "ingreepType",
    "fase",
    "verhardingType",
  ],
};

const entityOf = (r: KpiRecord): "Inname" | "Vaststelling" | null =>
  r.input.kind === "inname" ? "Inname" : r.input.kind === "vaststelling" ? "Vaststelling" : null;

type FieldState = { filled: Record<string, number>; total: Record<string, number> };

const perField: KpiCalculator<FieldState> = {
  id: "datacompleetheid_per_veld",
  init: () => ({ filled: {}, total: {} }),
  add: (s, r) => {
    const e = entityOf(r);
    if (e === null) return s;
    const v = payload(r);
    s.total[e] = (s.total[e] ?? 0) + 1;
    for (const [name, test] of Object.entries(FIELDS[e])) {
      const key = `${e}.${name}`;
      if (test(v)) s.filled[key] = (s.filled[key] ?? 0) + 1;
    }
    return s;
  },
  merge: (a, b) => {
    addCounts(a.filled, b.filled);
    addCounts(a.total, b.total);
    return a;
  },
  result: (s) => {
    const rates: Record<string, number> = {};
    let filled = 0;
    let cells = 0;
    for (const e of ["Inname", "Vaststelling"] as const) {
      const total = s.total[e] ?? 0;
      if (total === 0) continue;
      for (const name of Object.keys(FIELDS[e])) {
        const n = s.filled[`${e}.${name}`] ?? 0;
        rates[`${e}.${name}`] = (100 * n) / total;
        filled += n;
        cells += total;
      }
    }
    return {
      value: cells === 0 ? null : (100 * filled) / cells,
      numerator: filled,
      denominator: cells,
      breakdown: sortedRecord(rates),
    };
  },
};

const perEntity: KpiCalculator<FieldState> = {
  id: "datacompleetheid_per_entiteit",
  init: () => ({ filled: {}, total: {} }),
  add: (s, r) => {
    const e = entityOf(r);
    if (e === null) return s;
    const v = payload(r);
    s.total[e] = (s.total[e] ?? 0) + 1;
    const fields = FIELDS[e];
    if (CORE[e].every((name) => fields[name]?.(v) === true)) s.filled[e] = (s.filled[e] ?? 0) + 1;
    return s;
  },
  merge: perField.merge,
  result: (s) => {
    const rates: Record<string, number> = {};
    let complete = 0;
    let total = 0;
    for (const e of Object.keys(s.total).sort()) {
      const n = s.total[e] ?? 0;
      rates[e] = (100 * (s.filled[e] ?? 0)) / n;
      complete += s.filled[e] ?? 0;
      total += n;
    }
    return {
      value: total === 0 ? null : (100 * complete) / total,
      numerator: complete,
      denominator: total,
      breakdown: rates,
    };
  },
};

/**
 * Whether a record passes its OSLO schema (the oslo package's `safeParseX`).
 * @example
 * isOsloValid(new KpiRecord({ kind: "ruw", entiteit: "Klacht", record: JSON.parse(line) }));
 * // false when the record fails the oslo Klacht schema
 */
export function isOsloValid(r: KpiRecord): boolean {
  const i = r.input;
  switch (i.kind) {
    case "inname":
      return safeParseInname(i.inname).success;
    case "vaststelling":
      return safeParseVaststelling(i.vaststelling).success;
    case "bezoek":
      return safeParseToezichtbezoek(i.bezoek).success;
    case "sync":
      return safeParseSyncEvent(i.event).success;
    case "klacht":
      return safeParseKlacht(i.klacht).success;
    case "ruw": {
      const parse = {
        Inname: safeParseInname,
        Vaststelling: safeParseVaststelling,
        Toezichtbezoek: safeParseToezichtbezoek,
        SyncEvent: safeParseSyncEvent,
        Klacht: safeParseKlacht,
      }[i.entiteit];
      return parse?.(i.record).success;
    }
    default:
      return false;
  }
}

const outcome = (code: string) => (r: KpiRecord) => payload(r).uitkomst === code;

/** Calculators of the 60-day plan's baseline KPIs. */
export const BASELINE_CALCULATORS: readonly KpiCalculator<never>[] = [
  perField,
  perEntity,
  ratio("oslo_conform_pct", (r) => r.input.kind !== "capaciteit", isOsloValid),
  distribution("sync_versheid_minuten", (r) => {
    const e = payload(r);
    const source = text(e.bronTijdstip);
    const received = text(e.ontvangenOp);
    if (source === undefined) return null;
    const lag = (Date.parse(received ?? "") - Date.parse(source)) / 60_000;
    return Number.isNaN(lag) ? Number.NaN : Math.floor(lag);
  }),
  ratio("sync_failed_ratio", () => true, outcome("failed")),
  ratio("sync_duplicate_ratio", () => true, outcome("duplicate")),
  ratio("sync_rejected_ratio", () => true, outcome("rejected")),
  ratio("sync_conflict_ratio", () => true, outcome("conflict")),
  distribution("doorlooptijd_klacht_werkdagen", (r, c) => {
    const k = payload(r);
    const done = text(k.afgehandeldOp);
    if (done === undefined) return null;
    const from = r.day;
    const to = brusselsEpochDay(done);
    return from === null || to === null ? Number.NaN : c.workingDays.between(from, to);
  }),
] as unknown as readonly KpiCalculator<never>[];
