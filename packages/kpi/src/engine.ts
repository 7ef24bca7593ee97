import { CALCULATORS } from "./calculators/index.js";
import type { KpiCalculator, KpiContext, KpiOutcome, ResolvedKpiOptions } from "./calculators/types.js";
import { mondayToFridayCalendar, type WorkingDayCalendar, WorkingDayCounter } from "./calendar.js";
import { getKpiDefinition, KPI_CATALOGUE, KPI_CATALOGUE_VERSION } from "./catalogue/index.js";
import type { KpiDefinition, KpiUnit } from "./catalogue/types.js";
import { brusselsEpochDay, epochDayOf } from "./dates.js";
import { KpiError } from "./errors.js";
import { KPI_INPUT_KINDS, type KpiInput, type KpiInputKind } from "./inputs.js";
import { DIMENSIONS, type Dimension, KpiRecord, obj, text } from "./record-view.js";
import { roundTo } from "./stats.js";

/**
 * The reporting period: ISO dates, both inclusive. Its end is the reference date ("peildatum").
 * @example
 * const period: KpiPeriod = { start: "2026-03-09", end: "2026-03-15" }; // the end is the peildatum
 */
export interface KpiPeriod {
  readonly start: string;
  readonly end: string;
}

/**
 * Run options; every one has a documented default.
 * @example
 * const options: KpiOptions = { qualityThreshold: 60, reopenWindowDays: 14, capacity: { softDailyLimit: 4 } };
 * computeKpis({ inputs, period, options });
 */
export interface KpiOptions {
  /** Default weighted daily limits when a capacity input gives none. Default DN's 5 and 6. */
  readonly capacity?: { readonly softDailyLimit?: number; readonly hardDailyLimit?: number };
  /** Checklist score below which a finding is low quality. Default 70 (DN). */
  readonly qualityThreshold?: number;
  /** Impact score from which a work is high impact. Default 70 (DN's HOOG). */
  readonly highImpactThreshold?: number;
  /** N of "reopened within N days". Default 30. */
  readonly reopenWindowDays?: number;
  /** Regular expression source (case-insensitive) for signage checklist fields. Default `signali|afbakening|veiligheid`. */
  readonly signageFieldPattern?: string;
}

/**
 * What a run computes.
 * @example
 * const config: KpiRunConfig = { kpis: ["nok_ratio_per_record"], groupBy: ["district", "week"], period, invalidInputs: "count" };
 * const run = createKpiRun(config);
 */
export interface KpiRunConfig {
  /** KPI ids; default every streamable KPI of the catalogue. */
  readonly kpis?: readonly string[];
  /** Dimensions to group by; each KPI uses those it supports and reports the rest as ignored. */
  readonly groupBy?: readonly Dimension[];
  readonly period: KpiPeriod;
  /** The city's working-day calendar; default {@link mondayToFridayCalendar}. */
  readonly calendar?: WorkingDayCalendar;
  readonly options?: KpiOptions;
  /** `throw` (default): an input that is not a {@link KpiInput} throws; `count`: it is skipped and counted. */
  readonly invalidInputs?: "throw" | "count";
}

/**
 * Traffic-light status of a value against its KPI's thresholds.
 * @example
 * const status: KpiStatus = results.nok_ratio_per_record?.["*"]?.status ?? "none"; // "green", "orange", "red" or "none"
 */
export type KpiStatus = "green" | "orange" | "red" | "none";

/**
 * One KPI for one group.
 * @example
 * const r: KpiResult | undefined = computeKpis({ kpis: ["nok_ratio_per_record"], inputs, period }).results.nok_ratio_per_record?.["*"];
 * console.log(r?.value, r?.numerator, r?.denominator, r?.unit, r?.status);
 */
export interface KpiResult extends KpiOutcome {
  readonly kpiId: string;
  readonly kpiVersion: number;
  readonly catalogueVersion: string;
  /** Dimension values of the group (empty when ungrouped). */
  readonly group: Readonly<Record<string, string>>;
  readonly groupKey: string;
  readonly unit: KpiUnit;
  readonly status: KpiStatus;
}

