import { brusselsEpochDay, epochDayOf } from "../dates.js";
import { type KpiRecord, obj, text } from "../record-view.js";
import { breakdown, count, mean, mode, ratio, topDistinct } from "./kit.js";
import { assigned, isLowScore, meanScore, num, payload, workDays } from "./shared.js";
import type { KpiCalculator } from "./types.js";

const visitType = (code: string) => (r: KpiRecord) => payload(r).bezoektype === code;

const queueState = (r: KpiRecord): string | null => {
  if (r.input.kind !== "vaststelling") return null;
  const explicit = r.input.wachtrijstatus;
  if (explicit === "queued" || explicit === "failed" || explicit === "synced") return explicit;
  const status = obj(r.input.vaststelling).registratiestatus;
  return status === "queued" || status === "synced" ? status : null;
};

const toCents = (v: number): number => Math.round(v * 100);
type CapacityState = {
  load: Record<string, number>;
  soft: Record<string, number>;
  hard: Record<string, number>;
  fixed: Record<string, number>;
};

/** Inspector-days whose weighted load reaches the configured limit (the fix of DN's hard-coded 5/6). */
function capacity(id: string, which: "soft" | "hard"): KpiCalculator<CapacityState> {
  const keep = (
    into: Record<string, number>,
    k: string,
    v: number,
    pick: (a: number, b: number) => number,
  ) => {
    const old = into[k];
    into[k] = old === undefined ? v : pick(old, v);
  };
  return {
    id,
    init: () => ({ load: {}, soft: {}, hard: {}, fixed: {} }),
    add: (s, r) => {
      if (r.day === null) return s;
      if (r.input.kind === "bezoek") {
        const who = text(obj(r.input.bezoek).toezichter);
        if (who === undefined) return s;
        const key = `${who}|${r.day}`;
        s.load[key] = (s.load[key] ?? 0) + toCents(num(r.input.gewicht) ?? 1);
      } else if (r.input.kind === "capaciteit") {
        const who = text(r.input.toezichter);
        if (who === undefined) return s;
        const key = `${who}|${r.day}`;
        s.load[key] = s.load[key] ?? 0;
        const soft = num(r.input.zachteLimiet);
        const hard = num(r.input.hardeLimiet);
        if (soft !== undefined) keep(s.soft, key, toCents(soft), Math.min);
        if (hard !== undefined) keep(s.hard, key, toCents(hard), Math.min);
        keep(s.fixed, key, toCents(num(r.input.vasteLast) ?? 0), Math.max);
      }
      return s;
    },
    merge: (a, b) => {
      for (const [k, v] of Object.entries(b.load)) a.load[k] = (a.load[k] ?? 0) + v;
      for (const [k, v] of Object.entries(b.soft)) keep(a.soft, k, v, Math.min);
      for (const [k, v] of Object.entries(b.hard)) keep(a.hard, k, v, Math.min);
      for (const [k, v] of Object.entries(b.fixed)) keep(a.fixed, k, v, Math.max);
      return a;
    },
    result: (s, c) => {
      const fallback = toCents(
        which === "soft" ? c.options.capacity.softDailyLimit : c.options.capacity.hardDailyLimit,
      );
      const limits = which === "soft" ? s.soft : s.hard;
      let over = 0;
      const keys = Object.keys(s.load);
      for (const k of keys) if ((s.load[k] ?? 0) + (s.fixed[k] ?? 0) >= (limits[k] ?? fallback)) over++;
      return { value: over, numerator: over, denominator: keys.length };
    },
  };
}

/** Visits per inspector; inspectors with only a capacity record count with 0. */
const workloadSpread: KpiCalculator<{ visits: Record<string, number> }> = {
  id: "workload-spread",
  init: () => ({ visits: {} }),
  add: (s, r) => {
    if (r.input.kind === "bezoek") {
      const who = text(obj(r.input.bezoek).toezichter);
      if (who !== undefined) s.visits[who] = (s.visits[who] ?? 0) + 1;
    } else if (r.input.kind === "capaciteit") {
      const who = text(r.input.toezichter);
      if (who !== undefined) s.visits[who] = s.visits[who] ?? 0;
    }
    return s;
  },
  merge: (a, b) => {
    for (const [k, v] of Object.entries(b.visits)) a.visits[k] = (a.visits[k] ?? 0) + v;
    return a;
  },
  result: (s) => {
    const counts = Object.values(s.visits);
    if (counts.length === 0) return { value: null };
    return { value: Math.max(...counts) - Math.min(...counts), denominator: counts.length };
  },
};

