import { join } from "node:path";
import { renderDayListPdf, reportFileName, toCsv } from "@digitale-nuts/report";
import { CliError, EXIT_CODES, usageError } from "../cli-error.js";
import type { CommandContext } from "../context.js";
import { writeFileAtomic } from "../files.js";
import { PLAN_COLUMNS, planRows, planWithRoutes, resolvePlanDate } from "../plan-day.js";
import { resolveProfile } from "../profile.js";
import { readWorks, toPlanningWorks } from "../works-file.js";

/** Options of `digitale-nuts plan`. */
export interface PlanOptions {
  readonly works: string;
  readonly profile?: string;
  readonly date?: string;
  readonly format: "json" | "csv" | "pdf";
  readonly out?: string;
  readonly inspector?: string;
}

/** `digitale-nuts plan`: works + profile + date → the day plan with reasons and routes. */
export async function runPlan(options: PlanOptions, ctx: CommandContext): Promise<void> {
  const profile = await resolveProfile(options.profile ?? ctx.config.profile ?? "antwerpen");
  const day = resolvePlanDate(options.date, profile);
  if (day.note) ctx.out.warn(day.note);
  const set = await readWorks(options.works);
  const planned = planWithRoutes(day.date, toPlanningWorks(set, profile), profile);
  const { plan } = planned;

  if (options.format === "pdf") {
    if (!options.out) throw usageError("--format pdf needs --out <folder>", "e.g. --out day-lists/");
    const ids = options.inspector ? [options.inspector] : Object.keys(plan.assignments).sort();
    if (options.inspector && !plan.assignments[options.inspector]) {
      throw new CliError(
        "CLI_INSPECTOR_UNKNOWN",
        `inspector ${options.inspector} is not in profile ${profile.id}`,
        {
          exitCode: EXIT_CODES.usage,
          hint: `known: ${Object.keys(plan.assignments).sort().join(", ")}`,
        },
      );
    }
    const generatedAt = `${day.date}T06:00:00Z`;
    const files: string[] = [];
    for (const id of ids) {
      if (!options.inspector && (plan.assignments[id]?.length ?? 0) === 0) continue;
      const path = join(options.out, reportFileName("day_list", id, generatedAt, "pdf"));
      await writeFileAtomic(path, await renderDayListPdf(plan, id, { generatedAt }));
      files.push(path);
    }
    ctx.out.result({ date: day.date, files }, () => [
      `✓ ${files.length} day list(s) for ${day.date}`,
      ...files.map((f) => `  ${f}`),
    ]);
    return;
  }

  const text =
    options.format === "csv"
      ? toCsv({ columns: [...PLAN_COLUMNS], rows: planRows(planned) }, { separator: ";" })
      : `${JSON.stringify({ date: day.date, requestedDate: day.requested, profile: profile.id, ...planned }, null, 2)}\n`;
  if (!options.out) {
    ctx.streams.stdout.write(text);
    return;
  }
  await writeFileAtomic(options.out, text);
  ctx.out.result(
    { date: day.date, out: options.out, totals: plan.totals, totalKm: Math.round(planned.totalKm * 10) / 10 },
    () => [
      `✓ ${day.date}: ${plan.totals.plannedVisits} visits for ${Object.values(plan.assignments).filter((v) => v.length > 0).length} inspectors (${plan.totals.unassignedVisits} unassigned, ${plan.totals.followUps} follow-ups), ${planned.totalKm.toFixed(1)} km of routes`,
      `  ${options.out}`,
    ],
  );
}
