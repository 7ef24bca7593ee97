import { hashCanonical } from "../hash.js";
import type { FindingRecord } from "./finding-record.js";

/**
 * What a transition did.
 *
 * @example
 * const edits: AuditAction[] = ["update", "set_status"];
 * const editCount = record.audit.filter((e) => edits.includes(e.action)).length;
 */
export type AuditAction =
  | "create"
  | "update"
  | "set_status"
  | "handover"
  | "add_evidence"
  | "unable_to_complete"
  | "mark_valid"
  | "queue"
  | "mark_synced"
  | "withdraw";

/**
 * One link of the append-only audit chain. `hash` covers every other field, and
 * `previousHash` is the hash of the entry before it, so any change, deletion or reordering
 * breaks the chain.
 *
 * @example
 * const last: AuditEntry | undefined = record.audit[record.audit.length - 1];
 * console.log(last?.seq, last?.actor, last?.action); // e.g. 3 "insp-07" "mark_valid"
 */
export interface AuditEntry {
  /** 1-based position in the chain. */
  readonly seq: number;
  readonly at: string;
  /** Pseudonymous id of who did it. */
  readonly actor: string;
  readonly action: AuditAction;
  /** State hash before the transition (`null` for `create`). */
  readonly beforeHash: string | null;
  /** State hash after the transition. */
  readonly afterHash: string;
  /** Hash of the previous entry (`null` for the first). */
  readonly previousHash: string | null;
  readonly hash: string;
}

/**
 * One problem found by {@link verifyAuditChain}.
 *
 * @example
 * const issues: AuditChainIssue[] = (await verifyAuditChain(record.audit, record)).issues;
 * for (const i of issues) console.log(i.index, i.code, i.message); // e.g. "state_hash_mismatch"
 */
export interface AuditChainIssue {
  readonly index: number;
  readonly code:
    | "entry_hash_mismatch"
    | "previous_hash_mismatch"
    | "sequence_mismatch"
    | "before_hash_mismatch"
    | "state_hash_mismatch"
    | "empty_chain";
  readonly message: string;
}

/**
 * The hash of a record's state: its `vaststelling` and `meta`, canonically serialised.
 *
 * @example
 * const untouched = (await stateHash(record)) === record.audit[record.audit.length - 1]?.afterHash; // true
 */
export function stateHash(record: Pick<FindingRecord, "vaststelling" | "meta">): Promise<string> {
  return hashCanonical({ vaststelling: record.vaststelling, meta: record.meta });
}

/** Builds the next entry of a chain. */
export async function appendAuditEntry(
  chain: readonly AuditEntry[],
  entry: { at: string; actor: string; action: AuditAction; beforeHash: string | null; afterHash: string },
): Promise<AuditEntry> {
  const previous = chain[chain.length - 1];
  const body = { ...entry, seq: chain.length + 1, previousHash: previous?.hash ?? null };
  return { ...body, hash: await hashCanonical(body) };
}

/**
 * Verifies an audit chain: every entry's own hash, the link to the previous entry, the sequence
 * and that each `beforeHash` equals the previous `afterHash`. Pass the record to also check that
 * the chain ends in the record's current state, which detects a truncated tail.
 *
 * @example
 * const { valid, issues } = await verifyAuditChain(record.audit, record);
 */
export async function verifyAuditChain(
  chain: readonly AuditEntry[],
  record?: Pick<FindingRecord, "vaststelling" | "meta">,
): Promise<{ valid: boolean; issues: AuditChainIssue[] }> {
  const issues: AuditChainIssue[] = [];
  if (chain.length === 0) issues.push({ index: 0, code: "empty_chain", message: "De auditketen is leeg." });
  for (let i = 0; i < chain.length; i++) {
    const entry = chain[i] as AuditEntry;
    const previous = chain[i - 1];
    const { hash, ...body } = entry;
    if ((await hashCanonical(body)) !== hash) {
      issues.push({ index: i, code: "entry_hash_mismatch", message: `Auditregel ${i + 1} werd gewijzigd.` });
    }
    if (entry.seq !== i + 1) {
      issues.push({
        index: i,
        code: "sequence_mismatch",
        message: `Auditregel ${i + 1} heeft volgnummer ${entry.seq}.`,
      });
    }
    if (entry.previousHash !== (previous?.hash ?? null)) {
      issues.push({
        index: i,
        code: "previous_hash_mismatch",
        message: `Auditregel ${i + 1} sluit niet aan op de vorige regel.`,
      });
    }
    if (entry.beforeHash !== (previous?.afterHash ?? null)) {
      issues.push({
        index: i,
        code: "before_hash_mismatch",
        message: `Auditregel ${i + 1} vertrekt niet van de toestand na de vorige regel.`,
      });
    }
  }
  const last = chain[chain.length - 1];
  if (record && last && last.afterHash !== (await stateHash(record))) {
    issues.push({
      index: chain.length - 1,
      code: "state_hash_mismatch",
      message: "De vaststelling komt niet overeen met de laatste auditregel.",
    });
  }
  return { valid: issues.length === 0, issues };
}