const dateDay = (d: string) => brusselsEpochDay(d);

/** Calculators of DN's formal, dashboard and week-over-week KPIs. */
export const DN_CALCULATORS: readonly KpiCalculator<never>[] = [
  count("pitch-dossiers-scope"),
  breakdown("pitch-inspections-week", (r) => r.dimension("toezichter")),
  ratio(
    "pitch-context-quality",
    () => true,
    (r) => r.finding?.contextComplete === true,
  ),
  ratio(
    "pitch-handover-complete",
    () => true,
    (r) => r.finding?.hasHandover === true,
  ),
  meanScore("pitch-checklist-score"),
  {
    ...breakdown("pitch-queue-status", queueState),
    result: (s: { counts: Record<string, number> }) => {
      const queued = s.counts.queued ?? 0;
      const failed = s.counts.failed ?? 0;
      return { value: queued + failed, breakdown: { queued, failed, synced: s.counts.synced ?? 0 } };
    },
  },
  topDistinct("pitch-top-priority", 5, (r) => {
    if (r.input.kind !== "bezoek") return null;
    const b = obj(r.input.bezoek);
    const id = text(r.input.dossierId) ?? text(b.gipodId) ?? text(b.bezoekId);
    if (id === undefined) return null;
    const priority = num(b.prioriteit) ?? 0;
    const impact = num(r.input.impactscore) ?? -1;
    const end = typeof r.input.einddatum === "string" ? epochDayOf(r.input.einddatum) : null;
    return {
      id,
      keys: [priority, impact, end === null ? -1e9 : -end],
      figures: { prioriteit: priority, impactscore: impact === -1 ? null : impact },
    };
  }),
  count("start-visits", visitType("START")),
  count("end-visits", visitType("EIND")),
  count("between-visits", visitType("TUSSEN")),
  ratio("assignment-rate", () => true, assigned),
  count("mandatory-unassigned", (r) => payload(r).verplicht === true && !assigned(r)),
  capacity("soft-capacity", "soft"),
  capacity("hard-capacity", "hard"),
  count("ending-soon", (r, c) => {
    const { end } = workDays(r, dateDay);
    return end !== null && end - c.end >= 0 && end - c.end <= 3;
  }),
  count("overdue-in-effect", (r, c) => {
    const { end } = workDays(r, dateDay);
    return payload(r).status === "in_uitvoering" && end !== null && end < c.end;
  }),
  count("vergund-starting", (r, c) => {
    const { begin } = workDays(r, dateDay);
    return (
      payload(r).status === "concreet_gepland" && begin !== null && begin - c.end >= 0 && begin - c.end <= 7
    );
  }),
  count("followup-open", visitType("OPVOLGING")),
  ratio(
    "location-quality",
    () => true,
    (r) => r.input.kind === "inname" && r.input.locatiebron === "exact",
  ),
  ratio(
    "data-completeness",
    () => true,
    (r) => {
      const i = payload(r);
      return text(i.referentie) !== undefined && /\d/.test(String(i.gipodId ?? ""));
    },
    1,
  ),
  workloadSpread,
  mode("top-district", (r) => text(payload(r).district) ?? null),
  mode("top-postcode", (r) => text(obj(payload(r).adresvoorstelling).postcode) ?? null),
  count("wow-count"),
  mean("wow-score", (r) => r.finding?.score ?? null),
  ratio(
    "wow-handover",
    () => true,
    (r) => r.finding?.hasHandover === true,
  ),
  count("wow-low-score", isLowScore),
] as unknown as readonly KpiCalculator<never>[];
