import { BASELINE_KPIS } from "./baseline.js";
import { DN_DASHBOARD_KPIS, DN_FORMAL_KPIS, DN_TREND_KPIS } from "./dn.js";
import { PARTNER_KPIS, PROGRAMME_KPIS } from "./programme.js";
import { DN_REPORT_KPIS } from "./report.js";
import type { KpiDefinition } from "./types.js";

/**
 * Version of the catalogue as a whole; results carry it so figures from different versions are not mixed.
 * @example
 * KPI_CATALOGUE_VERSION; // "1.0.0", also carried by every KpiResult as catalogueVersion
 */
export const KPI_CATALOGUE_VERSION = "1.0.0";

/**
 * Every KPI definition, in catalogue order. Data, not code: also exported as JSON by {@link kpiCatalogueJson}.
 * @example
 * KPI_CATALOGUE.filter((d) => d.family === "dn-formeel").map((d) => d.label.nl);
 */
export const KPI_CATALOGUE: readonly KpiDefinition[] = [
  ...DN_FORMAL_KPIS,
  ...DN_DASHBOARD_KPIS,
  ...DN_TREND_KPIS,
  ...DN_REPORT_KPIS,
  ...BASELINE_KPIS,
  ...PROGRAMME_KPIS,
  ...PARTNER_KPIS,
];

const byId = new Map(KPI_CATALOGUE.map((d) => [d.id, d]));

/**
 * The definition of a KPI, or `undefined` for an unknown id.
 * @example
 * getKpiDefinition("nok_ratio_per_record")?.unit; // "procent"
 * getKpiDefinition("no-such-kpi"); // undefined
 */
export function getKpiDefinition(id: string): KpiDefinition | undefined {
  return byId.get(id);
}

/**
 * The catalogue as JSON, for the docs site and other languages:
 * `{ catalogueVersion, kpis: KpiDefinition[] }`, 2-space indented, stable order.
 * @example
 * const { kpis } = JSON.parse(kpiCatalogueJson());
 */
export function kpiCatalogueJson(): string {
  return `${JSON.stringify({ catalogueVersion: KPI_CATALOGUE_VERSION, kpis: KPI_CATALOGUE }, null, 2)}\n`;
}
