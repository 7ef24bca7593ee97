import { getKpiDefinition, type KpiResult, type KpiResults, type SeriesPoint } from "@digitale-nuts/kpi";
import { Nutsbedrijven } from "@digitale-nuts/oslo";
import type { DayPlan } from "@digitale-nuts/prioritisation";
import type { DispatchDailyRow } from "../datasets/dispatch-daily-summary.js";
import type { FindingLike } from "../datasets/finding-input.js";
import type { ReportDataset } from "../metadata.js";
import { partnerChart, partnerRates, statusChart, trendChart, workloadChart } from "./charts.js";
import { countByStatus, openNokPoints, visitPoints } from "./findings-view.js";
import { esc, formatNumber } from "./html.js";
import { type BoundingBox, mapChart } from "./map-chart.js";
import { STATUS_COLOURS } from "./palette.js";
import { DASHBOARD_CSS } from "./styles.js";

/**
 * Everything the dashboard shows; each part comes straight from the package that computes it.
 * @example
 * const input: DashboardInput = {
 *   title: "Toezicht nutswerken", subtitle: "Antwerpen, week 11", generatedAt: "2026-03-16T07:00:00Z",
 *   kpis: computeKpis({ inputs, period: { start: "2026-03-09", end: "2026-03-15" } }), cards: ["nok_ratio_per_record", "open_nok_items"],
 * };
 * writeFileSync("dashboard.html", renderDashboard(input));
 */
export interface DashboardInput {
  readonly title?: string;
  /** E.g. the city and the period, under the title. */
  readonly subtitle?: string;
  readonly generatedAt: string;
  /** kpi `computeKpis` results (ungrouped `*` results feed the cards and the partner chart). */
  readonly kpis: KpiResults;
  /** KPI ids shown as cards; default a standard selection of those present. */
  readonly cards?: readonly string[];
  /** kpi `kpiSeries(...).series` by week: one line chart per KPI. */
  readonly trends?: Readonly<Record<string, readonly SeriesPoint[]>>;
  /** The partner KPI whose Wilson ranking is drawn; default `nok_ratio_per_nutsbedrijf`. */
  readonly partnerKpiId?: string;
  /** `dispatch_daily_summary`: the workload chart shows the plan's day (else the latest day). */
  readonly dispatch?: ReportDataset<DispatchDailyRow>;
  /** Today's plan (prioritisation `planDay`): its visits go on the map. */
  readonly plan?: DayPlan;
  /** Findings: counted by status; open NOKs go on the map. */
  readonly findings?: readonly FindingLike[];
  /** Map extent; default the points' box. */
  readonly bbox?: BoundingBox;
}

const DEFAULT_CARDS = [
  "pitch-dossiers-scope",
  "pitch-inspections-week",
  "pitch-checklist-score",
  "pitch-handover-complete",
  "pitch-context-quality",
  "nok_ratio_per_record",
  "open_nok_items",
  "failed_sync_ratio",
  "gemiddelde_doorlooptijd_status_open_tot_closed",
  "herbezoek_ratio",
];

const UNIT_TEXT: Record<string, string> = {
  procent: "%",
  score_0_100: "/100",
  fractie: "",
  aantal: "",
  werkdagen: "werkdagen",
  minuten: "min",
  per_100_werken: "per 100 werken",
  per_toezichter_per_week: "per toezichter/week",
};

function card(result: KpiResult): string {
  const def = getKpiDefinition(result.kpiId);
  const colours = STATUS_COLOURS[result.status];
  const t = def?.thresholds;
  const cmp = def?.direction === "lower_is_better" ? ["≤", ">"] : ["≥", "<"];
  const thresholds = t
    ? `<p class="thresholds">groen ${cmp[0]} ${formatNumber(t.green)}, rood ${cmp[1]} ${formatNumber(t.red)}</p>`
    : "";
  return `<li class="card" data-kpi="${esc(result.kpiId)}" data-status="${result.status}" style="border-left-color:${colours.fg}">
<h3>${esc(def?.label.nl ?? result.kpiId)}</h3>
<p class="value">${formatNumber(result.value)}<span class="unit">${esc(UNIT_TEXT[result.unit] ?? result.unit)}</span></p>
<span class="status" style="color:${colours.fg};background:${colours.bg}">${colours.label}</span>${thresholds}</li>`;
}