/**
 * What was seen but not counted, so nothing is lost silently.
 * @example
 * const { inputs: seen, invalid, undated }: KpiDiagnostics = computeKpis({ inputs, period, invalidInputs: "count" }).diagnostics;
 */
export interface KpiDiagnostics {
  readonly inputs: number;
  /** Inputs that were not valid {@link KpiInput}s, by reason (only with `invalidInputs: "count"`). */
  readonly invalid: Readonly<Record<string, number>>;
  /** Event inputs without a usable date; they count in no period. */
  readonly undated: number;
}

/**
 * The outcome of a run: results keyed by KPI id, then by group key.
 * @example
 * const out: KpiResults = computeKpis({ inputs, groupBy: ["district"], period });
 * out.ignoredDimensions; // per KPI, the requested dimensions it cannot be grouped by
 */
export interface KpiResults {
  readonly catalogueVersion: string;
  readonly period: KpiPeriod;
  readonly groupBy: readonly Dimension[];
  readonly options: ResolvedKpiOptions;
  readonly results: Readonly<Record<string, Readonly<Record<string, KpiResult>>>>;
  /** Per KPI, the requested dimensions it cannot be grouped by. */
  readonly ignoredDimensions: Readonly<Record<string, readonly Dimension[]>>;
  readonly diagnostics: KpiDiagnostics;
}

/**
 * A run's mergeable state, plain JSON: store it, ship it, merge it with {@link mergeKpiPartials}.
 * @example
 * const partial: KpiPartial = run.partial();
 * writeFileSync("kpi-partial-2026-03.json", JSON.stringify(partial));
 */
export interface KpiPartial {
  readonly format: "digitale-nuts/kpi-partial@1";
  readonly catalogueVersion: string;
  readonly period: KpiPeriod;
  readonly groupBy: readonly Dimension[];
  readonly kpis: readonly string[];
  readonly options: ResolvedKpiOptions;
  readonly states: Record<string, Record<string, { group: Record<string, string>; state: unknown }>>;
  readonly diagnostics: { inputs: number; invalid: Record<string, number>; undated: number };
}

/**
 * A streaming run: add inputs one by one, then read the results or the mergeable partial state.
 * @example
 * const run: KpiRun = createKpiRun({ kpis: ["failed_sync_ratio"], period });
 * run.addAll(events.map((event) => ({ kind: "sync", event })));
 * run.results().results.failed_sync_ratio?.["*"]?.value;
 */
export interface KpiRun {
  add(input: KpiInput): void;
  addAll(inputs: Iterable<KpiInput>): void;
  /** A deep copy of the current state. */
  partial(): KpiPartial;
  results(): KpiResults;
}

const DEFAULTS: ResolvedKpiOptions = {
  capacity: { softDailyLimit: 5, hardDailyLimit: 6 },
  qualityThreshold: 70,
  highImpactThreshold: 70,
  reopenWindowDays: 30,
  signageFieldPattern: "signali|afbakening|veiligheid",
};

function positive(name: string, v: number | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
    throw new KpiError(
      "KPI_OPTION_INVALID",
      `options.${name} must be a finite number ≥ 0, got ${String(v)}.`,
    );
  }
  return v;
}

/**
 * Fills the defaults of {@link KpiOptions} and checks every value.
 * @example
 * resolveKpiOptions({ capacity: { softDailyLimit: 7 } }).capacity; // { softDailyLimit: 7, hardDailyLimit: 7 }
 */
