import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  createPgliteFindingsStore,
  type FindingRecord,
  type StoredSyncEvent,
  toOsloSyncEvent,
} from "@digitale-nuts/findings";
import { importPermitReport } from "@digitale-nuts/gipod";
import { GIPOD_SCOPES, startGipodMock, writePermitReportXlsx } from "@digitale-nuts/gipod-mock";
import { getKpiDefinition } from "@digitale-nuts/kpi";
import type { Inname, SyncEvent } from "@digitale-nuts/oslo";
import type { CommandContext } from "../context.js";
import { addDays } from "../dates.js";
import { simulateDay } from "../demo/simulate-day.js";
import { toJsonLines, writeFileAtomic } from "../files.js";
import { connect } from "../gipod-connection.js";
import { planWithRoutes, resolvePlanDate } from "../plan-day.js";
import { SHIPPED_PROFILES } from "../profile.js";
import { busiestInspector, pickFindingForPdf, writeReportBundle } from "../report-bundle.js";
import { toPlanningWorks } from "../works-file.js";

/** Options of `digitale-nuts demo`. */
export interface DemoOptions {
  readonly out?: string;
  readonly seed: number;
  readonly date?: string;
  readonly size: number;
}

/** Stands in for the simulator's address in the IRIs the demo writes. */
const SIMULATOR_ORIGIN = "http://gipod-simulator.invalid";

/** The KPIs the summary prints. */
const SUMMARY_KPIS = [
  "nok_ratio_per_record",
  "pitch-checklist-score",
  "open_nok_items",
  "sync_duplicate_ratio",
  "sync_conflict_ratio",
];

/**
 * A clock that starts exactly at `startIso` on its first reading and then runs with real time: the
 * simulator generates its city from the first reading, so the data is the same on every run.
 */
function demoClock(startIso: string): () => Date {
  const start = Date.parse(startIso);
  let first: number | undefined;
  return () => {
    const t = Date.now();
    first ??= t;
    return new Date(start + (t - first));
  };
}

