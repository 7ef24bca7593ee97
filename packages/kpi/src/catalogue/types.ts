import type { KpiInputKind } from "../inputs.js";
import type { Dimension } from "../record-view.js";

/**
 * A text in Dutch and English.
 * @example
 * const label: Localised = { nl: "NOK-ratio (per vaststelling)", en: "NOK ratio (per finding)" };
 */
export interface Localised {
  readonly nl: string;
  readonly en: string;
}

/**
 * Where a KPI comes from.
 * @example
 * const family: KpiFamily = "dn-formeel";
 * const formal = KPI_CATALOGUE.filter((d) => d.family === family);
 */
export type KpiFamily =
  | "dn-formeel" // DN §2.1–2.2, the 8 formal KPIs
  | "dn-dashboard" // DN §2.3
  | "dn-trend" // DN §2.4
  | "dn-rapport" // DN §2.5, defined here for the first time where DN left them open
  | "nulmeting-60-dagen" // the 60-day plan baseline: completeness, sync quality, lead times
  | "programmadoel" // DN §2.8 headline targets
  | "partnerprestatie"; // per utility / contractor, with Wilson intervals

/**
 * The unit a KPI's value is in.
 * @example
 * const unit: KpiUnit | undefined = getKpiDefinition("nok_ratio_per_record")?.unit; // "procent"
 */
export type KpiUnit =
  | "aantal"
  | "procent"
  | "score_0_100"
  | "fractie"
  | "werkdagen"
  | "minuten"
  | "per_100_werken"
  | "per_toezichter_per_week";

/**
 * Whether more is better, less is better, or neither (a volume).
 * @example
 * const direction: KpiDirection = "lower_is_better";
 * toneOf({ direction }, -3); // "good"
 */
export type KpiDirection = "higher_is_better" | "lower_is_better" | "neutral";

/**
 * Traffic-light bounds on the (rounded) value. Higher-is-better: green when value ≥ `green`, red
 * when value < `red`, else orange. Lower-is-better: green when value ≤ `green`, red when
 * value > `red`, else orange. `source` says who set them (DN, a programme target, or an SDK proposal).
 * @example
 * const thresholds: KpiThresholds = { green: 25, red: 50, source: "green: programme target (DN §2.8); red: SDK proposal" };
 */
export interface KpiThresholds {
  readonly green: number;
  readonly red: number;
  readonly source: string;
}

/**
 * One KPI of the catalogue: everything needed to compute, show and compare it.
 * @example
 * const def: KpiDefinition | undefined = getKpiDefinition("pitch-checklist-score");
 * console.log(def?.label.en, def?.formula, def?.unit, def?.thresholds);
 */
export interface KpiDefinition {
  /** Stable id; DN's key where DN has one. */
  readonly id: string;
  /** Bumped whenever the definition changes meaning; results carry it. */
  readonly version: number;
  readonly family: KpiFamily;
  readonly label: Localised;
  readonly definition: Localised;
  /** The computation in words and symbols. */
  readonly formula: string;
  readonly unit: KpiUnit;
  /** Decimals the value is rounded to (DN rounds percentages to whole numbers). */
  readonly decimals: number;
  readonly direction: KpiDirection;
  readonly thresholds: KpiThresholds | null;
  /** Input kinds the KPI reads. */
  readonly requiredInputs: readonly KpiInputKind[];
  /**
   * Which dated inputs count: those whose day lies in the period, or every one up to the period's
   * end (for stocks such as open items).
   */
  readonly window: "period" | "up_to_end";
  /** Which works count: every work passed (DN's filter context), or those overlapping the period. */
  readonly worksScope: "all" | "overlap";
  /** Dimensions results can be grouped by; others requested are ignored and reported. */
  readonly dimensions: readonly Dimension[];
  readonly limitations: readonly string[];
  /** Where the definition comes from (DN section and key, seed, programme text). */
  readonly source: string;
  /** False for composite KPIs computed by another function (named in `composedOf`). */
  readonly streamable: boolean;
  readonly composedOf?: readonly string[];
  /** Run options ({@link KpiOptions}) the KPI depends on. */
  readonly parameters: readonly string[];
}
