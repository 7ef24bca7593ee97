import { existsSync } from "node:fs";
import { appendFile, readFile } from "node:fs/promises";
import {
  type GipodClient,
  importGipodExport,
  importPermitReport,
  type LdesState,
  mapOgcOccupancy,
  type SyncCheckpoint,
} from "@digitale-nuts/gipod";
import type { Inname, OsloEntity } from "@digitale-nuts/oslo";
import { CliError, usageError } from "../cli-error.js";
import type { CommandContext } from "../context.js";
import { readJsonFile, readJsonLines, toJsonLines, writeFileAtomic } from "../files.js";
import {
  type ConnectionFlags,
  connect,
  gipodAuthFromEnv,
  requireTokenUrl,
  resolveEndpoints,
} from "../gipod-connection.js";

/** Options of `digitale-nuts sync`. */
export interface SyncCommandOptions extends ConnectionFlags {
  readonly source: "rest" | "ogc" | "ldes" | "xlsx";
  readonly out: string;
  readonly checkpoint?: string;
  readonly niscode?: string[];
  readonly file?: string;
  readonly permits?: string;
  readonly limit?: number;
  readonly pageSize: number;
}

/** What a sync run reports. */
export interface SyncSummary {
  readonly source: string;
  readonly out: string;
  readonly written: number;
  readonly details: Record<string, unknown>;
}

async function loadCheckpoint<T>(path: string | undefined): Promise<T | undefined> {
  if (!path || !existsSync(path)) return undefined;
  const value = await readJsonFile(path, "checkpoint");
  if (typeof value !== "object" || value === null || (value as { version?: unknown }).version !== 1) {
    throw new CliError(
      "CLI_CHECKPOINT_INVALID",
      `checkpoint ${path} is not a digitale-nuts sync checkpoint (version 1)`,
      {
        hint: "delete it to start a full sync, or pass another --checkpoint",
      },
    );
  }
  return value as T;
}

/**
 * Rewrites the JSONL with one line per entity (the last version of each GIPOD id wins, removals
 * applied), sorted by id: what an interrupted run appended is folded in at the end of a good one.
 */
async function compactOccupancies(path: string): Promise<number> {
  const latest = new Map<number, unknown>();
  for await (const { value } of readJsonLines(path, "works file")) {
    const v = value as { gipodId?: number; removedGipodId?: number };
    if (typeof v.removedGipodId === "number") latest.delete(v.removedGipodId);
    else if (typeof v.gipodId === "number") latest.set(v.gipodId, value);
  }
  const sorted = [...latest.entries()].sort(([a], [b]) => a - b).map(([, v]) => v);
  await writeFileAtomic(path, toJsonLines(sorted));
  return sorted.length;
}

async function syncRest(options: SyncCommandOptions, ctx: CommandContext): Promise<SyncSummary> {
  const niscodes = options.niscode ?? ctx.config.niscodes;
  if (!niscodes || niscodes.length === 0) {
    throw usageError(
      "sync --source rest needs NIS codes",
      "pass --niscode 11002 (or set niscodes in digitale-nuts.config.json)",
    );
  }
  const endpoints = resolveEndpoints(options, ctx.config);
  requireTokenUrl(endpoints);
  const auth = await gipodAuthFromEnv(ctx.config, ctx.env);
  const client: GipodClient = connect(endpoints, options, auth);
  const checkpoint = await loadCheckpoint<SyncCheckpoint>(options.checkpoint);
  // A fresh run starts a fresh file; a resumed one appends to what the last run wrote.
  if (!checkpoint || !existsSync(options.out)) await writeFileAtomic(options.out, "");
  const result = await ctx.out.step(
    `GIPOD REST sync (${niscodes.join(", ")})${checkpoint ? ", resumed from checkpoint" : ""}`,
    () =>
      client.syncOccupancies({
        niscodes,
        pageSize: options.pageSize,
        ...(checkpoint ? { checkpoint } : {}),
        onProgress: async (page) => {
          const lines = toJsonLines([...page.records, ...page.removed.map((id) => ({ removedGipodId: id }))]);
          if (lines) await appendFile(options.out, lines);
          if (options.checkpoint)
            await writeFileAtomic(options.checkpoint, JSON.stringify(page.checkpoint()));
        },
      }),
    (r) =>
      `${r.report.new} new, ${r.report.updated} updated, ${r.report.removed} removed, ${r.report.retries} retries`,
  );
  const tail = toJsonLines([...result.records, ...result.removed.map((id) => ({ removedGipodId: id }))]);
  if (tail) await appendFile(options.out, tail);
  if (options.checkpoint) await writeFileAtomic(options.checkpoint, JSON.stringify(result.checkpoint));
  const written = await compactOccupancies(options.out);
  const { report } = result;
  if (report.rejected.length > 0) {
    ctx.out.warn(
      `${report.rejected.length} occupancies could not be mapped, e.g. ${report.rejected[0]?.gipodId}: ${report.rejected[0]?.reason}`,
    );
  }
  return {
    source: "rest",
    out: options.out,
    written,
    details: {
      new: report.new,
      updated: report.updated,
      removed: report.removed,
      rejected: report.rejected.length,
      pages: report.pages,
      requests: report.requests,
      retries: report.retries,
      consistent: report.consistent,
      resumed: checkpoint !== undefined,
    },
  };
}

