import { REQUIRED_EXPORT_AUDIT_METADATA } from "@digitale-nuts/findings";
import { getKpiDefinition } from "@digitale-nuts/kpi";
import {
  buildDispatchDailySummary,
  buildDistrictWeeklySummary,
  buildInspectionExportDataset,
  buildKpiSnapshot,
  REPORT_SPEC_VERSION,
  type ReportDataset,
  ReportError,
  reportFileName,
  streamInspectionExportDataset,
  toCsv,
  toJson,
} from "@digitale-nuts/report";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCity, type CityFixture, kpisFor, profile } from "./support/fixtures.js";

const AT = "2026-03-10T17:30:00Z";
let city: CityFixture;
beforeAll(async () => {
  city = await buildCity();
});

const sources = () => city.findings.map((record) => ({ record }));

function expectAuditMetadata(ds: ReportDataset, type: string) {
  for (const key of REQUIRED_EXPORT_AUDIT_METADATA) expect(ds).toHaveProperty(key);
  expect(ds.reportType).toBe(type);
  expect(ds.reportSpecVersion).toBe(REPORT_SPEC_VERSION);
  expect(ds.generatedAt).toBe(AT);
  expect(ds.rowCount).toBe(ds.rows.length);
  for (const row of ds.rows) expect(Object.keys(row).sort()).toEqual(ds.columns.map((c) => c.key).sort());
}

