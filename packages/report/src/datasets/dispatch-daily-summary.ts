import { brusselsDate } from "@digitale-nuts/kpi";
import type { DayPlan } from "@digitale-nuts/prioritisation";
import { ReportError } from "../errors.js";
import {
  byText,
  type DatasetOptions,
  REPORT_SPEC_VERSION,
  type ReportColumn,
  type ReportDataset,
  resolveDatasetOptions,
  UpdatedAtWindow,
} from "../metadata.js";
import { assertPseudonymous, columnsFor } from "../privacy.js";
import { type FindingLike, updatedAtOf, vaststellingOf } from "./finding-input.js";

/**
 * One row of `dispatch_daily_summary`: one inspector on one day.
 * @example
 * const ds = buildDispatchDailySummary({ plans: [plan], profile });
 * const overloaded = ds.rows.filter((row: DispatchDailyRow) => (row.capacityUsePct ?? 0) > 100).map((row) => row.inspectorId);
 */
export interface DispatchDailyRow {
  readonly [key: string]: string | number | boolean | null;
  readonly date: string;
  readonly inspectorId: string;
  /** Whether the inspector was deployable that day (false: absent, inactive). */
  readonly available: boolean;
  readonly plannedVisits: number;
  readonly mandatoryVisits: number;
  readonly optionalVisits: number;
  /** Planned visits with a finding on that work and day. */
  readonly doneVisits: number;
  readonly openVisits: number;
  readonly followUps: number;
  /** Weighted end-of-day load as the planner counted it. */
  readonly plannedLoad: number;
  readonly softLimit: number | null;
  readonly hardLimit: number | null;
  /** 100 × planned load ÷ soft limit, rounded; null without a limit. */
  readonly capacityUsePct: number | null;
  /** Some visit was assigned in an overflow step (above the soft limit). */
  readonly overflow: boolean;
}

/**
 * The columns of `dispatch_daily_summary`, in order.
 * @example
 * DISPATCH_DAILY_COLUMNS.map((c) => c.key); // ["date", "inspectorId", "available", "plannedVisits", …]
 */
export const DISPATCH_DAILY_COLUMNS: readonly ReportColumn[] = [
  { key: "date", kind: "date" },
  { key: "inspectorId", kind: "id" },
  { key: "available", kind: "boolean" },
  { key: "plannedVisits", kind: "number" },
  { key: "mandatoryVisits", kind: "number" },
  { key: "optionalVisits", kind: "number" },
  { key: "doneVisits", kind: "number" },
  { key: "openVisits", kind: "number" },
  { key: "followUps", kind: "number" },
  { key: "plannedLoad", kind: "number" },
  { key: "softLimit", kind: "number" },
  { key: "hardLimit", kind: "number" },
  { key: "capacityUsePct", kind: "number" },
  { key: "overflow", kind: "boolean" },
];

/**
 * Daily limits per inspector: the profile's defaults and per-inspector overrides (prioritisation's `CityProfile`).
 * @example
 * const limits: CapacityLimits = {
 *   capacity: { softDailyLimit: 8, hardDailyLimit: 10 },
 *   inspectors: [{ id: "insp-07", softDailyLimit: 6 }],
 * };
 */
export interface CapacityLimits {
  readonly capacity: { readonly softDailyLimit: number; readonly hardDailyLimit: number };
  readonly inspectors?: readonly {
    readonly id: string;
    readonly softDailyLimit?: number | undefined;
    readonly hardDailyLimit?: number | undefined;
  }[];
}

/**
 * What `dispatch_daily_summary` is built from.
 * @example
 * const input: DispatchDailyInput = { plans: [planDay("2026-03-10", works, antwerpenProfile)], findings, profile: antwerpenProfile };
 * const ds = buildDispatchDailySummary(input, { generatedAt: "2026-03-10T17:30:00Z" });
 */
