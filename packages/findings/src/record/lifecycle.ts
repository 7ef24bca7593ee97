import {
  type Fotobewijs,
  Intrekkingsredenen,
  Overdrachtsbeslissingen,
  parseVaststelling,
  type Toezichtbezoek,
  type Vaststelling,
  type Vaststellingscontext,
} from "@digitale-nuts/oslo";
import type { ChecklistSchema } from "../checklist/checklist-schema.js";
import { DN_V2_CORE_CHECKLIST } from "../checklist/dn-v2-core.js";
import { type ValidationOptions, validate } from "../checklist/validate.js";
import {
  FindingValidationError,
  IllegalTransitionError,
  StateTamperedError,
  TransitionInputError,
} from "../errors.js";
import { type AuditAction, type AuditEntry, appendAuditEntry, stateHash } from "./audit-chain.js";
import {
  assertContextUnchanged,
  contextFromVisit,
  fingerprintContext,
  freeContext,
  type WorkContext,
} from "./context.js";
import {
  type FindingMeta,
  type FindingRecord,
  UNABLE_TO_COMPLETE_REASONS,
  type UnableToCompleteReason,
} from "./finding-record.js";

/**
 * Who does a transition, and when (ISO date-time; defaults to now).
 *
 * @example
 * const by: Actor = { actor: "insp-07", at: "2026-03-10T09:15:00Z" };
 */
export interface Actor {
  /** Pseudonymous id, e.g. `insp-07`. */
  readonly actor: string;
  readonly at?: string;
}

/**
 * The result of every transition: the new record and the audit entry it appended.
 *
 * @example
 * const { record: next, audit }: Transition = await updateFinding(record, { fase: "uitvoering" }, { actor: "insp-07" });
 * audit.action; // "update"
 */
export interface Transition {
  readonly record: FindingRecord;
  readonly audit: AuditEntry;
}

/**
 * The payload fields an inspector may change while a finding is a draft or valid. `null` clears a field.
 *
 * @example
 * const patch: FindingPatch = { fase: "tijdelijk_herstel", termijnHerstel: "2026-03-24", opmerking: null };
 * const { record: next } = await updateFinding(record, patch, { actor: "insp-07" }); // null clears opmerking
 */
export type FindingPatch = {
  readonly [K in
    | "status"
    | "fase"
    | "ingreepType"
    | "verhardingType"
    | "kritiekeZone"
    | "prioriteit"
    | "antwoorden"
    | "termijnHerstel"
    | "maatregel"
    | "opmerking"
    | "heropenReden"
    | "aannemer"
    | "tags"]?: Vaststelling[K] | null;
};

/**
 * What a new finding needs besides its context.
 *
 * @example
 * const input: NewFinding = { vaststellingId: randomUUID(), toezichter: "insp-07", patch: { fase: "uitvoering" } };
 * const { record } = await createFinding(context, input, { actor: "insp-07" });
 */
export interface NewFinding {
  readonly vaststellingId: string;
  /** Pseudonymous id of the inspector making the finding. */
  readonly toezichter: string;
  readonly patch?: FindingPatch;
  /** Id of the finding this one corrects. */
  readonly vervangt?: string;
}

const EDITABLE = new Set(["draft", "valid"]);

/**
 * Creates a draft finding with an immutable, fingerprinted context.
 *
 * @example
 * const { record } = await createFinding(context, { vaststellingId: randomUUID(), toezichter: "insp-07" }, { actor: "insp-07" });
 */
export async function createFinding(
  context: Vaststellingscontext,
  input: NewFinding,
  by: Actor,
): Promise<Transition> {
  const at = by.at ?? new Date().toISOString();
  const base: Vaststelling = {
    type: "Vaststelling",
    vaststellingId: input.vaststellingId,
    context,
    contextVingerafdruk: await fingerprintContext(context),
    registratiestatus: "draft",
    status: "open",
    antwoorden: [],
    tags: [],
    fotobewijs: [],
    toezichter: input.toezichter,
    vastgesteldOp: at,
    ...(input.vervangt ? { vervangt: input.vervangt } : {}),
  };
  const patched = applyPatch(base, input.patch ?? {});
  const vaststelling = patched.status === "afgesloten" ? { ...patched, afgeslotenOp: at } : patched;
  return commit(null, { vaststelling: parse(vaststelling), meta: {} }, "create", { ...by, at });
}

/**
 * Creates a draft finding for a planned visit (tag `GEPLAND`).
 *
 * @example
 * const { record } = await createFindingFromVisit(visit, work,
 *   { vaststellingId: randomUUID(), toezichter: "insp-07" }, { actor: "insp-07" }); // tags ["GEPLAND"]
 */
