export {
  buildCandidates,
  compareCandidates,
  dueVisit,
  followUpsDue,
  isActiveOn,
  permitTier,
  strategicPriority,
  type VisitCandidate,
  type VisitType,
} from "./cadence.js";
export { createWorkingCalendar, type WorkingCalendar } from "./calendar.js";
export { type Calibration, calibrateScores, quantile } from "./calibration.js";
export { type AssignmentSnapshot, registerFirstInspectors, weeklyAssignedVisits } from "./continuity.js";
export { type DayNumber, fromDayNumber, toDayNumber } from "./dates.js";
export { PrioritisationError, type PrioritisationErrorCode } from "./errors.js";
export {
  type ConfigEvaluation,
  evaluatePrioritisation,
  type HistoryDay,
  type PrioritisationEvaluation,
  type RankingConfig,
  rankByScore,
} from "./evaluation.js";
export {
  type CompiledFilter,
  compileFilter,
  type Exclusion,
  type ExclusionReason,
  type FilterResult,
  filterWorks,
} from "./filter-works.js";
export { haversineKm, type LatLon } from "./geo.js";
export { areaImpactScores, computeImpactScore, type ImpactScore, impactLevel, type Level } from "./impact.js";
export { availableInspectors, type UnavailableInspector } from "./inspectors.js";
export {
  type Assignment,
  type AssignmentRole,
  type DayPlan,
  type FollowUp,
  type PlanContext,
  type PlanTotals,
  type PoolName,
  planDay,
  type UnassignedVisit,
} from "./plan-day.js";
export {
  categoryCode,
  hasPermitReference,
  isPermitExpired,
  type PlanningWork,
  type PlanningWorkExtras,
  permitStatusCode,
  statusCode,
  toPlanningWork,
} from "./planning-work.js";
export {
  Area,
  Cadence,
  CalendarConfig,
  Capacity,
  CityProfile,
  type CityProfileInput,
  Dispatch,
  ImpactIndicators,
  ImpactModel,
  InspectorProfile,
  InspectorScoreWeights,
  parseCityProfile,
  Scoring,
  WorkFilter,
} from "./profile.js";
export { antwerpenProfile } from "./profiles/antwerpen.js";
export { dnDefaults } from "./profiles/defaults.js";
export { mechelenProfile } from "./profiles/mechelen.js";
export { type Random, seededRandom } from "./random.js";
export { type RateEstimate, shrinkRate, wilsonInterval } from "./rates.js";
export type { Reason } from "./reason.js";
export {
  type InspectorRoute,
  nearestNeighbourTwoOpt,
  pathKm,
  proposeRoutes,
  type RouteOptions,
  type RouteStop,
  type RouteStrategy,
} from "./routes.js";
export {
  drawSample,
  expireSamples,
  type Sample,
  type SampleCategory,
  type SampleDraw,
  type SampleStratum,
  type SamplingRules,
  type SamplingWork,
  type UtilityPerformance,
} from "./sampling.js";
export {
  consequenceSeverity,
  type NokHistory,
  nokEstimate,
  type PriorityFactor,
  type PriorityRanking,
  type PrioritySignals,
  priorityLevel,
  type ScoredWork,
  scoreWorks,
} from "./score-works.js";
export { nokHistoryFromFindings, openComplaintsFromKlachten } from "./signals-from-oslo.js";
export { topK } from "./top-k.js";
export {
  type DecisionVisit,
  decideVisit,
  type RecommendedAction,
  type VisitDecision,
} from "./visit-decision.js";
