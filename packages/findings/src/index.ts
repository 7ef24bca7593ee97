// The whole public API of @digitale-nuts/findings.

export { canonicalJson } from "./canonical-json.js";
export {
  CHECKLIST_FIELD_TYPES,
  type ChecklistField,
  type ChecklistOption,
  ChecklistSchema,
  type ChecklistSection,
  findChecklistField,
  mergeChecklists,
} from "./checklist/checklist-schema.js";
export {
  type ChecklistCsvOptions,
  decodeChecklistBytes,
  importChecklistCsv,
} from "./checklist/csv-import.js";
export {
  ANTWERPEN_DISTRICTS,
  createDnV2CoreChecklist,
  DN_V2_CORE_CHECKLIST,
} from "./checklist/dn-v2-core.js";
export { fieldValues, isNokValue, isOkValue, PHOTO_FIELDS } from "./checklist/field-values.js";
export {
  classifyOutcome,
  type FindingOutcome,
  type HandoverSuggestion,
  type SeverityReason,
  suggestHandoverDecision,
} from "./checklist/outcome.js";
export {
  type ChecklistScore,
  type ChecklistScoreParameters,
  DN_SCORE_PARAMETERS,
  type ScoreFactor,
  scoreChecklist,
} from "./checklist/score.js";
export {
  type FindingIssue,
  type FindingIssueCode,
  type FindingValidation,
  type ValidationOptions,
  validate,
} from "./checklist/validate.js";
export {
  ChecklistImportError,
  ContextTamperedError,
  EvidenceError,
  FindingsError,
  FindingsStoreError,
  FindingValidationError,
  IllegalTransitionError,
  StateTamperedError,
  TransitionInputError,
} from "./errors.js";
export {
  createEvidence,
  DEFAULT_EVIDENCE_LIMITS,
  type EvidenceCheck,
  type EvidenceInput,
  type EvidenceLimits,
  verifyEvidence,
} from "./evidence/evidence.js";
export {
  buildInspectionExportFlat,
  type ExportWarning,
  exportSourceFromStored,
  INSPECTION_EXPORT_FLAT_COLUMNS,
  type InspectionExportFlat,
  type InspectionExportOptions,
  type InspectionExportRow,
  type InspectionExportSource,
  inspectionExportFlatCsv,
  REQUIRED_EXPORT_AUDIT_METADATA,
  streamInspectionExportFlat,
} from "./export/inspection-export-flat.js";
export { hashCanonical, sha256Hex } from "./hash.js";
export {
  type AuditAction,
  type AuditChainIssue,
  type AuditEntry,
  stateHash,
  verifyAuditChain,
} from "./record/audit-chain.js";
export {
  assertContextUnchanged,
  contextFromVisit,
  fingerprintContext,
  freeContext,
  isFreeFinding,
  type WorkContext,
} from "./record/context.js";
export {
  type FindingMeta,
  type FindingRecord,
  mutationVersionOf,
  UNABLE_TO_COMPLETE_REASONS,
  type UnableToCompleteReason,
} from "./record/finding-record.js";
export {
  type Actor,
  addEvidence,
  correctFinding,
  createFinding,
  createFindingFromVisit,
  createFreeFinding,
  type FindingPatch,
  markSynced,
  markUnableToComplete,
  markValid,
  type NewFinding,
  queueFinding,
  setHandoverDecision,
  type Transition,
  updateFinding,
  withdrawFinding,
} from "./record/lifecycle.js";
export type {
  FindingsStore,
  IncomingSyncEvent,
  StoredFinding,
  StoredSyncEvent,
  SyncRecordResult,
} from "./store/findings-store.js";
export { MIGRATIONS, type Migration } from "./store/migrations.js";
export { createPgFindingsStore, type PgStoreOptions } from "./store/pg-store.js";
export { createPgliteFindingsStore, type PgliteStoreOptions } from "./store/pglite-store.js";
export { createSqlFindingsStore, type SqlDatabase, type SqlExecutor } from "./store/sql-store.js";
export { type CanonicalStatus, type MappedStatus, mapCanonicalStatus } from "./sync/canonical-status.js";
export {
  ack,
  DEFAULT_MAX_SYNC_BODY_BYTES,
  handleSyncRequest,
  type SyncHandlerOptions,
  type SyncHttpRequest,
  type SyncHttpResponse,
  toOsloSyncEvent,
} from "./sync/handler.js";
export { createNodeSyncListener } from "./sync/node-listener.js";
export {
  backoffDelay,
  createOutbox,
  DEFAULT_RETRY_POLICY,
  type FlushSummary,
  httpSyncTransport,
  type Outbox,
  type OutboxOptions,
  type OutboxProgress,
  type OutboxStore,
  type RetryPolicy,
  type SyncTransport,
} from "./sync/outbox.js";
export type { OutboxItem, OutboxStatus } from "./sync/outbox-item.js";
export {
  buildSyncRequest,
  idempotencyKey,
  SYNC_SERVER_VERSION,
  type SyncAck,
  type SyncItemType,
  SyncPayloadSchema,
  type SyncRequest,
  SyncRequestSchema,
  syncItemTypeFor,
} from "./sync/protocol.js";
export { seededRandom } from "./sync/seeded-random.js";