export function resolveKpiOptions(o: KpiOptions = {}): ResolvedKpiOptions {
  const pattern = o.signageFieldPattern ?? DEFAULTS.signageFieldPattern;
  try {
    new RegExp(pattern, "i");
  } catch (cause) {
    throw new KpiError(
      "KPI_OPTION_INVALID",
      `options.signageFieldPattern is not a valid regular expression: ${pattern}`,
      { cause },
    );
  }
  const soft = positive(
    "capacity.softDailyLimit",
    o.capacity?.softDailyLimit,
    DEFAULTS.capacity.softDailyLimit,
  );
  const hard = positive(
    "capacity.hardDailyLimit",
    o.capacity?.hardDailyLimit,
    Math.max(soft, DEFAULTS.capacity.hardDailyLimit),
  );
  return {
    capacity: { softDailyLimit: soft, hardDailyLimit: hard },
    qualityThreshold: positive("qualityThreshold", o.qualityThreshold, DEFAULTS.qualityThreshold),
    highImpactThreshold: positive("highImpactThreshold", o.highImpactThreshold, DEFAULTS.highImpactThreshold),
    reopenWindowDays: positive("reopenWindowDays", o.reopenWindowDays, DEFAULTS.reopenWindowDays),
    signageFieldPattern: pattern,
  };
}

function checkPeriod(period: KpiPeriod): { start: number; end: number } {
  const start = typeof period?.start === "string" ? epochDayOf(period.start) : null;
  const end = typeof period?.end === "string" ? epochDayOf(period.end) : null;
  if (start === null || end === null || end < start) {
    throw new KpiError(
      "KPI_PERIOD_INVALID",
      `period must be { start, end } as ISO dates (YYYY-MM-DD) with start ≤ end, got ${JSON.stringify(period)}.`,
    );
  }
  return { start, end };
}

/** The KPI definitions a config asks for, checked. */
export function selectKpis(ids: readonly string[] | undefined): KpiDefinition[] {
  if (ids === undefined) return KPI_CATALOGUE.filter((d) => d.streamable);
  return ids.map((id) => {
    const def = getKpiDefinition(id);
    if (def === undefined)
      throw new KpiError("KPI_UNKNOWN", `Unknown KPI id "${id}"; see KPI_CATALOGUE for the ids.`);
    if (!def.streamable) {
      throw new KpiError(
        "KPI_NOT_STREAMABLE",
        `KPI "${id}" is composite; compute it with weekOverWeek() (parts: ${def.composedOf?.join(", ")}).`,
      );
    }
    return def;
  });
}

function checkDimensions(groupBy: readonly Dimension[] | undefined): Dimension[] {
  const dims = [...(groupBy ?? [])];
  for (const d of dims) {
    if (!(DIMENSIONS as readonly string[]).includes(d)) {
      throw new KpiError(
        "KPI_DIMENSION_UNKNOWN",
        `Unknown dimension "${String(d)}" in groupBy; use one of ${DIMENSIONS.join(", ")}.`,
      );
    }
  }
  return dims;
}

const INNAME_TYPES = new Set(["Grondwerk", "Werk", "Evenement"]);
const PAYLOAD: Partial<Record<KpiInputKind, [field: string, type: string]>> = {
  bezoek: ["bezoek", "Toezichtbezoek"],
  vaststelling: ["vaststelling", "Vaststelling"],
  sync: ["event", "SyncEvent"],
  klacht: ["klacht", "Klacht"],
};

/**
 * Why an input is not a {@link KpiInput}, or null when it is one. A light structural check, not a parse.
 * @example
 * inputProblem({ kind: "bezoek", bezoek: {} }); // "bezoek.type: expected Toezichtbezoek"
 * inputProblem({ kind: "sync", event }); // null for a SyncEvent
 */
export function inputProblem(input: unknown): string | null {
  const i = obj(input);
  const kind = i.kind;
  if (typeof kind !== "string" || !(KPI_INPUT_KINDS as readonly string[]).includes(kind))
    return "kind: unknown input kind";
  if (kind === "inname")
    return INNAME_TYPES.has(obj(i.inname).type as string)
      ? null
      : "inname.type: not Grondwerk, Werk or Evenement";
  if (kind === "capaciteit") {
    return text(i.toezichter) === undefined || typeof i.datum !== "string"
      ? "capaciteit: needs toezichter and datum"
      : null;
  }
  if (kind === "ruw") return typeof i.entiteit === "string" ? null : "ruw.entiteit: missing";
  const [field, type] = PAYLOAD[kind as KpiInputKind] ?? ["", ""];
  return obj(i[field]).type === type ? null : `${field}.type: expected ${type}`;
}

