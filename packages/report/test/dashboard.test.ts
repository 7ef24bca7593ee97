import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildDispatchDailySummary, renderDashboard } from "@digitale-nuts/report";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCity, kpisFor, profile } from "./support/fixtures.js";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "test-output");
const AT = "2026-03-10T17:30:00Z";
const CHARTS = [
  "trend-wow-score",
  "trend-nok_ratio_per_record",
  "partner-nok",
  "findings-status",
  "workload",
  "map",
];

let html: string;
let bare: () => Parameters<typeof renderDashboard>[0];
beforeAll(async () => {
  const city = await buildCity();
  const { kpis, series } = kpisFor(city.findings);
  const plan = city.plans.at(-1);
  if (!plan) throw new Error("fixture has no plan");
  bare = () => ({ generatedAt: AT, kpis, plan });
  html = renderDashboard({
    title: "Digitale Nuts — dashboard",
    subtitle: "Demostad · week 10–11 2026",
    generatedAt: AT,
    kpis,
    trends: series,
    dispatch: buildDispatchDailySummary(
      { plans: city.plans, findings: city.findings, profile },
      { generatedAt: AT },
    ),
    plan,
    findings: city.findings,
  });
});

describe("renderDashboard (static checks)", () => {
  it("is one self-contained file: no script, no external URL, no web font", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|@font-face|url\(/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
  });

  it("colours KPI cards by the catalogue's thresholds and names the status in words", () => {
    const card = /<li class="card" data-kpi="nok_ratio_per_record" data-status="(\w+)"[\s\S]*?<\/li>/.exec(
      html,
    );
    expect(card).not.toBeNull();
    const label = { green: "groen", orange: "oranje", red: "rood", none: "geen drempel" }[
      card?.[1] ?? "none"
    ];
    expect(card?.[0]).toContain(`>${label}<`);
  });

  it("gives every chart a figure, a caption, an SVG with role=img, title and desc, and a data table", () => {
    for (const id of CHARTS) {
      const figure =
        new RegExp(`<figure class="chart" id="chart-${id}"[\\s\\S]*?</figure>`).exec(html)?.[0] ?? "";
      expect(figure, id).toContain("<figcaption>");
      expect(figure, id).toMatch(/<svg[^>]*\srole="img"/);
      expect(figure, id).toMatch(/<svg[^>]*\saria-labelledby="[^"]+-title [^"]+-desc"/);
      expect(figure, id).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id=/);
      expect(figure, id).toContain("<table>");
    }
  });

  it("is printable", () => {
    expect(html).toContain("@media print");
  });

  it("puts no inspector on the map who is not a pseudonym, without echoing the name", () => {
    const input = bare();
    const plan = input.plan;
    if (!plan) throw new Error("no plan");
    const visits = Object.values(plan.assignments).find((v) => v.length > 0) ?? [];
    const named = { ...plan, assignments: { "Jan Janssens": visits } };
    expect(() => renderDashboard({ ...input, plan: named })).toThrow(
      expect.objectContaining({ code: "REPORT_PRIVACY_VIOLATION" }),
    );
    expect(() => renderDashboard({ ...input, plan: named })).not.toThrow(/Janssens/);
  });
});

describe("renderDashboard in headless Chromium", () => {
  const browserPromise = chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  afterAll(async () => (await browserPromise).close());

  it("renders every chart, logs no error and requests nothing from the network", async () => {
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, "dashboard.html");
    writeFileSync(file, html);
    const browser = await browserPromise;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const blocked: string[] = [];
    const failed: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("requestfailed", (r) => failed.push(r.url()));
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });

    const charts = await page.$$eval("figure.chart", (figures) =>
      figures.map((f) => {
        const svg = f.querySelector("svg");
        const box = svg?.getBoundingClientRect();
        return {
          id: f.getAttribute("data-chart"),
          caption: f.querySelector("figcaption")?.textContent ?? "",
          marks: svg ? svg.querySelectorAll("path, rect, circle, line, text").length : 0,
          width: box?.width ?? 0,
          height: box?.height ?? 0,
          title: svg?.querySelector("title")?.textContent ?? "",
        };
      }),
    );
    expect(charts.map((c) => c.id).sort()).toEqual([...CHARTS].sort());
    for (const c of charts) {
      expect(c.width, c.id ?? "").toBeGreaterThan(200);
      expect(c.height, c.id ?? "").toBeGreaterThan(100);
      expect(c.marks, c.id ?? "").toBeGreaterThan(5);
      expect(c.title, c.id ?? "").toBe(c.caption);
    }
    // The map has a symbol for each of today's visits and each open NOK.
    const mapSymbols = await page.$$eval("#chart-map svg g[aria-label='dot'] > *", (els) => els.length);
    expect(mapSymbols).toBeGreaterThan(10);
    const cards = await page.$$eval(".card", (els) => els.length);
    expect(cards).toBeGreaterThanOrEqual(6);

    await page.screenshot({ path: join(OUT, "dashboard.png"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    expect(
      await page.$eval(
        "details.data",
        (d) =>
          (globalThis as unknown as { getComputedStyle(e: unknown): { display: string } }).getComputedStyle(d)
            .display,
      ),
    ).toBe("none");
    await page.close();

    expect(problems).toEqual([]);
    expect(blocked).toEqual([]);
    expect(failed).toEqual([]);
  });
});