/** `digitale-nuts demo`: the main job end to end on the embedded GIPOD simulator. */
export async function runDemo(options: DemoOptions, ctx: CommandContext): Promise<void> {
  const { out, seed } = { out: options.out ?? ctx.config.output ?? "dn-output", seed: options.seed };
  const outDir = resolve(ctx.cwd, out);
  const profile = SHIPPED_PROFILES.antwerpen;
  if (!profile) throw new Error("the Antwerp profile is missing");
  const day = resolvePlanDate(options.date, profile);
  if (day.note) ctx.out.line(`note: ${day.note}`);
  const date = day.date;
  const clock = demoClock(`${date}T05:00:00Z`);

  const mock = await ctx.out.step(
    "start the GIPOD simulator",
    () => startGipodMock({ seed, size: options.size, niscodes: [profile.niscode ?? "11002"], now: clock }),
    (m) => `${m.url}, Antwerpen (NIS 11002), ${m.store.size} occupancies, seed ${seed}`,
  );
  const scratch = await mkdtemp(join(tmpdir(), "dn-demo-"));
  // The embedded PostgreSQL compiles its WASM while GIPOD is synced; awaited before the findings.
  const storeReady = createPgliteFindingsStore();
  storeReady.catch(() => {});
  try {
    const credentials = await mock.createClient({ scopes: [...GIPOD_SCOPES] });
    const client = connect(
      { apiBaseUrl: mock.url, tokenUrl: mock.tokenUrl, ogcBaseUrl: mock.ogcUrl, ldesUrl: mock.ldesUrl },
      { retries: 6 },
      {
        kind: "private_key_jwt",
        clientId: credentials.clientId,
        privateJwk: credentials.privateJwk as never,
      },
      () => clock().getTime(),
    );
    const sync = await ctx.out.step(
      "sync occupancies over REST (private_key_jwt)",
      () => client.syncOccupancies({ niscodes: ["11002"], pageSize: 500 }),
      (r) => `${r.records.length} occupancies in ${r.report.pages} pages, consistent: ${r.report.consistent}`,
    );
    // The simulator listens on a random port; its IRIs get a fixed origin so every run writes the same bytes.
    const innames = (
      JSON.parse(JSON.stringify(sync.records).replaceAll(mock.url, SIMULATOR_ORIGIN)) as Inname[]
    ).sort((a, b) => a.gipodId - b.gipodId);
    const openData = await ctx.out.step(
      "read open data (OGC API Features) and the hindrance LDES",
      async () => {
        let features = 0;
        for await (const _ of client.ogc.features("INNAME", { limit: 100 })) if (++features >= 100) break;
        let hindrances = 0;
        for await (const _ of client.streamMobilityHindrances()) if (++hindrances >= 200) break;
        return { features, hindrances };
      },
      (r) => `${r.features} OGC features, ${r.hindrances} LDES members`,
    );
    const permits = await ctx.out.step(
      "import the signalisation-permit weekly report (XLSX)",
      async () => {
        const file = join(scratch, "Weekrapport_Nutswerken.xlsx");
        await writePermitReportXlsx(mock.store.dataset(), file);
        return (await importPermitReport(file)).permits;
      },
      (p) => `${p.length} permits`,
    );
    const works = toPlanningWorks({ innames, permits, hindrances: [] }, profile);
    const planned = await ctx.out.step(
      `plan ${date} with the Antwerp profile and propose routes`,
      () => planWithRoutes(date, works, profile),
      (p) =>
        `${p.plan.totals.plannedVisits} visits, ${p.plan.totals.unassignedVisits} unassigned, ${p.totalKm.toFixed(1)} km`,
    );
    const store = await ctx.out.step("start the sync server's store (PGlite, in memory)", () => storeReady);
    const simulated = await ctx.out.step(
      "simulate the inspectors' day and sync their findings",
      () => simulateDay({ plan: planned.plan, works, innames, store, seed }),
      (s) =>
        `${s.findings.length} findings, ${s.counts.accepted}×201, ${s.counts.duplicate}×208, ${s.counts.conflict}×409`,
    );
    const server = await ctx.out.step("read back the sync server's store", async () => {
      const records: FindingRecord[] = [];
      const events: SyncEvent[] = [];
      for await (const stored of store.listFindings()) {
        records.push(stored.record);
        const list: StoredSyncEvent[] = await store.listSyncEvents(stored.inspectionId);
        for (const e of list) events.push(toOsloSyncEvent(e));
      }
      const counts = await store.counts();
      return { records, events, counts };
    });
    const duplicateEvents: SyncEvent[] = server.events
      .slice(0, simulated.counts.duplicate)
      .map((e) => ({ ...e, syncEventId: `${e.syncEventId}-dup`, uitkomst: "duplicate" }) as SyncEvent);
    const conflictEvents: SyncEvent[] = server.events
      .slice(1, 1 + simulated.counts.conflict)
      .map((e) => ({ ...e, syncEventId: `${e.syncEventId}-conflict`, uitkomst: "conflict" }) as SyncEvent);
    const period = { start: addDays(date, -27), end: date };
    const generatedAt = `${date}T16:30:00Z`;
    const finding = pickFindingForPdf(server.records);
    const inspector = busiestInspector(planned);
    const bundle = await ctx.out.step(
      "compute the KPI catalogue and write the reports",
      async () => {
        await writeFileAtomic(join(outDir, "works.jsonl"), toJsonLines([...innames, ...permits]));
        await writeFileAtomic(join(outDir, "findings.jsonl"), toJsonLines(server.records));
        return writeReportBundle({
          outDir,
          generatedAt,
          profile,
          innames,
          bron: "gipod-rest",
          records: server.records,
          vaststellingen: server.records.map((r) => r.vaststelling),
          syncEvents: [...server.events, ...duplicateEvents, ...conflictEvents],
          fromServer: true,
          period,
          planned,
          ...(finding ? { findingForPdf: finding } : {}),
          ...(inspector ? { dayListInspector: inspector } : {}),
        });
      },
      (b) => `${b.files.length} files`,
    );
    const kpiLines = SUMMARY_KPIS.flatMap((id) => {
      const r = bundle.kpis.results[id]?.["*"];
      if (!r) return [];
      const label = getKpiDefinition(id)?.label.nl ?? id;
      return [{ id, label, value: r.value, unit: r.unit, status: r.status }];
    });
    const files = [
      { kind: "works", path: join(outDir, "works.jsonl") },
      { kind: "findings", path: join(outDir, "findings.jsonl") },
      ...bundle.files.map((f) => ({ kind: f.kind, path: f.path })),
    ];
    const summary = {
      date,
      requestedDate: day.requested,
      ...(day.note ? { note: day.note } : {}),
      seed,
      simulator: { occupancies: mock.store.size, requests: mock.stats.total() },
      sync: {
        occupancies: innames.length,
        consistent: sync.report.consistent,
        ...openData,
        permits: permits.length,
      },
      plan: {
        visits: planned.plan.totals.plannedVisits,
        unassigned: planned.plan.totals.unassignedVisits,
        routesKm: Math.round(planned.totalKm * 10) / 10,
      },
      findings: {
        made: simulated.findings.length,
        withNok: simulated.noks,
        photos: simulated.photos,
        stored: server.counts.findings,
        syncResponses: {
          "201": simulated.counts.accepted,
          "208": simulated.counts.duplicate,
          "409": simulated.counts.conflict,
        },
        conflictsKept: server.counts.conflicts,
      },
      kpis: kpiLines,
      outDir,
      files,
    };
    ctx.out.result(summary, () => [
      "",
      `Digitale Nuts demo — Antwerpen, ${date} (seed ${seed})`,
      `  GIPOD      ${innames.length} occupancies synced over REST; ${openData.features} OGC features, ${openData.hindrances} LDES members, ${permits.length} permits`,
      `  plan       ${planned.plan.totals.plannedVisits} visits for ${Object.values(planned.plan.assignments).filter((v) => v.length > 0).length} inspectors, ${planned.plan.totals.unassignedVisits} unassigned, routes ${planned.totalKm.toFixed(1)} km`,
      `  findings   ${simulated.findings.length} made (${simulated.noks} with a NOK, ${simulated.photos} photos by reference with SHA-256)`,
      `  sync       ${simulated.counts.accepted}× 201 accepted, ${simulated.counts.duplicate}× 208 duplicate, ${simulated.counts.conflict}× 409 conflict (kept for review: ${server.counts.conflicts})`,
      ...kpiLines.map((k) => `  kpi        ${k.label}: ${k.value ?? "–"} ${k.unit} (${k.status})`),
      "",
      `Files in ${outDir}:`,
      ...files.map((f) => `  ${f.path.slice(outDir.length + 1)}`),
      "",
      `Open ${bundle.files.find((f) => f.kind === "dashboard")?.path ?? "the dashboard"} in a browser.`,
    ]);
  } finally {
    await (await storeReady.catch(() => undefined))?.close();
    await mock.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
