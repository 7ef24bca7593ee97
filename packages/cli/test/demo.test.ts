import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, hasStackTrace, runCli } from "./support/cli.js";

let root: string;
let human: CliRun;
let machine: CliRun;
const dirA = () => join(root, "a");
const dirB = () => join(root, "b");
const DEMO = ["demo", "--seed", "7", "--date", "2026-03-10", "--size", "1500"];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "dn-cli-demo-"));
  [human, machine] = await Promise.all([
    runCli([...DEMO, "--out", dirA()]),
    runCli(["--json", ...DEMO, "--out", dirB()]),
  ]);
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const named = async (dir: string, pattern: RegExp) => (await readdir(dir)).filter((f) => pattern.test(f));

describe("digitale-nuts demo", () => {
  it("runs end to end and prints a summary with the 208 and the 409", () => {
    expect(human.stderr).not.toMatch(/^error:/m);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/sync\s+\d+× 201 accepted, 1× 208 duplicate, 1× 409 conflict/);
    expect(human.stdout).toMatch(/GIPOD\s+1500 occupancies synced over REST/);
    expect(human.stdout).toMatch(/kpi\s+NOK-ratio/);
    // Steps are reported on stderr, one plain line each (not a TTY here).
    expect(human.stderr).toMatch(/^✓ sync occupancies over REST .*\(\d+\.\d s\)$/m);
    expect(hasStackTrace(human.stderr)).toBe(false);
  });

  it("writes the dashboard, CSVs, JSON and PDFs with report file names", async () => {
    const files = await readdir(dirA());
    for (const type of [
      "inspection_export_flat",
      "dispatch_daily_summary",
      "district_weekly_summary",
      "kpi_snapshot",
    ]) {
      for (const ext of ["csv", "json"]) expect(files).toContain(`dn_${type}_antwerpen_20260310_1730.${ext}`);
    }
    expect(files).toContain("dn_dashboard_antwerpen_20260310_1730.html");
    expect(files).toEqual(expect.arrayContaining(["works.jsonl", "findings.jsonl"]));
    for (const f of files) expect(human.stdout).toContain(f);
    const csv = await readFile(join(dirA(), "dn_inspection_export_flat_antwerpen_20260310_1730.csv"), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split("\r\n")[0]).toContain(";");
    expect(csv.split("\r\n").filter(Boolean).length).toBeGreaterThan(10);
    const snapshot = JSON.parse(
      await readFile(join(dirA(), "dn_kpi_snapshot_antwerpen_20260310_1730.json"), "utf8"),
    );
    expect(snapshot).toMatchObject({ reportType: "kpi_snapshot", generatedAt: "2026-03-10T16:30:00Z" });
    expect(snapshot.rowCount).toBeGreaterThan(20);
  });

  it("writes a finding PDF and a day-list PDF", async () => {
    const pdfs = await named(dirA(), /\.pdf$/);
    expect(pdfs.some((f) => f.startsWith("dn_finding_report_"))).toBe(true);
    expect(pdfs.some((f) => /^dn_day_list_insp-\d\d_/.test(f))).toBe(true);
    for (const pdf of pdfs) {
      const bytes = await readFile(join(dirA(), pdf));
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(bytes.length).toBeGreaterThan(1000);
    }
  });

  it("writes a self-contained dashboard (no scripts, no outside resources)", async () => {
    const [name] = await named(dirA(), /\.html$/);
    const html = await readFile(join(dirA(), name as string), "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import/i);
  });

  it("is deterministic for a seed and a date: a second run writes the same bytes", async () => {
    const a = (await readdir(dirA())).sort();
    expect((await readdir(dirB())).sort()).toEqual(a);
    for (const f of a) {
      const [x, y] = await Promise.all([readFile(join(dirA(), f)), readFile(join(dirB(), f))]);
      expect(x.equals(y), f).toBe(true);
    }
  });

  it("--json prints one parseable summary", () => {
    expect(machine.code).toBe(0);
    const summary = JSON.parse(machine.stdout);
    expect(summary).toMatchObject({
      date: "2026-03-10",
      seed: 7,
      findings: { syncResponses: { "208": 1, "409": 1 }, conflictsKept: 1 },
    });
    expect(summary.findings.syncResponses["201"]).toBe(summary.findings.made);
    expect(summary.findings.withNok).toBeGreaterThan(0);
    expect(summary.findings.photos).toBe(2 * summary.findings.made);
    expect(summary.files.every((f: { path: string }) => existsSync(f.path))).toBe(true);
    expect(machine.stderr).toBe("");
  });
});

