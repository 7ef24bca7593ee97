import { type KpiDefinition, kpiCatalogueJson } from "@digitale-nuts/kpi";
import { cell, code, generatedNotice, table } from "./markdown.js";
import { writeDocsFile } from "./output.js";

const DIRECTION: Record<string, string> = {
  higher_is_better: "↑ higher is better",
  lower_is_better: "↓ lower is better",
  neutral: "neutral",
};

function thresholds(d: KpiDefinition): string {
  if (!d.thresholds) return "—";
  const { green, red, source } = d.thresholds;
  const [g, r] = d.direction === "lower_is_better" ? ["≤", ">"] : ["≥", "<"];
  return `green ${g} ${green}, red ${r} ${red} (${cell(source)})`;
}

function detail(d: KpiDefinition): string {
  const rows: string[][] = [
    ["Label", `${cell(d.label.nl)} — ${cell(d.label.en)}`],
    ["Definition (nl)", cell(d.definition.nl)],
    ["Definition (en)", cell(d.definition.en)],
    ["Formula", code(d.formula)],
    ["Version", String(d.version)],
    ["Family", code(d.family)],
    ["Unit", `${code(d.unit)}, ${d.decimals} decimals`],
    ["Direction", DIRECTION[d.direction] ?? d.direction],
    ["Thresholds", thresholds(d)],
    ["Inputs", d.requiredInputs.map(code).join(", ")],
    ["Window", d.window === "period" ? "inputs dated in the period" : "every input up to the period's end"],
    ["Works", d.worksScope === "all" ? "every work passed" : "works overlapping the period"],
    ["Dimensions", d.dimensions.map(code).join(", ") || "—"],
    ["Parameters", d.parameters.map(code).join(", ") || "—"],
    ["Limitations", d.limitations.map(cell).join("<br>") || "—"],
    ["Source", cell(d.source)],
  ];
  if (!d.streamable) rows.push(["Composite", `computed from ${(d.composedOf ?? []).map(code).join(", ")}`]);
  return `### ${code(d.id)} {#${d.id}}\n\n${table(["property", "value"], rows)}\n`;
}

/** Writes the KPI catalogue page (from `kpiCatalogueJson()`, the published JSON) and the JSON download. */
export function generateKpiCatalogue(): { version: string; count: number } {
  const jsonText = kpiCatalogueJson();
  const { catalogueVersion, kpis } = JSON.parse(jsonText) as {
    catalogueVersion: string;
    kpis: KpiDefinition[];
  };
  writeDocsFile("public/kpi/kpi-catalogue.json", jsonText);
  const families = [...new Set(kpis.map((k) => k.family))];
  const overview = families
    .map((family) => {
      const rows = kpis
        .filter((k) => k.family === family)
        .map((k) => [
          `[${code(k.id)}](#${k.id})`,
          String(k.version),
          cell(k.label.nl),
          cell(k.label.en),
          code(k.unit),
          DIRECTION[k.direction] ?? k.direction,
          thresholds(k),
          k.requiredInputs.map(code).join(", "),
          k.dimensions.map(code).join(", "),
          k.limitations.map(cell).join("<br>"),
        ]);
      return `### ${code(family)}\n\n${table(
        [
          "id",
          "v",
          "label (nl)",
          "label (en)",
          "unit",
          "direction",
          "thresholds",
          "inputs",
          "dimensions",
          "limitations",
        ],
        rows,
      )}\n`;
    })
    .join("\n");
  writeDocsFile(
    "contracts/kpi-catalogue.md",
    `---
title: KPI catalogue
pageClass: wide-page
aside: false
---

${generatedNotice("`kpiCatalogueJson()` in @digitale-nuts/kpi")}

# KPI catalogue

Catalogue version **${catalogueVersion}**, ${kpis.length} KPIs. Every result \`computeKpis\` returns carries the KPI's
\`version\` and the catalogue version, so figures computed under different definitions are never mixed.
Download: <a href="/kpi/kpi-catalogue.json" download>kpi-catalogue.json</a> (\`{ catalogueVersion, kpis }\`).
See [the KPI catalogue concept](/concepts/kpi-catalogue) for how to read it.

## Overview

${overview}
## Definitions

${kpis.map(detail).join("\n")}`,
  );
  return { version: catalogueVersion, count: kpis.length };
}