async function syncOgc(options: SyncCommandOptions, ctx: CommandContext): Promise<SyncSummary> {
  const endpoints = resolveEndpoints(options, ctx.config);
  const client = connect(endpoints, options);
  const byId = new Map<number, Inname>();
  const rejects: string[] = [];
  let features = 0;
  await ctx.out.step(
    "GIPOD OGC API Features (INNAME, open data)",
    async () => {
      for await (const feature of client.ogc.features("INNAME", {
        limit: Math.min(options.limit ?? 1000, 1000),
      })) {
        features++;
        try {
          const inname = mapOgcOccupancy(feature, { baseUrl: endpoints.apiBaseUrl });
          byId.set(inname.gipodId, inname);
        } catch (error) {
          rejects.push(`${feature.id ?? "?"}: ${(error as Error).message}`);
        }
        if (options.limit && features >= options.limit) break;
      }
    },
    () => `${features} features, ${byId.size} occupancies`,
  );
  if (rejects.length > 0) ctx.out.warn(`${rejects.length} features could not be mapped, e.g. ${rejects[0]}`);
  const records = [...byId.entries()].sort(([a], [b]) => a - b).map(([, v]) => v);
  await writeFileAtomic(options.out, toJsonLines(records));
  return {
    source: "ogc",
    out: options.out,
    written: records.length,
    details: { features, rejected: rejects.length },
  };
}

async function syncLdes(options: SyncCommandOptions, ctx: CommandContext): Promise<SyncSummary> {
  const endpoints = resolveEndpoints(options, ctx.config);
  const client = connect(endpoints, options);
  const state = await loadCheckpoint<LdesState>(options.checkpoint);
  if (!state || !existsSync(options.out)) await writeFileAtomic(options.out, "");
  const stream = client.streamMobilityHindrances(state ? { state } : {});
  let members = 0;
  let batch: OsloEntity[] = [];
  const flush = async () => {
    if (batch.length > 0) await appendFile(options.out, toJsonLines(batch));
    batch = [];
    if (options.checkpoint) await writeFileAtomic(options.checkpoint, JSON.stringify(stream.state()));
  };
  await ctx.out.step(
    `GIPOD LDES mobility hindrances${state ? ", resumed from checkpoint" : ""}`,
    async () => {
      for await (const hinder of stream) {
        batch.push(hinder);
        members++;
        if (batch.length >= 100) await flush();
        if (options.limit && members >= options.limit) break;
      }
      await flush();
    },
    () => `${members} new versions`,
  );
  return {
    source: "ldes",
    out: options.out,
    written: members,
    details: { members, resumed: state !== undefined },
  };
}

async function readBytes(path: string, what: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new CliError(
      "CLI_FILE_NOT_FOUND",
      `${what} ${path} cannot be read (${(error as NodeJS.ErrnoException).code})`,
      {
        hint: "check the path",
      },
    );
  }
}

/** XLSX problems are the file's, not GIPOD's: exit 1 with the file named. */
async function importing<T>(path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError("CLI_XLSX_INVALID", `${path}: ${(error as Error).message}`, {
      hint: "pass the GIPOD web export (sheet `resultaten`) or the permit weekly report, as downloaded",
      cause: error,
    });
  }
}

async function syncXlsx(options: SyncCommandOptions, ctx: CommandContext): Promise<SyncSummary> {
  if (!options.file)
    throw usageError(
      "sync --source xlsx needs --file Export_x.xlsx",
      "add --permits Weekrapport.xlsx to join permits",
    );
  const file = options.file;
  const exported = await ctx.out.step(
    `GIPOD export ${file}`,
    async () => importing(file, async () => importGipodExport(await readBytes(file, "GIPOD export"))),
    (r) => `${r.records.length} occupancies, ${r.rejects.length} rejected rows`,
  );
  const permitsFile = options.permits;
  const permits = permitsFile
    ? await ctx.out.step(
        `permit report ${permitsFile}`,
        async () =>
          importing(permitsFile, async () =>
            importPermitReport(await readBytes(permitsFile, "permit report")),
          ),
        (r) => `${r.permits.length} permits, ${r.rejects.length} rejected rows`,
      )
    : undefined;
  for (const r of exported.rejects.slice(0, 3)) ctx.out.warn(`${r.sheet} row ${r.row}: ${r.reason}`);
  const entities: OsloEntity[] = [...exported.records, ...(permits?.permits ?? [])];
  await writeFileAtomic(options.out, toJsonLines(entities));
  return {
    source: "xlsx",
    out: options.out,
    written: entities.length,
    details: {
      occupancies: exported.records.length,
      permits: permits?.permits.length ?? 0,
      rejected: exported.rejects.length + (permits?.rejects.length ?? 0),
    },
  };
}

/** `digitale-nuts sync`: GIPOD → a JSONL of OSLO entities (+ checkpoint for rest and ldes). */
export async function runSync(options: SyncCommandOptions, ctx: CommandContext): Promise<void> {
  const run = { rest: syncRest, ogc: syncOgc, ldes: syncLdes, xlsx: syncXlsx }[options.source];
  const summary = await run(options, ctx);
  ctx.out.result(summary, () => [
    `✓ ${summary.written} entities → ${summary.out}${options.checkpoint && (options.source === "rest" || options.source === "ldes") ? ` (checkpoint ${options.checkpoint})` : ""}`,
  ]);
}
