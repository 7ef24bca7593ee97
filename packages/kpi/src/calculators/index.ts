import { BASELINE_CALCULATORS } from "./baseline.js";
import { DN_CALCULATORS } from "./dn.js";
import { PROGRAMME_CALCULATORS } from "./programme.js";
import { REPORT_CALCULATORS } from "./report.js";
import type { KpiCalculator } from "./types.js";

/**
 * Every calculator, by KPI id.
 * @example
 * const calc = CALCULATORS.get("nok_ratio_per_record");
 * const empty = calc?.init(); // an empty, mergeable JSON state
 */
export const CALCULATORS: ReadonlyMap<string, KpiCalculator<unknown>> = new Map(
  [...DN_CALCULATORS, ...REPORT_CALCULATORS, ...BASELINE_CALCULATORS, ...PROGRAMME_CALCULATORS].map(
    (c) => [c.id, c as unknown as KpiCalculator<unknown>] as const,
  ),
);
