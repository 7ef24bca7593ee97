import { join } from "node:path";
import type { FindingRecord } from "@digitale-nuts/findings";
import { computeKpis, type KpiPeriod, type KpiResults, kpiSeries } from "@digitale-nuts/kpi";
import type { Vaststelling } from "@digitale-nuts/oslo";
import { type CityProfile, createWorkingCalendar } from "@digitale-nuts/prioritisation";
import {
  buildDispatchDailySummary,
  buildDistrictWeeklySummary,
  buildInspectionExportDataset,
  buildKpiSnapshot,
  type ReportDataset,
  renderDashboard,
  renderDayListPdf,
  renderFindingPdf,
  reportFileName,
  toCsv,
  toJson,
} from "@digitale-nuts/report";
import { writeFileAtomic } from "./files.js";
import { type KpiSources, kpiInputs } from "./kpi-inputs.js";
import type { PlannedDay } from "./plan-day.js";

/** Everything one report run lays out; every figure comes from the package that owns it. */
export interface ReportBundleInput extends KpiSources {
  readonly outDir: string;
  /** Fixes every file's metadata, PDF dates and file names (reproducible output). */
  readonly generatedAt: string;
  readonly profile: CityProfile;
  /** The findings as records (flat export, PDFs); `vaststellingen` may hold more (bare ones). */
  readonly records: readonly FindingRecord[];
  readonly vaststellingen: readonly Vaststelling[];
  readonly period: KpiPeriod;
  readonly planned?: PlannedDay;
  /** The finding to print as a PDF (default: none). */
  readonly findingForPdf?: FindingRecord;
  /** The inspector whose day list to print (default: none). */
  readonly dayListInspector?: string;
  readonly organisation?: string;
}

/** One written file. */
export interface WrittenFile {
  readonly kind: string;
  readonly path: string;
  readonly bytes: number;
}

/** What a report run produced. */
export interface ReportBundle {
  readonly files: readonly WrittenFile[];
  readonly kpis: KpiResults;
}

/** The dashboard's trend lines: weekly series of a few catalogue KPIs. */
const TREND_KPIS = ["wow-score", "nok_ratio_per_record", "pitch-inspections-week"];

/**
 * Computes the KPI catalogue and writes the dashboard, the four datasets (CSV with `;` + JSON) and the
 * PDFs into `outDir`, named with report's `reportFileName`.
 */
export async function writeReportBundle(input: ReportBundleInput): Promise<ReportBundle> {
  const { generatedAt, profile, outDir } = input;
  const scope = profile.id;
  const files: WrittenFile[] = [];
  const write = async (kind: string, name: string, data: string | Uint8Array) => {
    const path = join(outDir, name);
    await writeFileAtomic(path, data);
    files.push({ kind, path, bytes: typeof data === "string" ? Buffer.byteLength(data) : data.byteLength });
  };
  const options = { generatedAt, generatedBy: "digitale-nuts-cli" };
  const calendar = createWorkingCalendar(profile.calendar);
  const inputs = kpiInputs(input);
  const kpis = computeKpis({ inputs, period: input.period, calendar });
  const trends = kpiSeries({
    kpis: TREND_KPIS,
    inputs,
    interval: "week",
    period: input.period,
    calendar,
  }).series;

  const datasets: ReportDataset[] = [
    await buildInspectionExportDataset(
      input.records.map((record) => ({ record })),
      options,
    ),
    ...(input.planned
      ? [
          buildDispatchDailySummary(
            { plans: [input.planned.plan], findings: input.vaststellingen, profile },
            options,
          ),
        ]
      : []),
    buildDistrictWeeklySummary({ findings: input.vaststellingen, period: input.period }, options),
    buildKpiSnapshot(kpis, options),
  ];
  const dispatch = datasets.find((d) => d.reportType === "dispatch_daily_summary");

  const dashboard = renderDashboard({
    title: `Digitale Nuts — ${profile.name}`,
    subtitle: `${input.period.start} – ${input.period.end}`,
    generatedAt,
    kpis,
    trends,
    ...(dispatch ? { dispatch: dispatch as never } : {}),
    ...(input.planned ? { plan: input.planned.plan } : {}),
    findings: input.vaststellingen,
  });
  await write("dashboard", reportFileName("dashboard", scope, generatedAt, "html"), dashboard);
  for (const dataset of datasets) {
    await write(
      dataset.reportType,
      reportFileName(dataset.reportType, scope, generatedAt, "csv"),
      toCsv(dataset, { separator: ";" }),
    );
    await write(
      dataset.reportType,
      reportFileName(dataset.reportType, scope, generatedAt, "json"),
      toJson(dataset),
    );
  }
  const organisation = { name: input.organisation ?? `Stad ${profile.name}` };
  if (input.findingForPdf) {
    const id = input.findingForPdf.vaststelling.vaststellingId;
    const pdf = await renderFindingPdf(input.findingForPdf, { generatedAt, organisation });
    await write("finding_pdf", reportFileName("finding_report", id, generatedAt, "pdf"), pdf);
  }
  if (input.planned && input.dayListInspector) {
    const pdf = await renderDayListPdf(input.planned.plan, input.dayListInspector, {
      generatedAt,
      organisation,
    });
    await write("day_list_pdf", reportFileName("day_list", input.dayListInspector, generatedAt, "pdf"), pdf);
  }
  return { files, kpis };
}

/** The first finding with a NOK answer (by id), else the first one: the one worth printing. */
export function pickFindingForPdf(records: readonly FindingRecord[]): FindingRecord | undefined {
  const sorted = [...records].sort((a, b) =>
    a.vaststelling.vaststellingId.localeCompare(b.vaststelling.vaststellingId, "en"),
  );
  return sorted.find((r) => r.vaststelling.antwoorden.some((a) => a.resultaat === "NOK")) ?? sorted[0];
}

/** The inspector with the most visits (ties by id): the day list worth printing. */
export function busiestInspector(planned: PlannedDay): string | undefined {
  return Object.entries(planned.plan.assignments)
    .filter(([, v]) => v.length > 0)
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b, "en"))[0]?.[0];
}
