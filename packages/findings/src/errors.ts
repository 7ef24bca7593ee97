import { DigitaleNutsError } from "@digitale-nuts/oslo";

/**
 * Base of every error this package throws; `code` is stable and machine-readable.
 *
 * @example
 * try {
 *   canonicalJson({ score: Number.NaN });
 * } catch (e) {
 *   if (e instanceof FindingsError) console.log(e.code); // "CANONICAL_JSON_INVALID"
 * }
 */
export class FindingsError extends DigitaleNutsError {}

/**
 * The immutable context of a finding no longer matches the fingerprint taken at creation.
 *
 * @example
 * try {
 *   await assertContextUnchanged(record.vaststelling);
 * } catch (e) {
 *   if (e instanceof ContextTamperedError) console.log(e.code, e.expected, e.actual); // "CONTEXT_FINGERPRINT_MISMATCH"
 * }
 */
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

/**
 * The record's state no longer matches the last audit entry: it was edited outside the transition functions.
 *
 * @example
 * try {
 *   await updateFinding(editedByHand, { opmerking: "Voegen hersteld." }, { actor: "insp-07" });
 * } catch (e) {
 *   if (e instanceof StateTamperedError) console.log(e.code, e.vaststellingId); // "STATE_HASH_MISMATCH"
 * }
 */
export class StateTamperedError extends FindingsError {
  constructor(readonly vaststellingId: string) {
    super(
      "STATE_HASH_MISMATCH",
      `Vaststelling ${vaststellingId}: the record differs from its last audit entry (afterHash). Change records only through the transition functions.`,
    );
  }
}

/**
 * A transition is not allowed from the record's current state.
 *
 * @example
 * try {
 *   await queueFinding(draft, { actor: "insp-07" }); // only a valid finding can be queued
 * } catch (e) {
 *   if (e instanceof IllegalTransitionError) console.log(e.code, e.from, e.action); // "ILLEGAL_TRANSITION" "draft" "queue"
 * }
 */
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

/**
 * A transition's input is missing or malformed (a reason, a note, a decision).
 *
 * @example
 * try {
 *   await setHandoverDecision(record, { beslissing: "BLOCK" }, { actor: "insp-07" }); // BLOCK needs a notitie
 * } catch (e) {
 *   if (e instanceof TransitionInputError) console.log(e.code, e.field); // "TRANSITION_INPUT_INVALID" "overdrachtsnotitie"
 * }
 */
export class TransitionInputError extends FindingsError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super("TRANSITION_INPUT_INVALID", `${field}: ${message}`);
  }
}

/**
 * Photo evidence was rejected: too large, wrong media type, empty, or inline.
 *
 * @example
 * try {
 *   await createEvidence(new Uint8Array(0), input);
 * } catch (e) {
 *   if (e instanceof EvidenceError) console.log(e.code); // "EVIDENCE_EMPTY" (also EVIDENCE_TOO_LARGE, EVIDENCE_MEDIA_TYPE, …)
 * }
 */
export class EvidenceError extends FindingsError {}

/**
 * A checklist CSV or checklist definition could not be read.
 *
 * @example
 * try {
 *   importChecklistCsv(";Sleuf correct gedicht;OK"); // a field before any section title
 * } catch (e) {
 *   if (e instanceof ChecklistImportError) console.log(e.code, e.line); // "CHECKLIST_IMPORT_FAILED" 1
 * }
 */
export class ChecklistImportError extends FindingsError {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super("CHECKLIST_IMPORT_FAILED", `Checklist line ${line}: ${message}`);
  }
}

/**
 * The storage adapter failed; the message names the operation, never connection secrets.
 *
 * @example
 * try {
 *   await store.getFinding(inspectionId);
 * } catch (e) {
 *   if (e instanceof FindingsStoreError) console.log(e.code, e.message); // "STORE_FAILED"
 * }
 */
export class FindingsStoreError extends FindingsError {}

/**
 * A finding failed validation where a valid one is required (marking it valid).
 *
 * @example
 * try {
 *   await markValid(draft, { actor: "insp-07" });
 * } catch (e) {
 *   if (e instanceof FindingValidationError) console.log(e.code, e.issues.length); // "FINDING_INVALID"
 * }
 */
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
