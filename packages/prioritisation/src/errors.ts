import { DigitaleNutsError } from "@digitale-nuts/oslo";

/**
 * Stable codes of {@link PrioritisationError}.
 * @example
 * const code: PrioritisationErrorCode = "PRIORITISATION_PROFILE_INVALID";
 */
export type PrioritisationErrorCode =
  | "PRIORITISATION_PROFILE_INVALID"
  | "PRIORITISATION_DATE_INVALID"
  | "PRIORITISATION_INPUT_INVALID";

/**
 * Bad input to the prioritisation engine: the message names the field and what to do.
 * @example
 * try {
 *   toDayNumber("10/03/2026");
 * } catch (err) {
 *   if (err instanceof PrioritisationError) err.code; // "PRIORITISATION_DATE_INVALID"
 * }
 */
export class PrioritisationError extends DigitaleNutsError {
  constructor(
    override readonly code: PrioritisationErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}