interface Plan {
  readonly def: KpiDefinition;
  readonly calc: KpiCalculator<unknown>;
  readonly dims: readonly Dimension[];
  /** Index of `dims` in the run's list of distinct dimension sets. */
  readonly dimsIndex: number;
  readonly groups: Map<string, { group: Record<string, string>; state: unknown }>;
}

const escapePipe = (v: string) => (v.includes("|") ? v.replaceAll("|", "%7C") : v);

/** Group key of a record for a set of dimensions: `district=Berchem|week=2026-W10`, or `*`. */
function groupKeyOf(r: KpiRecord, dims: readonly Dimension[]): string {
  if (dims.length === 0) return "*";
  let key = "";
  for (let i = 0; i < dims.length; i++) {
    const d = dims[i] as Dimension;
    key += `${i === 0 ? "" : "|"}${d}=${escapePipe(r.dimension(d))}`;
  }
  return key;
}

function groupOf(r: KpiRecord, dims: readonly Dimension[]): Record<string, string> {
  const g: Record<string, string> = {};
  for (const d of dims) g[d] = r.dimension(d);
  return g;
}

function statusOf(def: KpiDefinition, value: number | null): KpiStatus {
  const t = def.thresholds;
  if (t === null || value === null || def.direction === "neutral") return "none";
  if (def.direction === "higher_is_better")
    return value >= t.green ? "green" : value < t.red ? "red" : "orange";
  return value <= t.green ? "green" : value > t.red ? "red" : "orange";
}

function contextFor(
  start: number,
  end: number,
  options: ResolvedKpiOptions,
  calendar: WorkingDayCalendar,
): KpiContext {
  return {
    start,
    end,
    options,
    workingDays: new WorkingDayCounter(calendar),
    signagePattern: new RegExp(options.signageFieldPattern, "i"),
  };
}

/** Turns a calculator outcome into a result: rounding, status, versions. */
function toResult(
  def: KpiDefinition,
  key: string,
  group: Record<string, string>,
  outcome: KpiOutcome,
): KpiResult {
  const value = outcome.value === null ? null : roundTo(outcome.value, def.decimals);
  return {
    kpiId: def.id,
    kpiVersion: def.version,
    catalogueVersion: KPI_CATALOGUE_VERSION,
    group,
    groupKey: key,
    unit: def.unit,
    status: statusOf(def, value),
    ...outcome,
    value,
  };
}

function finalise(partial: KpiPartial, calendar: WorkingDayCalendar): KpiResults {
  const { start, end } = checkPeriod(partial.period);
  const ctx = contextFor(start, end, partial.options, calendar);
  const results: Record<string, Record<string, KpiResult>> = {};
  const ignored: Record<string, Dimension[]> = {};
  for (const id of partial.kpis) {
    const def = getKpiDefinition(id) as KpiDefinition;
    const calc = CALCULATORS.get(id) as KpiCalculator<unknown>;
    const out: Record<string, KpiResult> = {};
    const groups = partial.states[id] ?? {};
    const keys = Object.keys(groups).sort();
    if (keys.length === 0 && partial.groupBy.every((d) => !def.dimensions.includes(d))) {
      out["*"] = toResult(def, "*", {}, calc.result(calc.init(), ctx));
    }
    for (const key of keys) {
      const g = groups[key] as { group: Record<string, string>; state: unknown };
      out[key] = toResult(def, key, g.group, calc.result(g.state, ctx));
    }
    results[id] = out;
    const skipped = partial.groupBy.filter((d) => !def.dimensions.includes(d));
    if (skipped.length > 0) ignored[id] = skipped;
  }
  return {
    catalogueVersion: partial.catalogueVersion,
    period: partial.period,
    groupBy: partial.groupBy,
    options: partial.options,
    results,
    ignoredDimensions: ignored,
    diagnostics: structuredClone(partial.diagnostics),
  };
}