export function createFindingFromVisit(
  visit: Toezichtbezoek,
  work: WorkContext,
  input: NewFinding,
  by: Actor,
): Promise<Transition> {
  const tags = input.patch?.tags ?? ["GEPLAND"];
  return createFinding(contextFromVisit(visit, work), { ...input, patch: { ...input.patch, tags } }, by);
}

/**
 * Creates a "free" draft finding from the device's GPS position, without a planned visit (tag `VRIJ`).
 *
 * @example
 * const { record } = await createFreeFinding({ breedtegraad: 51.2194, lengtegraad: 4.4025 },
 *   { vaststellingId: randomUUID(), toezichter: "insp-07", context: { district: "Antwerpen" } },
 *   { actor: "insp-07" }); // tags ["VRIJ"], locatiebron "gps"
 */
export function createFreeFinding(
  position: Vaststellingscontext["locatie"],
  input: NewFinding & { readonly context?: Partial<Omit<Vaststellingscontext, "locatie" | "locatiebron">> },
  by: Actor,
): Promise<Transition> {
  const tags = input.patch?.tags ?? ["VRIJ"];
  return createFinding(
    freeContext(position, input.context ?? { toezichter: input.toezichter }),
    { ...input, patch: { ...input.patch, tags } },
    by,
  );
}

/**
 * Changes the payload of a draft or valid finding; a valid finding becomes a draft again.
 * Reopening (status `afgesloten` → `open`) needs `heropenReden` in the same patch.
 *
 * @example
 * const { record: closed } = await updateFinding(record, { status: "afgesloten", fase: "definitief_herstel" }, { actor: "insp-07" });
 * await updateFinding(closed, { status: "open", heropenReden: "Verzakking na herstel." }, { actor: "insp-07" });
 */
export async function updateFinding(
  record: FindingRecord,
  patch: FindingPatch,
  by: Actor,
): Promise<Transition> {
  await guard(record);
  requireState(record, EDITABLE, "update", "after queueing, withdraw the finding and create a new one");
  const at = by.at ?? new Date().toISOString();
  const current = record.vaststelling;
  let meta: FindingMeta = record.meta;
  let action: AuditAction = "update";
  // Closing and reopening are stamped on the finding itself, so lead-time KPIs need no status history.
  let stamps: Partial<Pick<Vaststelling, "afgeslotenOp" | "heropendOp">> = {};
  if (patch.status != null && patch.status !== current.status) {
    action = "set_status";
    if (patch.status === "afgesloten") stamps = { afgeslotenOp: at };
    if (current.status === "afgesloten" && patch.status === "open") {
      stamps = { heropendOp: at };
      const reason = patch.heropenReden ?? current.heropenReden;
      if (!reason?.trim())
        throw new TransitionInputError(
          "heropenReden",
          "Heropenen van een afgesloten vaststelling vereist een heropeningsreden.",
        );
      meta = { ...meta, reopenTriggeredAt: at };
    } else if (patch.status !== "open") {
      const { reopenTriggeredAt: _, ...rest } = meta;
      meta = rest;
    }
  }
  const next = applyPatch({ ...current, ...stamps, registratiestatus: "draft", gewijzigdOp: at }, patch);
  return commit(record, { vaststelling: parse(next), meta }, action, { ...by, at });
}

/**
 * Records the hand-over decision; BLOCK and REQUEST_FIX need a note.
 *
 * @example
 * await setHandoverDecision(record, { beslissing: "REQUEST_FIX", notitie: "Voegen opnieuw invullen." }, { actor: "insp-07" });
 */
export async function setHandoverDecision(
  record: FindingRecord,
  decision: { beslissing: string; notitie?: string },
  by: Actor,
): Promise<Transition> {
  await guard(record);
  requireState(record, EDITABLE, "set the hand-over decision", "withdraw and correct instead");
  const concept = Overdrachtsbeslissingen.find(decision.beslissing);
  if (!concept)
    throw new TransitionInputError(
      "overdrachtsbeslissing",
      `"${decision.beslissing}" is geen geldige beslissing (BLOCK, REQUEST_FIX of APPROVE).`,
    );
  if (concept.code !== "APPROVE" && !decision.notitie?.trim()) {
    throw new TransitionInputError(
      "overdrachtsnotitie",
      `Een beslissing ${concept.code} vereist een notitie.`,
    );
  }
  const at = by.at ?? new Date().toISOString();
  const { overdrachtsnotitie: _, ...rest } = record.vaststelling;
  const next: Vaststelling = {
    ...rest,
    registratiestatus: "draft",
    gewijzigdOp: at,
    overdrachtsbeslissing: concept.code,
    ...(decision.notitie?.trim() ? { overdrachtsnotitie: decision.notitie.trim() } : {}),
  };
  return commit(record, { vaststelling: parse(next), meta: record.meta }, "handover", { ...by, at });
}

