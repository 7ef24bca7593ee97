import { getKpiDefinition, type RankedEntry, type SeriesPoint } from "@digitale-nuts/kpi";
import * as Plot from "@observablehq/plot";
import type { DispatchDailyRow } from "../datasets/dispatch-daily-summary.js";
import { chartFigure, dataTable, formatNumber } from "./html.js";
import { INK, STATUS_COLOURS } from "./palette.js";
import { renderPlot } from "./svg.js";

/** Axis labels of the catalogue's units. */
export const UNIT_LABEL: Readonly<Record<string, string>> = {
  procent: "%",
  score_0_100: "score (0–100)",
  fractie: "fractie",
  aantal: "aantal",
  werkdagen: "werkdagen",
  minuten: "minuten",
  per_100_werken: "per 100 werken",
  per_toezichter_per_week: "per toezichter per week",
};

const FONT = { fontSize: "12px", fontFamily: "system-ui, sans-serif", color: INK.text };

/** A KPI's series by ISO week: line, points, value labels and the catalogue's threshold lines. */
export function trendChart(kpiId: string, points: readonly SeriesPoint[]): string {
  const def = getKpiDefinition(kpiId);
  const label = def?.label.nl ?? kpiId;
  const caption = `Weektrend: ${label}`;
  const unit = def ? (UNIT_LABEL[def.unit] ?? def.unit) : null;
  const defined = points.filter((p) => p.value !== null);
  const thresholds = def?.thresholds
    ? [
        { y: def.thresholds.green, colour: STATUS_COLOURS.green.fg, name: "groengrens" },
        { y: def.thresholds.red, colour: STATUS_COLOURS.red.fg, name: "roodgrens" },
      ]
    : [];
  const svg =
    defined.length === 0
      ? null
      : renderPlot(
          `trend-${kpiId}`,
          caption,
          `Waarde per ISO-week van ${points[0]?.periode} tot ${points[points.length - 1]?.periode}; gestippelde lijnen zijn de drempels.`,
          {
            width: 460,
            height: 220,
            marginLeft: 48,
            marginBottom: 36,
            style: FONT,
            x: { type: "point", label: null, tickRotate: points.length > 8 ? -30 : 0 },
            y: { grid: true, label: unit, zero: true },
            marks: [
              ...thresholds.map((t) =>
                Plot.ruleY([t.y], { stroke: t.colour, strokeDasharray: "4 3", strokeWidth: 1.5 }),
              ),
              Plot.lineY(points, { x: "periode", y: "value", stroke: INK.primary, strokeWidth: 2.5 }),
              Plot.dot(defined, {
                x: "periode",
                y: "value",
                fill: INK.primary,
                r: 3.5,
                title: (p: SeriesPoint) => `${p.periode}: ${formatNumber(p.value)}`,
              }),
              Plot.text(defined, {
                x: "periode",
                y: "value",
                text: (p: SeriesPoint) => formatNumber(p.value),
                dy: -10,
                fill: INK.text,
              }),
            ],
          },
        );
  const table = dataTable(
    caption,
    ["Week", "Waarde", "Verschil", "Status"],
    points.map((p) => [p.periode, p.value, p.delta, STATUS_COLOURS[p.status].label]),
  );
  return chartFigure(`trend-${kpiId}`, caption, svg, table);
}

/** One partner's NOK rate with its 95% Wilson interval (percent). */
export interface PartnerRate {
  readonly id: string;
  readonly label: string;
  readonly n: number;
  readonly nok: number;
  readonly rate: number;
  readonly lower: number;
  readonly upper: number;
  readonly aboveOverall: boolean;
}

/** Reads kpi's Wilson ranking (`rankByWilson`, `nok_ratio_per_nutsbedrijf`) into chart rows. */
export function partnerRates(
  ranking: readonly RankedEntry[],
  labelOf: (id: string) => string,
): PartnerRate[] {
  return ranking.map((r) => ({
    id: r.id,
    label: labelOf(r.id),
    n: r.figures.n ?? 0,
    nok: r.figures.nok ?? 0,
    rate: r.figures.rate ?? 0,
    lower: r.figures.lower ?? 0,
    upper: r.figures.upper ?? 0,
    aboveOverall: r.aboveOverall ?? false,
  }));
}

/** NOK rate per utility: a bar for the 95% interval, a dot for the rate, a line for the overall rate. */
export function partnerChart(rates: readonly PartnerRate[], overallPct: number | null): string {
  const caption = "NOK-ratio per nutsbedrijf met 95%-betrouwbaarheidsinterval (Wilson)";
  const svg =
    rates.length === 0
      ? null
      : renderPlot(
          "partner-nok",
          caption,
          "Per nutsbedrijf: punt = aandeel vaststellingen met NOK, balk = 95%-interval; verticale lijn = gemiddelde over alle nutsbedrijven. Rangorde op ondergrens.",
          {
            width: 640,
            height: 60 + rates.length * 34,
            marginLeft: 110,
            marginRight: 120,
            style: FONT,
            x: {
              domain: [0, Math.max(10, ...rates.map((r) => r.upper))],
              grid: true,
              label: "NOK-ratio (%)",
            },
            y: { domain: rates.map((r) => r.label), label: null },
            marks: [
              Plot.barX(rates, {
                x1: "lower",
                x2: "upper",
                y: "label",
                fill: INK.muted,
                insetTop: 8,
                insetBottom: 8,
              }),
              ...(overallPct === null
                ? []
                : [Plot.ruleX([overallPct], { stroke: INK.text, strokeDasharray: "4 3", strokeWidth: 1.5 })]),
              Plot.dot(rates, {
                x: "rate",
                y: "label",
                r: 5,
                fill: (r: PartnerRate) => (r.aboveOverall ? INK.nok : INK.primary),
                symbol: (r: PartnerRate) => (r.aboveOverall ? "diamond" : "circle"),
                title: (r: PartnerRate) =>
                  `${r.label}: ${formatNumber(r.rate)}% (${formatNumber(r.lower)}–${formatNumber(r.upper)}), n=${r.n}`,
              }),
              Plot.text(rates, {
                x: "upper",
                y: "label",
                text: (r: PartnerRate) => `${formatNumber(r.rate)}% (n=${r.n})`,
                dx: 6,
                textAnchor: "start",
                fill: INK.text,
              }),
            ],
          },
        );
  const table = dataTable(
    caption,
    [
      "Nutsbedrijf",
      "Vaststellingen",
      "Met NOK",
      "NOK-ratio %",
      "Ondergrens %",
      "Bovengrens %",
      "Boven gemiddelde",
    ],
    rates.map((r) => [r.label, r.n, r.nok, r.rate, r.lower, r.upper, r.aboveOverall ? "ja" : "nee"]),
  );
  return chartFigure("partner-nok", caption, svg, table);
}