export interface DispatchDailyInput {
  /** Day plans from prioritisation's `planDay`, one per date. */
  readonly plans: readonly DayPlan[];
  /** Findings of those days; a planned visit is done when a finding on its work exists for that day. */
  readonly findings?: readonly FindingLike[];
  /** The city profile (or just its capacity and inspectors), for the limits; without it limits are null. */
  readonly profile?: CapacityLimits;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Builds `dispatch_daily_summary` (dn-dispatch §2.5 Dagrapport, key date + inspector): planned,
 * mandatory and done visits and the capacity use per inspector per day. A delta (`sinceTimestamp`)
 * keeps the days from that date on and the earlier rows whose findings changed since.
 * @example
 * const ds = buildDispatchDailySummary({ plans: [planDay(date, works, profile)], findings, profile },
 *   { generatedAt: "2026-03-10T17:30:00Z" });
 */
export function buildDispatchDailySummary(
  input: DispatchDailyInput,
  options: DatasetOptions = {},
): ReportDataset<DispatchDailyRow> {
  const resolved = resolveDatasetOptions(options);
  const sinceDate = resolved.since ? brusselsDate(resolved.since.text) : null;
  // Findings by "work|day" (work id and GIPOD id both match), with their change times.
  const findingTimes = new Map<string, string[]>();
  for (const f of input.findings ?? []) {
    const v = vaststellingOf(f);
    if (v.registratiestatus === "withdrawn") continue;
    const day = v.context.geplandeDatum ?? brusselsDate(v.vastgesteldOp);
    if (!day) continue;
    for (const work of new Set([v.context.werkId, v.context.gipodId])) {
      if (!work) continue;
      const key = `${work}|${day}`;
      const list = findingTimes.get(key) ?? [];
      list.push(updatedAtOf(v));
      findingTimes.set(key, list);
    }
  }
  const limits = new Map((input.profile?.inspectors ?? []).map((i) => [i.id, i]));
  const window = new UpdatedAtWindow();
  const rows: DispatchDailyRow[] = [];
  let from: string | null = null;
  let to: string | null = null;
  const plans = [...input.plans].sort((a, b) => byText(a.date, b.date));
  for (let i = 1; i < plans.length; i++) {
    if (plans[i]?.date === plans[i - 1]?.date) {
      throw new ReportError(
        "REPORT_INPUT_INVALID",
        `plans: two day plans for ${plans[i]?.date}; pass one plan per date (the final one).`,
      );
    }
  }
  for (const plan of plans) {
    for (const inspectorId of Object.keys(plan.assignments).sort(byText)) {
      assertPseudonymous(inspectorId, `dispatch plan ${plan.date}, inspector`);
      const visits = plan.assignments[inspectorId] ?? [];
      const times: string[] = [];
      let done = 0;
      for (const visit of visits) {
        const matched =
          findingTimes.get(`${visit.workId}|${plan.date}`) ??
          (visit.gipodId ? findingTimes.get(`${visit.gipodId}|${plan.date}`) : undefined);
        if (matched) {
          done++;
          times.push(...matched);
        }
      }
      const changedSince =
        resolved.since !== null && times.some((t) => Date.parse(t) >= (resolved.since?.ms ?? 0));
      if (resolved.since && !(sinceDate !== null && plan.date >= sinceDate) && !changedSince) continue;
      for (const t of times) window.add(t);
      const mandatory = visits.filter((v) => v.mandatory).length;
      const available = Object.hasOwn(plan.loads, inspectorId);
      const load = plan.loads[inspectorId] ?? visits.reduce((sum, v) => sum + v.visitLoad, 0);
      const own = limits.get(inspectorId);
      const soft = input.profile ? (own?.softDailyLimit ?? input.profile.capacity.softDailyLimit) : null;
      // As the planner counts it: an inspector's own hard limit is never below their soft limit.
      const hard = input.profile
        ? own?.hardDailyLimit === undefined
          ? input.profile.capacity.hardDailyLimit
          : Math.max(own.hardDailyLimit, soft ?? 0)
        : null;
      rows.push({
        date: plan.date,
        inspectorId,
        available,
        plannedVisits: visits.length,
        mandatoryVisits: mandatory,
        optionalVisits: visits.length - mandatory,
        doneVisits: done,
        openVisits: visits.length - done,
        followUps: plan.followUps[inspectorId]?.length ?? 0,
        plannedLoad: round(load),
        softLimit: soft,
        hardLimit: hard,
        capacityUsePct: soft ? Math.round((100 * load) / soft) : null,
        overflow: visits.some((v) => v.overflow),
      });
      from ??= plan.date;
      to = plan.date;
    }
  }
  return {
    reportType: "dispatch_daily_summary",
    reportSpecVersion: REPORT_SPEC_VERSION,
    generatedAt: resolved.generatedAt,
    generatedBy: resolved.generatedBy,
    audience: resolved.audience,
    filterSet: resolved.since ? { sinceTimestamp: resolved.since.text } : {},
    sourceWindow: {
      sinceTimestamp: resolved.since?.text ?? null,
      minUpdatedAt: window.min,
      maxUpdatedAt: window.max,
      from,
      to,
    },
    contractVersion: resolved.contractVersion,
    rowCount: rows.length,
    columns: columnsFor(DISPATCH_DAILY_COLUMNS, resolved.audience),
    rows,
    warnings: [],
  };
}
