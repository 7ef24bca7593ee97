import type { Overdrachtsbeslissingen } from "@digitale-nuts/oslo";
import type { FindingRecord, UnableToCompleteReason } from "../record/finding-record.js";
import { scoreChecklist } from "./score.js";

/**
 * Why a NOK is high severity, as data.
 *
 * @example
 * const reason: SeverityReason = { factor: "priority", value: "rood_vlag" };
 */
export interface SeverityReason {
  readonly factor: "handover_blocked" | "critical_zone" | "priority";
  readonly value: string | boolean;
}

/**
 * Reporting outcome of a finding (after Street Manager: passed, failed high/low, unable to complete).
 *
 * @example
 * const outcome: FindingOutcome = classifyOutcome(record);
 * if (outcome.outcome === "NOK") console.log(outcome.severity, outcome.nokCount, outcome.reasons);
 */
export type FindingOutcome =
  | { readonly outcome: "OK" }
  | {
      readonly outcome: "NOK";
      readonly severity: "high" | "low";
      readonly nokCount: number;
      readonly reasons: readonly SeverityReason[];
    }
  | {
      readonly outcome: "UNABLE_TO_COMPLETE";
      readonly reason: UnableToCompleteReason;
      readonly toelichting?: string;
    };

/**
 * Classifies a finding for reporting. NOK is high severity when the hand-over was blocked, the
 * site is a critical zone, or the finding is flagged `hoog`/`rood_vlag`; otherwise low.
 *
 * @example
 * const { outcome } = classifyOutcome(record); // "OK", "NOK" or "UNABLE_TO_COMPLETE"
 */
export function classifyOutcome(record: FindingRecord): FindingOutcome {
  const unable = record.meta.unableToComplete;
  if (unable)
    return {
      outcome: "UNABLE_TO_COMPLETE",
      reason: unable.reden,
      ...(unable.toelichting ? { toelichting: unable.toelichting } : {}),
    };
  const { nokCount } = scoreChecklist(record);
  if (nokCount === 0) return { outcome: "OK" };
  const v = record.vaststelling;
  const reasons: SeverityReason[] = [];
  if (v.overdrachtsbeslissing === "BLOCK") reasons.push({ factor: "handover_blocked", value: "BLOCK" });
  if (v.kritiekeZone === true) reasons.push({ factor: "critical_zone", value: true });
  if (v.prioriteit === "hoog" || v.prioriteit === "rood_vlag")
    reasons.push({ factor: "priority", value: v.prioriteit });
  return { outcome: "NOK", severity: reasons.length ? "high" : "low", nokCount, reasons };
}

/**
 * A suggested hand-over decision with the reason behind it; the inspector decides.
 *
 * @example
 * const { decision, note }: HandoverSuggestion = suggestHandoverDecision(record); // decision "BLOCK" | "REQUEST_FIX" | "APPROVE"
 */
export interface HandoverSuggestion {
  readonly decision: (typeof Overdrachtsbeslissingen.codes)[number];
  readonly note: string;
  readonly outcome: FindingOutcome;
}

/**
 * Suggests BLOCK for a high-severity NOK, REQUEST_FIX for a low one or an incomplete inspection, APPROVE otherwise.
 *
 * @example
 * const suggestion = suggestHandoverDecision(record);
 * await setHandoverDecision(record, { beslissing: suggestion.decision, notitie: suggestion.note }, { actor: "insp-07" });
 */
export function suggestHandoverDecision(record: FindingRecord): HandoverSuggestion {
  const outcome = classifyOutcome(record);
  switch (outcome.outcome) {
    case "OK":
      return { decision: "APPROVE", note: "Geen tekortkomingen vastgesteld.", outcome };
    case "UNABLE_TO_COMPLETE":
      return {
        decision: "REQUEST_FIX",
        note: `Inspectie niet uitgevoerd (${outcome.reason}); nieuw bezoek nodig.`,
        outcome,
      };
    case "NOK":
      return outcome.severity === "high"
        ? {
            decision: "BLOCK",
            note: `${outcome.nokCount} tekortkoming(en), ernstig (${outcome.reasons.map((r) => r.factor).join(", ")}).`,
            outcome,
          }
        : { decision: "REQUEST_FIX", note: `${outcome.nokCount} tekortkoming(en) te herstellen.`, outcome };
  }
}
