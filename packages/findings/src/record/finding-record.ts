import type { Vaststelling } from "@digitale-nuts/oslo";
import type { AuditEntry } from "./audit-chain.js";

/**
 * Why an inspection could not be completed (Street Manager's `unable_to_complete_inspection`).
 *
 * @example
 * const choices = UNABLE_TO_COMPLETE_REASONS.map((reden) => ({ value: reden, label: reden }));
 */
export const UNABLE_TO_COMPLETE_REASONS = [
  "geen_toegang",
  "werf_niet_gevonden",
  "werf_niet_gestart",
  "onveilige_situatie",
  "andere",
] as const;
/**
 * One of {@link UNABLE_TO_COMPLETE_REASONS}.
 *
 * @example
 * const reden: UnableToCompleteReason = "geen_toegang";
 * await markUnableToComplete(record, { reden }, { actor: "insp-07" });
 */
export type UnableToCompleteReason = (typeof UNABLE_TO_COMPLETE_REASONS)[number];

/**
 * What a finding needs beyond the OSLO `Vaststelling` model. Kept here rather than in `oslo`
 * because it is lifecycle bookkeeping, not a published field.
 *
 * @example
 * const meta: FindingMeta = { unableToComplete: { reden: "werf_niet_gestart" } };
 */
export interface FindingMeta {
  /** Set when a closed finding was reopened (status afgesloten → open); makes `heropenReden` mandatory. */
  readonly reopenTriggeredAt?: string;
  /** The inspection could not be done; the outcome is then "unable to complete". */
  readonly unableToComplete?: { readonly reden: UnableToCompleteReason; readonly toelichting?: string };
  /** Free-text details of a withdrawal (the reason code is `vaststelling.intrekkingsreden`). */
  readonly intrekkingsToelichting?: string;
}

/**
 * A finding as this package handles it: the OSLO record, lifecycle metadata and its audit chain.
 * Change it only through the transition functions; each one verifies the context fingerprint
 * and the last audit entry before it returns a new record.
 *
 * @example
 * const { record } = await createFinding(context, { vaststellingId: randomUUID(), toezichter: "insp-07" }, { actor: "insp-07" });
 * const draft: FindingRecord = record; // draft.vaststelling.registratiestatus === "draft", draft.audit.length === 1
 */
export interface FindingRecord {
  readonly vaststelling: Vaststelling;
  readonly meta: FindingMeta;
  readonly audit: readonly AuditEntry[];
}

/**
 * The mutation version of a record: the number of transitions it went through (its audit length).
 *
 * @example
 * mutationVersionOf(record); // record.audit.length: 1 right after createFinding
 */
export function mutationVersionOf(record: Pick<FindingRecord, "audit">): number {
  return record.audit.length;
}