/**
 * Adds photo evidence (see `createEvidence`); a VOOR, DETAIL or NA photo replaces the previous one of that kind.
 *
 * @example
 * const foto = await createEvidence(bytes, { ...input, soort: "VOOR" });
 * const { record: next } = await addEvidence(record, foto, { actor: "insp-07" });
 */
export async function addEvidence(
  record: FindingRecord,
  evidence: Fotobewijs,
  by: Actor,
): Promise<Transition> {
  await guard(record);
  requireState(record, EDITABLE, "add evidence", "withdraw and correct instead");
  const at = by.at ?? new Date().toISOString();
  const kept = record.vaststelling.fotobewijs.filter(
    (f) => evidence.soort === "ANDERE" || f.soort !== evidence.soort,
  );
  const next: Vaststelling = {
    ...record.vaststelling,
    registratiestatus: "draft",
    gewijzigdOp: at,
    fotobewijs: [...kept, evidence],
  };
  return commit(record, { vaststelling: parse(next), meta: record.meta }, "add_evidence", { ...by, at });
}

/**
 * Marks the inspection as not completed (no access, site not found, …); `andere` needs a `toelichting`.
 *
 * @example
 * await markUnableToComplete(record, { reden: "andere", toelichting: "Werfzone afgesloten door de politie." }, { actor: "insp-07" });
 */
export async function markUnableToComplete(
  record: FindingRecord,
  input: { reden: UnableToCompleteReason; toelichting?: string },
  by: Actor,
): Promise<Transition> {
  await guard(record);
  requireState(record, EDITABLE, "mark unable to complete", "withdraw and correct instead");
  if (!UNABLE_TO_COMPLETE_REASONS.includes(input.reden)) {
    throw new TransitionInputError(
      "reden",
      `"${input.reden}" is geen gekende reden (${UNABLE_TO_COMPLETE_REASONS.join(", ")}).`,
    );
  }
  if (input.reden === "andere" && !input.toelichting?.trim())
    throw new TransitionInputError("toelichting", "Reden 'andere' vereist een toelichting.");
  const at = by.at ?? new Date().toISOString();
  const meta: FindingMeta = {
    ...record.meta,
    unableToComplete: {
      reden: input.reden,
      ...(input.toelichting?.trim() ? { toelichting: input.toelichting.trim() } : {}),
    },
  };
  const next: Vaststelling = { ...record.vaststelling, registratiestatus: "draft", gewijzigdOp: at };
  return commit(record, { vaststelling: next, meta }, "unable_to_complete", { ...by, at });
}

/**
 * draft → valid, only when {@link validate} passes; throws {@link FindingValidationError} with every issue otherwise.
 *
 * @example
 * const { record: valid } = await markValid(draft, { actor: "insp-07" }, DN_V2_CORE_CHECKLIST);
 */
export async function markValid(
  record: FindingRecord,
  by: Actor,
  schema: ChecklistSchema = DN_V2_CORE_CHECKLIST,
  options?: ValidationOptions,
): Promise<Transition> {
  await guard(record);
  requireState(record, new Set(["draft"]), "mark valid", "only a draft can be marked valid");
  const result = validate(record, schema, options);
  if (!result.valid) throw new FindingValidationError(record.vaststelling.vaststellingId, result.issues);
  return moveTo(record, "valid", "mark_valid", by);
}

/**
 * valid → queued: ready for the outbox.
 *
 * @example
 * const { record: queued } = await queueFinding(valid, { actor: "insp-07" });
 * await outbox.enqueue(queued);
 */
export async function queueFinding(record: FindingRecord, by: Actor): Promise<Transition> {
  await guard(record);
  requireState(record, new Set(["valid"]), "queue", "mark it valid first");
  return moveTo(record, "queued", "queue", by);
}

/**
 * queued → synced, once the server acknowledged it (201 or 208).
 *
 * @example
 * const { record: synced } = await markSynced(queued, { actor: "insp-07" }); // after the server answered 201 or 208
 */
export async function markSynced(record: FindingRecord, by: Actor): Promise<Transition> {
  await guard(record);
  requireState(record, new Set(["queued"]), "mark synced", "only a queued finding can be synced");
  return moveTo(record, "synced", "mark_synced", by);
}

/**
 * Withdraws a finding with a reason (an `Intrekkingsredenen` code or label); `andere` needs a `toelichting`.
 *
 * @example
 * const { record: withdrawn } = await withdrawFinding(record, { reden: "dubbele_registratie" }, { actor: "insp-07" });
 */