function utilityLabel(id: string): string {
  const c = Nutsbedrijven.lookup(id);
  return c.unknown ? id : c.prefLabel.nl;
}

/**
 * Renders the dashboard as ONE self-contained HTML file: inline CSS, static SVG charts (Observable
 * Plot, rendered server-side), no script, no network. KPI cards coloured by the catalogue's
 * thresholds, week trends, NOK rate per utility with Wilson intervals, workload per inspector,
 * findings by status and a map of today's visits and open NOKs. Every chart is a `<figure>` with
 * a caption, an SVG with `role="img"`, `<title>` and `<desc>`, and its data as a table.
 * @example
 * const html = renderDashboard({
 *   generatedAt, kpis: computeKpis({ inputs, period }),
 *   trends: kpiSeries({ kpis: ["wow-score"], inputs, interval: "week", period }).series,
 *   dispatch: buildDispatchDailySummary({ plans: [plan], findings, profile }), plan, findings,
 * });
 * writeFileSync("dashboard.html", html);
 */
export function renderDashboard(input: DashboardInput): string {
  const overall = (id: string) => input.kpis.results[id]?.["*"];
  const cardIds = input.cards ?? DEFAULT_CARDS.filter((id) => overall(id) !== undefined);
  const cards = cardIds.flatMap((id) => {
    const r = overall(id);
    return r ? [card(r)] : [];
  });

  const trends = Object.entries(input.trends ?? {}).map(([id, points]) => trendChart(id, points));

  const partnerId = input.partnerKpiId ?? "nok_ratio_per_nutsbedrijf";
  const partner = overall(partnerId);
  const rates = partnerRates(partner?.ranking ?? [], utilityLabel);
  const overallPct =
    partner?.numerator !== undefined && partner.denominator
      ? (100 * partner.numerator) / partner.denominator
      : null;

  const rows = input.dispatch?.rows ?? [];
  const day =
    input.plan?.date ??
    rows
      .map((r) => r.date)
      .sort()
      .at(-1) ??
    "";
  const workloadRows = rows.filter((r) => r.date === day && r.available);

  const findings = input.findings ?? [];
  const points = [...(input.plan ? visitPoints(input.plan) : []), ...openNokPoints(findings)];

  const period = `${input.kpis.period.start} t/m ${input.kpis.period.end}`;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="@digitale-nuts/report">
<title>${esc(input.title ?? "Digitale Nuts — dashboard")}</title>
<style>${DASHBOARD_CSS}</style>
</head>
<body>
<header class="top">
<h1>${esc(input.title ?? "Digitale Nuts — dashboard")}</h1>
<p>${esc(input.subtitle ?? `Periode ${period}`)} · KPI-catalogus ${esc(input.kpis.catalogueVersion)}</p>
</header>
<main>
<section aria-labelledby="h-kpi">
<h2 id="h-kpi">Kerncijfers</h2>
${cards.length ? `<ul class="cards">${cards.join("\n")}</ul>` : `<p class="empty">Geen KPI-resultaten.</p>`}
<p class="note">Kleur volgens de drempels van de KPI-catalogus (groen, oranje, rood); v1 indicatief, geen beleidsrapportering.</p>
</section>
${trends.length ? `<section aria-labelledby="h-trend"><h2 id="h-trend">Weektrends</h2><div class="grid">${trends.join("\n")}</div></section>` : ""}
<section aria-labelledby="h-ops">
<h2 id="h-ops">Partners, werklast en opvolging</h2>
<div class="grid">
${partnerChart(rates, overallPct)}
${statusChart(countByStatus(findings))}
</div>
<div class="grid" style="margin-top:16px">
${workloadChart(workloadRows)}
${mapChart(points, input.bbox)}
</div>
</section>
</main>
<footer>Gegenereerd op ${esc(input.generatedAt)} · toezichters enkel met pseudoniem · ${esc(period)}</footer>
</body>
</html>
`;
}
