import { DigitaleNutsError } from "@digitale-nuts/oslo";

/**
 * Stable codes of {@link ReportError}.
 * @example
 * const code: ReportErrorCode = "REPORT_SINCE_INVALID";
 */
export type ReportErrorCode =
  | "REPORT_INPUT_INVALID"
  | "REPORT_SINCE_INVALID"
  | "REPORT_PRIVACY_VIOLATION"
  | "REPORT_FILENAME_INVALID"
  | "REPORT_PDF_FAILED";

/**
 * A report could not be built: the message names the field or value at fault and what to do.
 * @example
 * try {
 *   buildDispatchDailySummary({ plans }, { generatedAt: "yesterday" });
 * } catch (error) {
 *   if (error instanceof ReportError) console.error(error.code, error.message); // "REPORT_INPUT_INVALID" "options.generatedAt must be …"
 * }
 */
export class ReportError extends DigitaleNutsError {
  declare readonly code: ReportErrorCode;

  constructor(code: ReportErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = "ReportError";
  }
}
