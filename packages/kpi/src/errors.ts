import { DigitaleNutsError } from "@digitale-nuts/oslo";

/**
 * Stable codes of {@link KpiError}.
 * @example
 * const code: KpiErrorCode = "KPI_PERIOD_INVALID";
 */
export type KpiErrorCode =
  | "KPI_UNKNOWN"
  | "KPI_NOT_STREAMABLE"
  | "KPI_DIMENSION_UNKNOWN"
  | "KPI_DIMENSION_UNSUPPORTED"
  | "KPI_PERIOD_INVALID"
  | "KPI_INPUT_INVALID"
  | "KPI_PARTIAL_MISMATCH"
  | "KPI_OPTION_INVALID"
  | "KPI_BASELINE_MISMATCH";

/**
 * Every error this package throws: a {@link DigitaleNutsError} with a stable `code` that names what and where.
 * @example
 * try {
 *   computeKpis({ inputs: [], period: { start: "2026-03-15", end: "2026-03-09" } });
 * } catch (err) {
 *   if (err instanceof KpiError) err.code; // "KPI_PERIOD_INVALID"
 * }
 */
export class KpiError extends DigitaleNutsError {
  constructor(
    override readonly code: KpiErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}
