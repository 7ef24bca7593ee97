import { computeKpis, DIMENSIONS, type Dimension, type KpiResults } from "@digitale-nuts/kpi";
import { createWorkingCalendar } from "@digitale-nuts/prioritisation";
import { buildKpiSnapshot, toCsv } from "@digitale-nuts/report";
import { usageError } from "../cli-error.js";
import type { CommandContext } from "../context.js";
import { addDays, parseIsoDate, todayInBrussels } from "../dates.js";
import { writeFileAtomic } from "../files.js";
import { type FindingSet, readFindings } from "../findings-file.js";
import { kpiInputs } from "../kpi-inputs.js";
import { resolveProfile } from "../profile.js";
import { readWorks, type WorkSet } from "../works-file.js";

/** Options of `digitale-nuts kpi`. */
export interface KpiCommandOptions {
  readonly works?: string;
  readonly findings?: string;
  readonly groupBy?: string[];
  readonly kpi?: string[];
  readonly from?: string;
  readonly to?: string;
  readonly out?: string;
}

/** The latest finding day, a default period end. */
export function latestFindingDay(findings: FindingSet): string | undefined {
  let latest: string | undefined;
  for (const v of findings.vaststellingen) {
    const day = (v.context.geplandeDatum ?? v.vastgesteldOp).slice(0, 10);
    if (!latest || day > latest) latest = day;
  }
  return latest;
}

/** `--from`/`--to`, defaulting to the 4 weeks up to the latest finding (or today). */
export function resolvePeriod(from: string | undefined, to: string | undefined, findings?: FindingSet) {
  const end = to ? parseIsoDate(to, "--to") : ((findings && latestFindingDay(findings)) ?? todayInBrussels());
  const start = from ? parseIsoDate(from, "--from") : addDays(end, -27);
  if (start > end) throw usageError(`--from ${start} is after --to ${end}`, "swap them");
  return { start, end };
}

/** `digitale-nuts kpi`: the KPI catalogue over works and findings. */
export async function runKpi(options: KpiCommandOptions, ctx: CommandContext): Promise<void> {
  if (!options.works && !options.findings) {
    throw usageError(
      "kpi needs --works and/or --findings",
      "e.g. digitale-nuts kpi --works works.jsonl --findings findings.jsonl",
    );
  }
  const groupBy = options.groupBy ?? [];
  const unknown = groupBy.filter((d) => !(DIMENSIONS as readonly string[]).includes(d));
  if (unknown.length > 0)
    throw usageError(`unknown --group-by ${unknown.join(", ")}`, `use ${DIMENSIONS.join(", ")}`);
  const works: WorkSet | undefined = options.works ? await readWorks(options.works) : undefined;
  const findings = options.findings ? await readFindings(options.findings) : undefined;
  const period = resolvePeriod(options.from, options.to, findings);
  const profile = await resolveProfile(ctx.config.profile ?? "antwerpen");
  const kpis: KpiResults = computeKpis({
    ...(options.kpi ? { kpis: options.kpi } : {}),
    inputs: kpiInputs({ innames: works?.innames ?? [], vaststellingen: findings?.vaststellingen ?? [] }),
    groupBy: groupBy as Dimension[],
    period,
    calendar: createWorkingCalendar(profile.calendar),
  });
  if (options.out) {
    const text = /\.csv$/i.test(options.out)
      ? toCsv(buildKpiSnapshot(kpis, { generatedBy: "digitale-nuts-cli" }), { separator: ";" })
      : `${JSON.stringify(kpis, null, 2)}\n`;
    await writeFileAtomic(options.out, text);
  }
  const rows = Object.entries(kpis.results).flatMap(([id, groups]) =>
    Object.values(groups).map((r) => ({
      id,
      group: r.groupKey,
      value: r.value,
      status: r.status,
      unit: r.unit,
    })),
  );
  ctx.out.result(options.out ? { out: options.out, period, kpis: rows.length } : kpis, () => [
    `KPIs ${period.start} – ${period.end} (catalogue ${kpis.catalogueVersion}):`,
    ...rows.map(
      (r) => `  ${r.id}${r.group === "*" ? "" : ` [${r.group}]`}: ${r.value ?? "–"} ${r.unit} (${r.status})`,
    ),
    ...(options.out ? [`✓ ${options.out}`] : []),
  ]);
}
