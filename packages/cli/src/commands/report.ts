import { resolve } from "node:path";
import { usageError } from "../cli-error.js";
import type { CommandContext } from "../context.js";
import { readFindings } from "../findings-file.js";
import { type PlannedDay, planWithRoutes, resolvePlanDate } from "../plan-day.js";
import { resolveProfile } from "../profile.js";
import { busiestInspector, pickFindingForPdf, writeReportBundle } from "../report-bundle.js";
import { readWorks, toPlanningWorks } from "../works-file.js";
import { latestFindingDay, resolvePeriod } from "./kpi.js";

/** Options of `digitale-nuts report`. */
export interface ReportOptions {
  readonly works?: string;
  readonly findings: string;
  readonly out?: string;
  readonly profile?: string;
  readonly date?: string;
  readonly organisation?: string;
}

/** `digitale-nuts report`: dashboard, datasets and PDFs from works and findings. */
export async function runReport(options: ReportOptions, ctx: CommandContext): Promise<void> {
  const profile = await resolveProfile(options.profile ?? ctx.config.profile ?? "antwerpen");
  const findings = await readFindings(options.findings);
  if (findings.vaststellingen.length === 0) {
    throw usageError(
      `${options.findings} holds no findings`,
      "pass the findings JSONL the sync server exported",
    );
  }
  const works = options.works ? await readWorks(options.works) : undefined;
  const day = options.date ?? latestFindingDay(findings);
  const period = resolvePeriod(undefined, day, findings);
  let planned: PlannedDay | undefined;
  if (works) {
    const planDate = resolvePlanDate(period.end, profile);
    if (planDate.note) ctx.out.warn(planDate.note);
    planned = planWithRoutes(planDate.date, toPlanningWorks(works, profile), profile);
  }
  const outDir = resolve(ctx.cwd, options.out ?? ctx.config.output ?? "dn-output");
  const finding = pickFindingForPdf(findings.records);
  const inspector = planned ? busiestInspector(planned) : undefined;
  const organisation = options.organisation ?? ctx.config.organisation;
  const bundle = await ctx.out.step("writing reports", () =>
    writeReportBundle({
      outDir,
      generatedAt: `${period.end}T17:00:00Z`,
      profile,
      innames: works?.innames ?? [],
      records: findings.records,
      vaststellingen: findings.vaststellingen,
      period,
      ...(planned ? { planned } : {}),
      ...(finding ? { findingForPdf: finding } : {}),
      ...(inspector ? { dayListInspector: inspector } : {}),
      ...(organisation ? { organisation } : {}),
    }),
  );
  ctx.out.result({ outDir, period, files: bundle.files }, () => [
    `✓ ${bundle.files.length} files in ${outDir} (${period.start} – ${period.end})`,
    ...bundle.files.map((f) => `  ${f.path}`),
  ]);
}