/** Workload per inspector on the plan day: planned load against the soft and hard limits. */
export function workloadChart(rows: readonly DispatchDailyRow[]): string {
  const date = rows[0]?.date ?? "";
  const caption = `Werklast per toezichter op ${date}`;
  const limits = rows.filter((r) => r.softLimit !== null);
  const svg =
    rows.length === 0
      ? null
      : renderPlot(
          "workload",
          caption,
          "Gewogen geplande last per toezichter (lichte balk), gedaan deel donkerblauw; label = gedane/geplande bezoeken en bezetting van de zachte limiet; oranje streep = zachte limiet, rode streep = harde limiet.",
          {
            width: 640,
            height: 260,
            marginLeft: 44,
            marginTop: 28,
            style: FONT,
            x: { domain: rows.map((r) => r.inspectorId), label: null, padding: 0.25 },
            y: {
              grid: true,
              label: "gewogen last",
              domain: [
                0,
                Math.ceil(Math.max(...rows.map((r) => Math.max(r.plannedLoad, r.hardLimit ?? 0)))) + 1.5,
              ],
            },
            marks: [
              Plot.barY(rows, {
                x: "inspectorId",
                y: "plannedLoad",
                fill: INK.muted,
                title: (r: DispatchDailyRow) =>
                  `${r.inspectorId}: last ${formatNumber(r.plannedLoad)}, ${r.plannedVisits} bezoeken (${r.mandatoryVisits} verplicht), ${r.doneVisits} gedaan`,
              }),
              Plot.barY(rows, {
                x: "inspectorId",
                y: (r: DispatchDailyRow) =>
                  r.plannedVisits === 0 ? 0 : (r.plannedLoad * r.doneVisits) / r.plannedVisits,
                fill: INK.primary,
              }),
              Plot.tickY(limits, { x: "inspectorId", y: "softLimit", stroke: "#b86200", strokeWidth: 2.5 }),
              Plot.tickY(limits, {
                x: "inspectorId",
                y: "hardLimit",
                stroke: STATUS_COLOURS.red.fg,
                strokeWidth: 2.5,
              }),
              Plot.text(rows, {
                x: "inspectorId",
                y: "plannedLoad",
                text: (r: DispatchDailyRow) =>
                  `${r.doneVisits}/${r.plannedVisits}${r.capacityUsePct === null ? "" : ` · ${r.capacityUsePct}%`}`,
                dy: -8,
                fill: INK.text,
              }),
            ],
          },
        );
  const table = dataTable(
    caption,
    ["Toezichter", "Bezoeken", "Verplicht", "Gedaan", "Last", "Zachte limiet", "Harde limiet", "Bezetting %"],
    rows.map((r) => [
      r.inspectorId,
      r.plannedVisits,
      r.mandatoryVisits,
      r.doneVisits,
      r.plannedLoad,
      r.softLimit,
      r.hardLimit,
      r.capacityUsePct,
    ]),
  );
  const legend = `<p class="legend">lichte balk = geplande gewogen last, donkerblauw = gedaan deel; <span style="color:#b86200">oranje streep</span> = zachte limiet, <span style="color:${STATUS_COLOURS.red.fg}">rode streep</span> = harde limiet; label = gedaan/gepland · bezetting</p>`;
  return chartFigure("workload", caption, svg === null ? null : `${legend}${svg}`, table);
}

/** A count per category (findings by status). */
export interface CategoryCount {
  readonly code: string;
  readonly label: string;
  readonly count: number;
}

/** Findings by follow-up status, as horizontal bars with their counts. */
export function statusChart(counts: readonly CategoryCount[]): string {
  const caption = "Vaststellingen per opvolgingsstatus";
  const total = counts.reduce((s, c) => s + c.count, 0);
  const svg =
    total === 0
      ? null
      : renderPlot("findings-status", caption, `Aantal vaststellingen per status, ${total} in totaal.`, {
          width: 460,
          height: 50 + counts.length * 34,
          marginLeft: 120,
          marginRight: 40,
          style: FONT,
          x: { grid: true, label: "aantal", zero: true },
          y: { domain: counts.map((c) => c.label), label: null },
          marks: [
            Plot.barX(counts, { x: "count", y: "label", fill: INK.primary, insetTop: 6, insetBottom: 6 }),
            Plot.text(counts, {
              x: "count",
              y: "label",
              text: (c: CategoryCount) => String(c.count),
              dx: 6,
              textAnchor: "start",
              fill: INK.text,
            }),
          ],
        });
  const table = dataTable(
    caption,
    ["Status", "Aantal"],
    counts.map((c) => [c.label, c.count]),
  );
  return chartFigure("findings-status", caption, svg, table);
}
