/**
 * Base of every error the SDK throws. `code` is stable and machine-readable; the message says
 * what went wrong, where, and what to do. Secrets never appear in either.
 * @example
 * try {
 *   parseWkt("POINT (152000");
 * } catch (error) {
 *   if (DigitaleNutsError.is(error)) console.error(error.code, error.message); // "WKT_INVALID" …
 * }
 */
export class DigitaleNutsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }

  /** Works across realms and duplicate package copies, where `instanceof` does not. */
  static is(value: unknown): value is DigitaleNutsError {
    return (
      value instanceof DigitaleNutsError ||
      (value instanceof Error &&
        typeof (value as { code?: unknown }).code === "string" &&
        value.name.endsWith("Error"))
    );
  }
}

/**
 * One problem found in a payload.
 * @example
 * const issue: ValidationIssue = { path: "geplandeDatum", message: "Invalid ISO date", received: 'string "2026-13-01"' };
 */
export interface ValidationIssue {
  /** Where, as a dotted path from the root (`periode.begin`, `zone[0].geometrie`); `(root)` for the whole value. */
  readonly path: string;
  /** What is wrong, for a developer who sent the payload. */
  readonly message: string;
  /** A short description of the value that was received there. */
  readonly received: string;
}

/**
 * A payload did not match an OSLO model. Lists every issue, not just the first.
 * @example
 * try {
 *   parseVaststelling({ type: "Vaststelling" });
 * } catch (error) {
 *   if (error instanceof OsloValidationError) console.error(error.code, error.model, error.issues[0]?.path); // "OSLO_VALIDATION_FAILED" "Vaststelling" "vaststellingId"
 * }
 */
export class OsloValidationError extends DigitaleNutsError {
  constructor(
    readonly model: string,
    readonly issues: readonly ValidationIssue[],
  ) {
    const shown = issues.slice(0, 5).map((i) => `  - ${i.path}: ${i.message} (received ${i.received})`);
    const more = issues.length > 5 ? [`  … and ${issues.length - 5} more`] : [];
    super(
      "OSLO_VALIDATION_FAILED",
      [`Invalid ${model}: ${issues.length} issue${issues.length === 1 ? "" : "s"}`, ...shown, ...more].join(
        "\n",
      ),
    );
  }
}
