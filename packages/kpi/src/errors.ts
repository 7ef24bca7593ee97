import { DigitaleNutsError } from "@digitale-nuts/oslo";

/** Stable codes of {@link KpiError}. */
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

/** Every error this package throws: a {@link DigitaleNutsError} with a stable `code` that names what and where. */
export class KpiError extends DigitaleNutsError {
  constructor(
    override readonly code: KpiErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}