/**
 * Starts a streaming run: one pass over any number of inputs, memory proportional to the number of
 * groups. Use it directly to compute per partition (per city, per month) and merge the partials.
 * @example
 * const run = createKpiRun({ period: { start: "2026-03-09", end: "2026-03-15" } });
 * for (const input of stream) run.add(input);
 * const partial = run.partial(); // store, ship, mergeKpiPartials(partial, other)
 */
export function createKpiRun(config: KpiRunConfig): KpiRun {
  const { start, end } = checkPeriod(config.period);
  const defs = selectKpis(config.kpis);
  const groupBy = checkDimensions(config.groupBy);
  const options = resolveKpiOptions(config.options);
  const calendar = config.calendar ?? mondayToFridayCalendar;
  if (typeof calendar?.isWorkingDay !== "function") {
    throw new KpiError("KPI_OPTION_INVALID", "calendar must have an isWorkingDay(isoDate) function.");
  }
  const ctx = contextFor(start, end, options, calendar);
  const throwOnInvalid = config.invalidInputs !== "count";
  const dimSets: string[] = [];
  const dimLists: Dimension[][] = [];
  const byKind = new Map<string, Plan[]>();
  const plans: Plan[] = defs.map((def) => {
    const dims = groupBy.filter((d) => def.dimensions.includes(d));
    const sig = dims.join(",");
    let dimsIndex = dimSets.indexOf(sig);
    if (dimsIndex < 0) {
      dimsIndex = dimSets.push(sig) - 1;
      dimLists.push(dims);
    }
    const plan: Plan = {
      def,
      calc: CALCULATORS.get(def.id) as KpiCalculator<unknown>,
      dims,
      dimsIndex,
      groups: new Map(),
    };
    for (const kind of def.requiredInputs) {
      const list = byKind.get(kind) ?? [];
      list.push(plan);
      byKind.set(kind, list);
    }
    return plan;
  });
  const diagnostics = { inputs: 0, invalid: {} as Record<string, number>, undated: 0 };
  const keys: (string | undefined)[] = new Array(dimSets.length);

  const add = (input: KpiInput): void => {
    diagnostics.inputs++;
    const problem = inputProblem(input);
    if (problem !== null) {
      if (throwOnInvalid) {
        throw new KpiError(
          "KPI_INPUT_INVALID",
          `Input #${diagnostics.inputs - 1} is not a KpiInput: ${problem}.`,
        );
      }
      diagnostics.invalid[problem] = (diagnostics.invalid[problem] ?? 0) + 1;
      return;
    }
    const list = byKind.get(input.kind);
    if (list === undefined) return;
    const r = new KpiRecord(input);
    const isWork = input.kind === "inname";
    let overlaps: boolean | undefined;
    if (!isWork && r.day === null && input.kind !== "ruw") {
      diagnostics.undated++;
      return;
    }
    keys.fill(undefined);
    for (const p of list) {
      if (isWork) {
        if (p.def.worksScope === "overlap") {
          overlaps ??= workOverlaps(input.inname, start, end);
          if (!overlaps) continue;
        }
      } else if (r.day !== null && (r.day > end || (p.def.window === "period" && r.day < start))) continue;
      let key = keys[p.dimsIndex];
      if (key === undefined) {
        key = groupKeyOf(r, p.dims);
        keys[p.dimsIndex] = key;
      }
      let g = p.groups.get(key);
      if (g === undefined) {
        g = { group: groupOf(r, p.dims), state: p.calc.init() };
        p.groups.set(key, g);
      }
      g.state = p.calc.add(g.state, r, ctx);
    }
  };

  const partial = (): KpiPartial => ({
    format: "digitale-nuts/kpi-partial@1",
    catalogueVersion: KPI_CATALOGUE_VERSION,
    period: { start: config.period.start, end: config.period.end },
    groupBy,
    kpis: plans.map((p) => p.def.id),
    options,
    states: Object.fromEntries(plans.map((p) => [p.def.id, structuredClone(Object.fromEntries(p.groups))])),
    diagnostics: structuredClone(diagnostics),
  });

  return {
    add,
    addAll(inputs) {
      for (const input of inputs) add(input);
    },
    partial,
    results: () => finalise(partial(), calendar),
  };
}

