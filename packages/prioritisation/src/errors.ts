import { DigitaleNutsError } from "@digitale-nuts/oslo";

/** Stable codes of {@link PrioritisationError}. */
export type PrioritisationErrorCode =
  | "PRIORITISATION_PROFILE_INVALID"
  | "PRIORITISATION_DATE_INVALID"
  | "PRIORITISATION_INPUT_INVALID";

/** Bad input to the prioritisation engine: the message names the field and what to do. */
export class PrioritisationError extends DigitaleNutsError {
  constructor(
    override readonly code: PrioritisationErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}
