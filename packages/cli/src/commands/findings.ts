import { statSync } from "node:fs";
import {
  createPgliteFindingsStore,
  exportSourceFromStored,
  type FindingRecord,
  type InspectionExportSource,
  validate,
} from "@digitale-nuts/findings";
import { safeParseVaststelling, type Vaststelling } from "@digitale-nuts/oslo";
import { buildInspectionExportDataset, toCsv, toJson } from "@digitale-nuts/report";
import { CliError } from "../cli-error.js";
import type { CommandContext } from "../context.js";
import { readRecords, writeFileAtomic } from "../files.js";
import { isFindingRecord } from "../findings-file.js";

/** One problem of one finding, from the OSLO model (`oslo`) or the checklist gates (`gate`). */
interface FindingProblem {
  readonly record: number;
  readonly id: string | null;
  readonly source: "oslo" | "gate";
  readonly path: string;
  readonly message: string;
}

/** `findings validate <file>`: OSLO model + findings' checklist gates, every issue with its path. */
export async function runFindingsValidate(file: string, ctx: CommandContext): Promise<void> {
  const items = await readRecords(file, "findings file");
  const problems: FindingProblem[] = [];
  for (const { value, line } of items) {
    const record = isFindingRecord(value);
    const v = record ? value.vaststelling : value;
    const id =
      typeof (v as { vaststellingId?: unknown })?.vaststellingId === "string"
        ? (v as Vaststelling).vaststellingId
        : null;
    const parsed = safeParseVaststelling(v);
    if (!parsed.success) {
      const prefix = record ? "vaststelling." : "";
      for (const i of parsed.error.issues) {
        problems.push({ record: line, id, source: "oslo", path: `${prefix}${i.path}`, message: i.message });
      }
      continue;
    }
    // The gates read the Vaststelling and the lifecycle metadata; a bare Vaststelling has none.
    const asRecord: FindingRecord = record ? value : { vaststelling: parsed.data, meta: {}, audit: [] };
    for (const i of validate(asRecord).issues) {
      problems.push({ record: line, id, source: "gate", path: i.path, message: `${i.message} [${i.code}]` });
    }
  }
  const bad = new Set(problems.map((p) => p.record));
  ctx.out.result(
    { file, findings: items.length, valid: bad.size === 0, invalid: bad.size, issues: problems },
    () => [
      ...problems.map((p) => `✗ record ${p.record}${p.id ? ` (${p.id})` : ""}: ${p.path}: ${p.message}`),
      bad.size === 0
        ? `✓ ${file}: ${items.length} finding(s) valid (OSLO model and checklist gates)`
        : `${bad.size} of ${items.length} finding(s) have issues (${problems.length} in total)`,
    ],
  );
  if (bad.size > 0) {
    throw new CliError(
      "CLI_FINDINGS_INVALID",
      `${bad.size} of ${items.length} finding(s) in ${file} are invalid`,
      {
        hint: "each issue above names its path; `oslo` issues break the model, `gate` issues block markValid",
      },
    );
  }
}

/** Options of `findings export`. */
export interface FindingsExportOptions {
  readonly since?: string;
  readonly format: "csv" | "json";
  readonly audience: "partner" | "internal";
  readonly out?: string;
}

async function sourcesFrom(
  source: string,
): Promise<{ sources: InspectionExportSource[]; close: () => Promise<void> }> {
  let isDir = false;
  try {
    isDir = statSync(source).isDirectory();
  } catch {
    throw new CliError("CLI_FILE_NOT_FOUND", `findings source ${source} does not exist`, {
      hint: "pass a findings JSONL file or a PGlite store folder",
    });
  }
  if (!isDir) {
    const records: InspectionExportSource[] = [];
    for (const { value, line } of await readRecords(source, "findings file")) {
      if (!isFindingRecord(value)) {
        throw new CliError(
          "CLI_FINDING_NOT_RECORD",
          `${source}, record ${line}: not a finding record ({vaststelling, meta, audit})`,
          {
            hint: "the flat export needs full records, as the sync server stores them",
          },
        );
      }
      records.push({ record: value });
    }
    return { sources: records, close: async () => {} };
  }
  const store = await createPgliteFindingsStore({ dataDir: source });
  const sources: InspectionExportSource[] = [];
  for await (const stored of store.listFindings()) sources.push(exportSourceFromStored(stored));
  return { sources, close: () => store.close() };
}

/** `findings export`: the flat inspection dataset (report's audit envelope), CSV with `;` or JSON. */
export async function runFindingsExport(
  source: string,
  options: FindingsExportOptions,
  ctx: CommandContext,
): Promise<void> {
  const { sources, close } = await sourcesFrom(source);
  try {
    const dataset = await buildInspectionExportDataset(sources, {
      audience: options.audience,
      generatedBy: "digitale-nuts-cli",
      ...(options.since ? { sinceTimestamp: options.since } : {}),
    });
    const text = options.format === "csv" ? toCsv(dataset, { separator: ";" }) : toJson(dataset);
    if (options.out) {
      await writeFileAtomic(options.out, text);
      ctx.out.result({ out: options.out, rows: dataset.rowCount, warnings: dataset.warnings }, () => [
        `✓ ${dataset.rowCount} finding(s) → ${options.out}`,
      ]);
    } else ctx.streams.stdout.write(text);
  } finally {
    await close();
  }
}
