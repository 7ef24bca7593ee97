import { DigitaleNutsError } from "@digitale-nuts/oslo";

/** Base of every error this package throws; `code` is stable and machine-readable. */
export class FindingsError extends DigitaleNutsError {}

/** The immutable context of a finding no longer matches the fingerprint taken at creation. */
export class ContextTamperedError extends FindingsError {
  constructor(
    readonly vaststellingId: string,
    readonly expected: string | undefined,
    readonly actual: string,
  ) {
    super(
      "CONTEXT_FINGERPRINT_MISMATCH",
      `Vaststelling ${vaststellingId}: the immutable context changed after creation (fingerprint ${expected ?? "(none)"} ≠ ${actual}). Correct a finding by withdrawing it and creating a new one.`,
    );
  }
}

/** The record's state no longer matches the last audit entry: it was edited outside the transition functions. */
export class StateTamperedError extends FindingsError {
  constructor(readonly vaststellingId: string) {
    super(
      "STATE_HASH_MISMATCH",
      `Vaststelling ${vaststellingId}: the record differs from its last audit entry (afterHash). Change records only through the transition functions.`,
    );
  }
}

/** A transition is not allowed from the record's current state. */
export class IllegalTransitionError extends FindingsError {
  constructor(
    readonly vaststellingId: string,
    readonly from: string,
    readonly action: string,
    reason: string,
  ) {
    super(
      "ILLEGAL_TRANSITION",
      `Vaststelling ${vaststellingId}: cannot ${action} from state "${from}": ${reason}`,
    );
  }
}

/** A transition's input is missing or malformed (a reason, a note, a decision). */
export class TransitionInputError extends FindingsError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super("TRANSITION_INPUT_INVALID", `${field}: ${message}`);
  }
}

/** Photo evidence was rejected: too large, wrong media type, empty, or inline. */
export class EvidenceError extends FindingsError {}

/** A checklist CSV or checklist definition could not be read. */
export class ChecklistImportError extends FindingsError {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super("CHECKLIST_IMPORT_FAILED", `Checklist line ${line}: ${message}`);
  }
}

/** The storage adapter failed; the message names the operation, never connection secrets. */
export class FindingsStoreError extends FindingsError {}

/** A finding failed validation where a valid one is required (marking it valid). */
export class FindingValidationError extends FindingsError {
  constructor(
    readonly vaststellingId: string,
    readonly issues: readonly { code: string; fieldKey: string; path: string; message: string }[],
  ) {
    const shown = issues.slice(0, 5).map((i) => `  - ${i.fieldKey} (${i.code}): ${i.message}`);
    super(
      "FINDING_INVALID",
      [
        `Vaststelling ${vaststellingId} is not valid: ${issues.length} issue(s)`,
        ...shown,
        ...(issues.length > 5 ? [`  … and ${issues.length - 5} more`] : []),
      ].join("\n"),
    );
  }
}