describe("inspection_export_flat", () => {
  it("delegates to findings' exporter and adds the report envelope", async () => {
    const ds = await buildInspectionExportDataset(sources(), { generatedAt: AT, generatedBy: "dn-job" });
    expectAuditMetadata(ds, "inspection_export_flat");
    expect(ds.rowCount).toBe(city.findings.length);
    expect(ds.generatedBy).toBe("dn-job");
    expect(ds.audience).toBe("partner");
    // The findings without a permit reference are reported (every fifth fixture finding).
    const missing = city.findings.filter((f) => !f.vaststelling.context.referentieId).length;
    expect(ds.warnings).toContainEqual(expect.objectContaining({ field: "permitReference", count: missing }));
  });

  it("keeps free text out of partner datasets and in internal ones", async () => {
    const note = city.findings.find((f) => f.vaststelling.opmerking)?.vaststelling;
    expect(note?.opmerking).toBeTruthy();
    const partner = await buildInspectionExportDataset(sources(), { generatedAt: AT });
    const internal = await buildInspectionExportDataset(sources(), { generatedAt: AT, audience: "internal" });
    expect(partner.columns.map((c) => c.key)).not.toContain("opmerking");
    expect(toJson(partner)).not.toContain(note?.opmerking);
    expect(toCsv(partner)).not.toContain("Vlakheid herstellen");
    const row = internal.rows.find((r) => r.recordId === note?.vaststellingId);
    expect(row?.opmerking).toBe(note?.opmerking);
    expect(
      internal.rows.some((r) => r.overdrachtsnotitie === "Vlakheid herstellen binnen 5 werkdagen."),
    ).toBe(true);
  });

  it("exports only what changed since sinceTimestamp (delta)", async () => {
    const since = "2026-03-09T00:00:00Z";
    const ds = await buildInspectionExportDataset(sources(), { generatedAt: AT, sinceTimestamp: since });
    const expected = city.findings.filter(
      (f) => Date.parse(f.vaststelling.gewijzigdOp ?? f.vaststelling.vastgesteldOp) >= Date.parse(since),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(city.findings.length);
    expect(ds.rows.map((r) => r.recordId).sort()).toEqual(
      expected.map((f) => f.vaststelling.vaststellingId).sort(),
    );
    expect(ds.filterSet).toEqual({ sinceTimestamp: since });
    expect(Date.parse(ds.sourceWindow.minUpdatedAt ?? "")).toBeGreaterThanOrEqual(Date.parse(since));
  });

  it("streams the same rows and metadata as the whole build", async () => {
    const whole = await buildInspectionExportDataset(sources(), { generatedAt: AT, audience: "internal" });
    const stream = streamInspectionExportDataset(sources(), { generatedAt: AT, audience: "internal" });
    expect(() => stream.metadata()).toThrow(ReportError);
    const rows = [];
    for await (const row of stream.rows) rows.push(row);
    expect(rows).toEqual(whole.rows);
    const meta = stream.metadata();
    expect(meta.rowCount).toBe(whole.rowCount);
    expect(meta.sourceWindow).toEqual(whole.sourceWindow);
  });

  it("rejects an inspector id that is not a pseudonym, without echoing the name", async () => {
    const [first] = city.findings;
    if (!first) throw new Error("fixture has no findings");
    const named = { record: { ...first, vaststelling: { ...first.vaststelling } } };
    const err = await buildInspectionExportDataset([named], {
      generatedAt: AT,
      pseudonymise: () => "Jan Janssens",
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReportError);
    expect((err as ReportError).code).toBe("REPORT_PRIVACY_VIOLATION");
    expect((err as ReportError).message).not.toContain("Janssens");
  });

  it("rejects an unparseable sinceTimestamp with a typed error", async () => {
    await expect(
      buildInspectionExportDataset(sources(), { generatedAt: AT, sinceTimestamp: "gisteren" }),
    ).rejects.toMatchObject({ code: "REPORT_SINCE_INVALID" });
  });
});

describe("dispatch_daily_summary", () => {
  it("has one row per date and inspector that adds up to the plans", () => {
    const ds = buildDispatchDailySummary(
      { plans: city.plans, findings: city.findings, profile },
      { generatedAt: AT },
    );
    expectAuditMetadata(ds, "dispatch_daily_summary");
    expect(ds.rowCount).toBe(city.plans.length * profile.inspectors.length);
    for (const plan of city.plans) {
      const rows = ds.rows.filter((r) => r.date === plan.date);
      expect(rows.reduce((s, r) => s + r.plannedVisits, 0)).toBe(plan.totals.plannedVisits);
      expect(rows.reduce((s, r) => s + r.mandatoryVisits, 0)).toBe(plan.totals.mandatoryVisits);
    }
    expect(ds.sourceWindow.from).toBe("2026-03-02");
    expect(ds.sourceWindow.to).toBe(city.today);
    // Keys sorted by date then inspector.
    const keys = ds.rows.map((r) => `${r.date}|${r.inspectorId}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("counts done visits from findings and capacity use from the profile's limits", () => {
    const ds = buildDispatchDailySummary(
      { plans: city.plans, findings: city.findings, profile },
      { generatedAt: AT },
    );
    const today = ds.rows.filter((r) => r.date === city.today);
    for (const row of today) {
      const visits = city.plans.at(-1)?.assignments[row.inspectorId] ?? [];
      const done = visits.filter((v) =>
        city.findings.some(
          (f) =>
            f.vaststelling.context.werkId === v.workId && f.vaststelling.context.geplandeDatum === city.today,
        ),
      ).length;
      expect(row.doneVisits).toBe(done);
      expect(row.openVisits).toBe(row.plannedVisits - done);
      expect(row.softLimit).toBe(profile.capacity.softDailyLimit);
      expect(row.capacityUsePct).toBe(Math.round((100 * row.plannedLoad) / profile.capacity.softDailyLimit));
    }
    expect(today.some((r) => r.doneVisits > 0 && r.doneVisits < r.plannedVisits)).toBe(true);
  });

  it("reports an inspector's own limits as the planner applies them (hard never below soft)", () => {
    const plan = city.plans.at(-1);
    const id = profile.inspectors[0]?.id;
    if (!plan || !id) throw new Error("no plan");
    const limits = {
      capacity: { softDailyLimit: 5, hardDailyLimit: 6 },
      inspectors: [{ id, softDailyLimit: 7, hardDailyLimit: 4 }],
    };
    const row = buildDispatchDailySummary({ plans: [plan], profile: limits }, { generatedAt: AT }).rows.find(
      (r) => r.inspectorId === id,
    );
    expect(row).toMatchObject({ softLimit: 7, hardLimit: 7 });
  });

  it("refuses two plans for one date and a plan inspector that is not a pseudonym", () => {
    const [plan] = city.plans;
    if (!plan) throw new Error("no plan");
    expect(() => buildDispatchDailySummary({ plans: [plan, plan] }, { generatedAt: AT })).toThrow(
      /two day plans/,
    );
    const named = { ...plan, assignments: { ...plan.assignments, "Jan Janssens": [] } };
    expect(() => buildDispatchDailySummary({ plans: [named] }, { generatedAt: AT })).toThrow(
      expect.objectContaining({ code: "REPORT_PRIVACY_VIOLATION" }),
    );
  });

  it("delta keeps the days from sinceTimestamp on and older days whose findings changed", () => {
    const ds = buildDispatchDailySummary(
      { plans: city.plans, findings: city.findings, profile },
      { generatedAt: AT, sinceTimestamp: "2026-03-09T00:00:00+01:00" },
    );
    expect(new Set(ds.rows.map((r) => r.date))).toEqual(new Set(["2026-03-09", "2026-03-10"]));
    expect(ds.filterSet.sinceTimestamp).toBe("2026-03-09T00:00:00+01:00");
  });
});

describe("district_weekly_summary", () => {
  it("lays out kpi's per-week, per-district figures", () => {
    const ds = buildDistrictWeeklySummary(
      { findings: city.findings, period: { start: "2026-03-02", end: "2026-03-10" } },
      { generatedAt: AT },
    );
    expectAuditMetadata(ds, "district_weekly_summary");
    expect(ds.rows.reduce((s, r) => s + r.findings, 0)).toBe(city.findings.length);
    expect(new Set(ds.rows.map((r) => r.weekStart))).toEqual(new Set(["2026-03-02", "2026-03-09"]));
    for (const row of ds.rows) {
      const inGroup = city.findings.filter(
        (f) =>
          f.vaststelling.context.district === row.district &&
          f.vaststelling.vastgesteldOp.slice(0, 10) >= row.weekStart &&
          f.vaststelling.vastgesteldOp.slice(0, 10) <
            (row.weekStart === "2026-03-02" ? "2026-03-09" : "2026-03-16"),
      );
      expect(row.findings).toBe(inGroup.length);
      const nok = inGroup.filter((f) => f.vaststelling.antwoorden.some((a) => a.resultaat === "NOK")).length;
      expect(row.nokFindings).toBe(nok);
      expect(row.nokRatioPct).toBeCloseTo((100 * nok) / inGroup.length, 1);
    }
  });

  it("delta keeps only the groups with a finding changed since, with full figures", () => {
    const full = buildDistrictWeeklySummary(
      { findings: city.findings, period: { start: "2026-03-02", end: "2026-03-10" } },
      { generatedAt: AT },
    );
    const delta = buildDistrictWeeklySummary(
      { findings: city.findings, period: { start: "2026-03-02", end: "2026-03-10" } },
      { generatedAt: AT, sinceTimestamp: "2026-03-10T00:00:00Z" },
    );
    expect(delta.rowCount).toBeGreaterThan(0);
    expect(delta.rows.every((r) => r.weekStart === "2026-03-09")).toBe(true);
    for (const row of delta.rows) expect(full.rows).toContainEqual(row);
  });
});

describe("kpi_snapshot", () => {
  it("carries catalogue ids, values, thresholds and status", () => {
    const { kpis } = kpisFor(city.findings);
    const ds = buildKpiSnapshot(kpis, { generatedAt: AT });
    expectAuditMetadata(ds, "kpi_snapshot");
    const nok = ds.rows.find((r) => r.kpiId === "nok_ratio_per_record" && r.groupKey === "*");
    const result = kpis.results.nok_ratio_per_record?.["*"];
    const def = getKpiDefinition("nok_ratio_per_record");
    expect(nok).toMatchObject({
      value: result?.value,
      status: result?.status,
      thresholdGreen: def?.thresholds?.green,
      thresholdRed: def?.thresholds?.red,
      catalogueVersion: kpis.catalogueVersion,
    });
    expect(ds.filterSet.catalogueVersion).toBe(kpis.catalogueVersion);
    expect(ds.rowCount).toBe(Object.values(kpis.results).reduce((s, g) => s + Object.keys(g).length, 0));
  });
});

describe("reportFileName", () => {
  it("follows dn_<type>_<scope>_<yyyymmdd>_<hhmm>.<ext> in Brussels time", () => {
    expect(reportFileName("district_weekly_summary", "Berchem", "2026-03-10T16:30:00Z", "csv")).toBe(
      "dn_district_weekly_summary_berchem_20260310_1730.csv",
    );
    // Summer time: UTC+2.
    expect(reportFileName("kpi_snapshot", "Borgerhout Intra muros", "2026-07-01T21:59:00Z", ".json")).toBe(
      "dn_kpi_snapshot_borgerhout-intra-muros_20260701_2359.json",
    );
  });

  it("rejects bad parts with a typed error", () => {
    expect(() => reportFileName("Kpi Snapshot", "stad", AT, "csv")).toThrow(ReportError);
    expect(() => reportFileName("kpi_snapshot", "!!", AT, "csv")).toThrow(/scope/);
    expect(() => reportFileName("kpi_snapshot", "stad", "10/03/2026", "csv")).toThrow(/date/);
  });
});
