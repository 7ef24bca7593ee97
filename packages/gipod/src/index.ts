export { buildClientAssertion, MAX_ASSERTION_SECONDS } from "./auth/client-assertion.js";
export { GIPOD_SCOPES, type GipodScope } from "./auth/scopes.js";
export type { GipodAuth } from "./auth/token-provider.js";
export {
  type CallOptions,
  createGipodClient,
  type GipodClient,
  type GipodClientOptions,
  type GroundworkPatch,
  type NotificationFilters,
  type RawPage,
} from "./client.js";
export { GIPOD_ENVIRONMENTS, type GipodEndpoints, type GipodEnvironmentName } from "./environments.js";
export {
  GipodAuthError,
  GipodHttpError,
  GipodNetworkError,
  GipodRequestError,
  GipodResponseError,
  type ProblemDetails,
} from "./errors.js";
export type { GipodHooks } from "./http/hooks.js";
export { seededRandom } from "./http/random.js";
export { createRateLimiter, type RateLimiter } from "./http/rate-limiter.js";
export {
  createRetryPolicy,
  isRetryableStatus,
  parseRetryAfter,
  type RetryOptions,
  type RetryPolicy,
} from "./http/retry-policy.js";
export {
  type LdesOptions,
  type LdesState,
  type LdesStream,
  streamMobilityHindrances,
} from "./ldes/stream.js";
export { mapMobilityHindrance, mapOccupancy } from "./mapping/occupancy.js";
export { mapOgcDetour, mapOgcFeature, mapOgcHindrance, mapOgcOccupancy } from "./mapping/ogc-feature.js";
export { mapDetour, mapNotification, mapOrganisation } from "./mapping/other.js";
export type { MapOptions } from "./mapping/parts.js";
export { OGC_COLLECTIONS, OGC_PROPERTIES, type OgcCollection } from "./ogc/collections.js";
export { type CqlExpression, type CqlValue, cql, cqlLiteral } from "./ogc/cql.js";
export {
  createOgcClient,
  type OgcClient,
  type OgcFeature,
  type OgcQuery,
  splitMultiValue,
} from "./ogc/ogc-client.js";
export { redactHeaders, redactUrl } from "./redact.js";
export type { Page, Paged } from "./rest/paging.js";
export { type OccupancyFilters, type Paging, validateNiscodes } from "./rest/query.js";
export type { TaxonomyEntry } from "./rest/taxonomies.js";
export type { SyncCheckpoint } from "./sync/checkpoint.js";
export {
  type SyncOptions,
  type SyncProgress,
  type SyncReject,
  type SyncReport,
  type SyncResult,
  syncOccupancies,
} from "./sync/sync-occupancies.js";
export { compareInstants, timeKey } from "./time-key.js";
export { type GipodExportImport, type ImportReject, importGipodExport } from "./xlsx/import-export.js";
export {
  importPermitReport,
  joinPermits,
  type PermitReportImport,
  permitStatusCode,
} from "./xlsx/import-permits.js";