export async function withdrawFinding(
  record: FindingRecord,
  input: { reden: string; toelichting?: string },
  by: Actor,
): Promise<Transition> {
  await guard(record);
  if (record.vaststelling.registratiestatus === "withdrawn") {
    throw new IllegalTransitionError(
      record.vaststelling.vaststellingId,
      "withdrawn",
      "withdraw",
      "it is already withdrawn",
    );
  }
  const concept = Intrekkingsredenen.find(input.reden);
  if (!concept) {
    throw new TransitionInputError(
      "intrekkingsreden",
      `"${input.reden}" is geen gekende reden (${Intrekkingsredenen.codes.join(", ")}).`,
    );
  }
  if (concept.code === "andere" && !input.toelichting?.trim())
    throw new TransitionInputError("toelichting", "Reden 'andere' vereist een toelichting.");
  const at = by.at ?? new Date().toISOString();
  const next: Vaststelling = {
    ...record.vaststelling,
    registratiestatus: "withdrawn",
    intrekkingsreden: concept.code,
    gewijzigdOp: at,
  };
  const meta: FindingMeta = {
    ...record.meta,
    ...(input.toelichting?.trim() ? { intrekkingsToelichting: input.toelichting.trim() } : {}),
  };
  return commit(record, { vaststelling: parse(next), meta }, "withdraw", { ...by, at });
}

/**
 * Corrects a synced finding the only allowed way: withdraw it, and start a new draft that
 * `vervangt` it, with the old payload (and, for a wrong site, a new context) to edit.
 *
 * @example
 * const { withdrawn, replacement } = await correctFinding(synced,
 *   { reden: "foutieve_gegevens", vaststellingId: randomUUID(), patch: { verhardingType: "klinker" } },
 *   { actor: "insp-07" }); // replacement.record.vaststelling.vervangt === synced.vaststelling.vaststellingId
 */
export async function correctFinding(
  record: FindingRecord,
  input: {
    reden: string;
    toelichting?: string;
    vaststellingId: string;
    context?: Vaststellingscontext;
    patch?: FindingPatch;
  },
  by: Actor,
): Promise<{ withdrawn: Transition; replacement: Transition }> {
  requireState(
    record,
    new Set(["synced"]),
    "correct",
    "only a synced finding is corrected by withdrawal; edit a draft directly",
  );
  const withdrawn = await withdrawFinding(record, input, by);
  const v = record.vaststelling;
  const carried: FindingPatch = {
    status: v.status,
    antwoorden: v.antwoorden,
    tags: v.tags,
    ...pick(v, [
      "fase",
      "ingreepType",
      "verhardingType",
      "kritiekeZone",
      "prioriteit",
      "termijnHerstel",
      "maatregel",
      "opmerking",
      "aannemer",
    ]),
  };
  const replacement = await createFinding(
    input.context ?? v.context,
    {
      vaststellingId: input.vaststellingId,
      toezichter: by.actor,
      vervangt: v.vaststellingId,
      patch: { ...carried, ...input.patch },
    },
    by,
  );
  return { withdrawn, replacement };
}

async function moveTo(
  record: FindingRecord,
  state: Vaststelling["registratiestatus"],
  action: AuditAction,
  by: Actor,
) {
  const at = by.at ?? new Date().toISOString();
  return commit(
    record,
    { vaststelling: { ...record.vaststelling, registratiestatus: state }, meta: record.meta },
    action,
    { ...by, at },
  );
}

/** Verifies the context fingerprint and that the record is what its last audit entry says. */
async function guard(record: FindingRecord): Promise<void> {
  await assertContextUnchanged(record.vaststelling);
  const last = record.audit[record.audit.length - 1];
  if (!last || last.afterHash !== (await stateHash(record)))
    throw new StateTamperedError(record.vaststelling.vaststellingId);
}

function requireState(record: FindingRecord, allowed: Set<string>, action: string, hint: string) {
  const from = record.vaststelling.registratiestatus;
  if (!allowed.has(from))
    throw new IllegalTransitionError(record.vaststelling.vaststellingId, from, action, hint);
}

async function commit(
  previous: FindingRecord | null,
  next: { vaststelling: Vaststelling; meta: FindingMeta },
  action: AuditAction,
  by: Required<Actor>,
): Promise<Transition> {
  const chain = previous?.audit ?? [];
  const audit = await appendAuditEntry(chain, {
    at: by.at,
    actor: by.actor,
    action,
    beforeHash: previous ? await stateHash(previous) : null,
    afterHash: await stateHash(next),
  });
  return { record: { ...next, audit: [...chain, audit] }, audit };
}

function applyPatch(v: Vaststelling, patch: FindingPatch): Vaststelling {
  const out: Record<string, unknown> = { ...v };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out as unknown as Vaststelling;
}

function parse(v: Vaststelling): Vaststelling {
  return parseVaststelling(v) as Vaststelling;
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
}