describe("the other commands on the demo's output", () => {
  const works = () => join(dirA(), "works.jsonl");
  const findings = () => join(dirA(), "findings.jsonl");

  it("plan: JSON on stdout; a Saturday moves to Monday and says so", async () => {
    const run = await runCli(["plan", "--works", works(), "--date", "2026-03-14"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/2026-03-14 is not a working day .* 2026-03-16/);
    const plan = JSON.parse(run.stdout);
    expect(plan.date).toBe("2026-03-16");
    expect(plan.plan.totals.plannedVisits).toBeGreaterThan(0);
    const visit = Object.values(
      plan.plan.assignments as Record<string, { explanation: unknown[] }[]>,
    ).flat()[0];
    expect(visit?.explanation.length).toBeGreaterThan(0);
    expect(plan.routes.length).toBeGreaterThan(0);
  });

  it("plan: CSV with ; and a PDF day list", async () => {
    const csv = join(root, "plan.csv");
    const [c, p] = await Promise.all([
      runCli(["plan", "--works", works(), "--date", "2026-03-10", "--format", "csv", "--out", csv]),
      runCli([
        "plan",
        "--works",
        works(),
        "--date",
        "2026-03-10",
        "--format",
        "pdf",
        "--inspector",
        "insp-01",
        "--out",
        join(root, "lists"),
      ]),
    ]);
    expect(c.code).toBe(0);
    const text = await readFile(csv, "utf8");
    expect(text.split("\r\n")[0]).toMatch(/^\uFEFFdate;inspectorId;/);
    expect(p.code).toBe(0);
    const [pdf] = await readdir(join(root, "lists"));
    expect(pdf).toMatch(/^dn_day_list_insp-01_\d{8}_\d{4}\.pdf$/);
  });

  it("kpi and report compose the same files the demo wrote", async () => {
    const [k, r] = await Promise.all([
      runCli(["--json", "kpi", "--works", works(), "--findings", findings(), "--group-by", "district"]),
      runCli(["report", "--works", works(), "--findings", findings(), "--out", join(root, "report")]),
    ]);
    expect(k.code).toBe(0);
    const kpis = JSON.parse(k.stdout);
    expect(kpis.period).toEqual({ start: "2026-02-11", end: "2026-03-10" });
    expect(Object.keys(kpis.results.nok_ratio_per_record).some((g) => g.startsWith("district="))).toBe(true);
    expect(r.code).toBe(0);
    const files = await readdir(join(root, "report"));
    expect(files.filter((f) => f.endsWith(".csv"))).toHaveLength(4);
    expect(files.some((f) => f.endsWith(".html"))).toBe(true);
    expect(files.filter((f) => f.endsWith(".pdf"))).toHaveLength(2);
  });

  it("findings validate and export; a finding missing its photos fails the gates (exit 1)", async () => {
    const lines = (await readFile(findings(), "utf8")).split("\n").filter(Boolean);
    const record = JSON.parse(lines[0] as string);
    record.vaststelling.fotobewijs = [];
    const broken = join(root, "broken-finding.json");
    await writeFile(broken, JSON.stringify(record));
    const [ok, bad, exported] = await Promise.all([
      runCli(["findings", "validate", findings()]),
      runCli(["--json", "findings", "validate", broken]),
      runCli(["findings", "export", findings()]),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/✓ .* \d+ finding\(s\) valid/);
    expect(bad.code).toBe(1);
    const result = JSON.parse(bad.stdout);
    expect(
      result.issues.some(
        (i: { source: string; path: string }) => i.source === "gate" && /foto/i.test(i.path),
      ),
    ).toBe(true);
    expect(exported.code).toBe(0);
    expect(exported.stdout.split("\r\n").filter(Boolean)).toHaveLength(lines.length + 1);
  });

  it("rejects a works file with an invalid record (exit 1, record named)", async () => {
    const bad = join(root, "bad-works.jsonl");
    await writeFile(
      bad,
      `${(await readFile(works(), "utf8")).split("\n")[0]}\n{"type":"Grondwerk","gipodId":-4}\n`,
    );
    const run = await runCli(["plan", "--works", bad, "--date", "2026-03-10"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: .*bad-works\.jsonl, record 2: not a valid OSLO entity/);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