function workOverlaps(inname: unknown, start: number, end: number): boolean {
  const periode = obj(obj(inname).periode);
  const b = text(periode.begin);
  const e = text(periode.einde);
  const begin = b === undefined ? null : brusselsEpochDay(b);
  const stop = e === undefined ? null : brusselsEpochDay(e);
  return (begin === null || begin <= end) && (stop === null || stop >= start);
}

/**
 * Merges two partials of the same configuration (same KPIs, period, grouping, options and catalogue
 * version). The result equals one run over both partitions. Neither argument is changed.
 * @example
 * const merged = mergeKpiPartials(march.partial(), april.partial());
 * const { results } = finaliseKpis(merged);
 */
export function mergeKpiPartials(a: KpiPartial, b: KpiPartial): KpiPartial {
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  for (const field of ["format", "catalogueVersion", "period", "groupBy", "kpis", "options"] as const) {
    if (!same(a?.[field], b?.[field])) {
      throw new KpiError(
        "KPI_PARTIAL_MISMATCH",
        `Cannot merge KPI partials: their ${field} differ (${JSON.stringify(a?.[field])} vs ${JSON.stringify(b?.[field])}).`,
      );
    }
  }
  const out = structuredClone(a) as KpiPartial;
  for (const id of out.kpis) {
    const calc = CALCULATORS.get(id) as KpiCalculator<unknown>;
    const into = out.states[id] ?? {};
    out.states[id] = into;
    for (const [key, g] of Object.entries(b.states[id] ?? {})) {
      const mine = into[key];
      if (mine === undefined) into[key] = structuredClone(g);
      else mine.state = calc.merge(mine.state, structuredClone(g.state));
    }
  }
  out.diagnostics.inputs += b.diagnostics.inputs;
  out.diagnostics.undated += b.diagnostics.undated;
  for (const [k, v] of Object.entries(b.diagnostics.invalid))
    out.diagnostics.invalid[k] = (out.diagnostics.invalid[k] ?? 0) + v;
  return out;
}

/**
 * Reads the results of a (merged) partial.
 * @example
 * const partial: KpiPartial = JSON.parse(readFileSync("kpi-partial-2026-03.json", "utf8"));
 * const { results } = finaliseKpis(partial, cityCalendar);
 */
export function finaliseKpis(
  partial: KpiPartial,
  calendar: WorkingDayCalendar = mondayToFridayCalendar,
): KpiResults {
  return finalise(partial, calendar);
}

/**
 * Computes KPIs over inputs in one streaming pass: results keyed by KPI id and group, each with its
 * value, numerator/denominator where relevant, threshold status and the catalogue version.
 * @example
 * const { results } = computeKpis({
 *   kpis: ["pitch-checklist-score", "nok_ratio_per_record"],
 *   inputs: findings.map((vaststelling) => ({ kind: "vaststelling", vaststelling })),
 *   groupBy: ["district"],
 *   period: { start: "2026-03-09", end: "2026-03-15" },
 *   calendar: cityCalendar,
 * });
 * results["pitch-checklist-score"]["district=Berchem"].value; // 82
 */
export function computeKpis(config: KpiRunConfig & { readonly inputs: Iterable<KpiInput> }): KpiResults {
  const run = createKpiRun(config);
  run.addAll(config.inputs);
  return run.results();
}
