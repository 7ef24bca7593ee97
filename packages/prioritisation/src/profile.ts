import { z } from "zod";
import { PrioritisationError } from "./errors.js";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "verwacht een datum YYYY-MM-DD");
const pseudonym = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, "een pseudoniem bestaat uit letters, cijfers, - en _");
const point = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });
const share = z.number().min(0).max(1);

/**
 * Open-data impact indicators of an area (DN_DISPATCH §3.1); `null`/absent means unknown.
 * @example
 * const indicators: ImpactIndicators = { populationDensity: 9857, vulnerableShare: null, servicePressure: 1 };
 * computeImpactScore(indicators, antwerpenProfile.impact).score; // 43
 */
export const ImpactIndicators = z.object({
  populationDensity: z.number().nullable().optional(),
  vulnerableShare: share.nullable().optional(),
  servicePressure: share.nullable().optional(),
  mobilitySensitivity: share.nullable().optional(),
});
export type ImpactIndicators = z.infer<typeof ImpactIndicators>;

/**
 * An area of the city: a postcode with its district, centroid and impact indicators.
 * @example
 * const area: Area = Area.parse({ postcode: "2018", district: "Antwerpen", centroid: { lat: 51.2065, lon: 4.4205 } });
 */
export const Area = z.object({
  postcode: z.string().regex(/^\d{4}$/, "een Belgische postcode heeft 4 cijfers"),
  district: z.string().optional(),
  niscode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  centroid: point.optional(),
  /** Optional outline as GeoJSON (WGS84) Polygon/MultiPolygon coordinates, for maps. */
  polygon: z.unknown().optional(),
  impact: ImpactIndicators.optional(),
  /** Overrides the impact score (0–100) computed from the indicators. */
  impactScore: z.number().min(0).max(100).optional(),
});
export type Area = z.infer<typeof Area>;

/**
 * An inspector known by a pseudonymous id; names stay in the city's own systems.
 * @example
 * const inspector = InspectorProfile.parse({ id: "insp-07", primaryPostcodes: ["2600"], backupPostcodes: ["2610"] });
 * inspector.experienceFactor; // 1 (default)
 */
export const InspectorProfile = z.object({
  id: pseudonym,
  label: z.string().optional(),
  primaryPostcodes: z.array(z.string()).default([]),
  backupPostcodes: z.array(z.string()).default([]),
  isReserve: z.boolean().default(false),
  activeFrom: isoDate.optional(),
  activeUntil: isoDate.optional(),
  absences: z.array(z.object({ start: isoDate, end: isoDate })).default([]),
  softDailyLimit: z.number().int().min(1).max(20).optional(),
  hardDailyLimit: z.number().int().min(1).max(20).optional(),
  /** Load already booked every day (meetings, office work), in visit units. */
  fixedDailyLoad: z.number().min(0).max(12).default(0),
  /** > 1 means a visit costs this inspector less load; 0.5..1.5. */
  experienceFactor: z.number().min(0.5).max(1.5).default(1),
  /** Where the inspector's route starts (office, home base). */
  start: point.optional(),
});
export type InspectorProfile = z.infer<typeof InspectorProfile>;

/**
 * Which works are in scope (DN `WorkFilterOptions`); empty lists mean "no filter".
 * @example
 * const filter = WorkFilter.parse({ statuses: ["in_uitvoering"], requireSignalisationPermit: true });
 * const { included, excluded } = filterWorks(works, filter);
 */
export const WorkFilter = z.object({
  statuses: z.array(z.string()).default([]),
  sourceStatuses: z.array(z.string()).default([]),
  categories: z.array(z.string()).default([]),
  permitStatuses: z.array(z.string()).default([]),
  districts: z.array(z.string()).default([]),
  postcodes: z.array(z.string()).default([]),
  requireSignalisationPermit: z.boolean().default(false),
  excludeExpiredPermits: z.boolean().default(false),
});
export type WorkFilter = z.infer<typeof WorkFilter>;

/**
 * Daily capacity ("5 + 1 overflow" in Antwerp).
 * @example
 * const capacity = Capacity.parse({ ...dnDefaults.capacity, softDailyLimit: 4, hardDailyLimit: 5 });
 * antwerpenProfile.capacity.softDailyLimit; // 5 ("5 + 1 overflow")
 */
export const Capacity = z
  .object({
    softDailyLimit: z.number().int().min(1).max(20),
    hardDailyLimit: z.number().int().min(1).max(20),
    standardVisitWeight: z.number().min(0.25).max(4),
    complexVisitWeight: z.number().min(0.25).max(4),
    /** Category codes (oslo `Grondwerkcategorieen`) whose visits weigh as complex. */
    complexCategories: z.array(z.string()),
    /**
     * DN checks capacity before adding a visit, so the last visit may overshoot the hard limit by up to one
     * visit's weight. `true` refuses a visit that would end above the hard limit.
     */
    strictHardLimit: z.boolean().default(false),
  })
  .refine((c) => c.hardDailyLimit >= c.softDailyLimit, {
    message: "hardDailyLimit moet ≥ softDailyLimit zijn",
    path: ["hardDailyLimit"],
  })
  .refine((c) => c.complexVisitWeight >= c.standardVisitWeight, {
    message: "complexVisitWeight moet ≥ standardVisitWeight zijn",
    path: ["complexVisitWeight"],
  });
export type Capacity = z.infer<typeof Capacity>;

/**
 * Visit cadence: mandatory START/EIND, TUSSEN every N working days, coverage top-up, hand-over follow-ups.
 * @example
 * const cadence = Cadence.parse({ ...dnDefaults.cadence, intermediateEveryWorkingDays: 3 });
 * dueVisit(work, toDayNumber("2026-03-10"), calendar, cadence);
 */
export const Cadence = z.object({
  startPriority: z.number(),
  endPriority: z.number(),
  intermediatePriority: z.number(),
  intermediateEveryWorkingDays: z.number().int().min(1),
  coverageTopUp: z.object({ enabled: z.boolean(), targetShare: share, priority: z.number() }),
  followUp: z.object({
    enabled: z.boolean(),
    minDays: z.number().int().min(0),
    maxDays: z.number().int().min(0),
    everyDays: z.number().int().min(1),
    reason: z.string(),
  }),
});
export type Cadence = z.infer<typeof Cadence>;

/**
 * Weights of the inspector score (DN `scoreInspectorForWork` + `pickInspector`).
 * @example
 * const weights = InspectorScoreWeights.parse({ ...dnDefaults.dispatch.inspectorScore, weeklyFairness: 0 });
 * const profile: CityProfile = { ...antwerpenProfile, dispatch: { ...antwerpenProfile.dispatch, inspectorScore: weights } };
 */
export const InspectorScoreWeights = z.object({
  primary: z.number(),
  backup: z.number(),
  outsideArea: z.number(),
  preferred: z.number(),
  samePostcode: z.number(),
  foreignPostcode: z.number(),
  distancePerKmPrimary: z.number(),
  distancePerKmBackup: z.number(),
  distancePerKmOther: z.number(),
  loadPerUnit: z.number(),
  outsideAreaLoadPenalty: z.number(),
  mandatory: z.number(),
  weeklyFairness: z.number().min(0).max(50),
});
export type InspectorScoreWeights = z.infer<typeof InspectorScoreWeights>;

/**
 * Dispatch ordering and inspector choice.
 * @example
 * const dispatch = Dispatch.parse({ ...dnDefaults.dispatch, lowPriorityCategories: [] });
 * permitTier({ ...work, permitStatus: "afgeleverd" }, dispatch); // 2
 */
export const Dispatch = z.object({
  /** Permit statuses that count as an approved signalisation permit (tier 2). */
  approvedPermitStatuses: z.array(z.string()),
  /** Permit statuses that count as permit context (tier 1), besides a permit reference. */
  permitContextStatuses: z.array(z.string()),
  /** Categories ranked last within their tier (DN: Categorie 3). */
  lowPriorityCategories: z.array(z.string()),
  inspectorScore: InspectorScoreWeights,
});
export type Dispatch = z.infer<typeof Dispatch>;

/**
 * Working calendar: public holidays from `date-holidays` by country/region, plus the city's own days off.
 * @example
 * const config = CalendarConfig.parse({ country: "BE", region: "VLG", extraDaysOff: ["2026-05-18"] });
 * createWorkingCalendar(config).isWorkingDay("2026-05-18"); // false: the city's own day off
 */
export const CalendarConfig = z.object({
  country: z.string().min(2),
  region: z.string().optional(),
  /** `date-holidays` types that are days off (`public`, `bank`, `optional`, `observance`, `school`). */
  holidayTypes: z.array(z.enum(["public", "bank", "optional", "school", "observance"])).default(["public"]),
  extraDaysOff: z.array(isoDate).default([]),
  timeZone: z.string().default("Europe/Brussels"),
});
export type CalendarConfig = z.infer<typeof CalendarConfig>;

/**
 * DN's impact model (§3.2): normalisation and weights; configurable per city.
 * @example
 * const model = ImpactModel.parse({ ...dnDefaults.impact, densityMax: 5000 });
 * computeImpactScore({ populationDensity: 4200 }, model).score; // 29
 */
export const ImpactModel = z.object({
  densityMin: z.number(),
  densityMax: z.number(),
  weights: z.object({
    populationDensity: z.number().min(0),
    vulnerableShare: z.number().min(0),
    servicePressure: z.number().min(0),
    mobilitySensitivity: z.number().min(0),
  }),
  highThreshold: z.number(),
  mediumThreshold: z.number(),
  /** Points the decision engine adds per impact point (DN 0.2, so at most +20). */
  priorityFactor: z.number().min(0),
});
export type ImpactModel = z.infer<typeof ImpactModel>;

/**
 * Weights (≥ 0; 0 switches a factor off) and level thresholds of the explainable priority score.
 * @example
 * const scoring = Scoring.parse({ ...dnDefaults.scoring, highThreshold: 70 });
 * priorityLevel(65, scoring); // "MIDDEL"
 */
export const Scoring = z.object({
  weights: z.object({
    visitObligation: z.number().min(0),
    deadlineProximity: z.number().min(0),
    permitStatus: z.number().min(0),
    category: z.number().min(0),
    hindrance: z.number().min(0),
    areaImpact: z.number().min(0),
    utilityNokRate: z.number().min(0),
    contractorNokRate: z.number().min(0),
    openComplaints: z.number().min(0),
    daysSinceLastVisit: z.number().min(0),
  }),
  /** Risk value 0..1 per permit status code; unlisted statuses use `unknownPermitRisk`. */
  permitRisk: z.record(z.string(), share),
  unknownPermitRisk: share,
  /** Value 0..1 per category code; unlisted categories use `unknownCategoryValue`. */
  categoryValue: z.record(z.string(), share),
  unknownCategoryValue: share,
  /** Days before the end at which deadline pressure starts to rise. */
  deadlineHorizonDays: z.number().positive(),
  /** Days without a visit at which that factor is at its maximum. */
  lastVisitHorizonDays: z.number().positive(),
  /** Prior strength (pseudo-inspections) when shrinking NOK rates to the city mean. */
  nokPriorStrength: z.number().min(0),
  highThreshold: z.number().min(0).max(100),
  mediumThreshold: z.number().min(0).max(100),
});
export type Scoring = z.infer<typeof Scoring>;

/**
 * A city's whole configuration: nothing about a city is hard-coded anywhere else.
 * @example
 * const profile: CityProfile = { ...antwerpenProfile, inspectors: antwerpenProfile.inspectors.filter((i) => i.id !== "I7") };
 * const plan = planDay("2026-03-10", works, profile);
 */
export const CityProfile = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  niscode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  defaultCenter: point,
  areas: z.array(Area),
  inspectors: z.array(InspectorProfile),
  capacity: Capacity,
  cadence: Cadence,
  filter: WorkFilter,
  dispatch: Dispatch,
  calendar: CalendarConfig,
  impact: ImpactModel,
  scoring: Scoring,
});
/**
 * Input shape of a city profile (defaults not yet applied).
 * @example
 * const input: CityProfileInput = { ...antwerpenProfile, calendar: { country: "BE", region: "VLG" } };
 * parseCityProfile(input).calendar.timeZone; // "Europe/Brussels" (default applied)
 */
export type CityProfileInput = z.input<typeof CityProfile>;
export type CityProfile = z.infer<typeof CityProfile>;

/**
 * Validates a city profile (e.g. loaded from JSON) and applies defaults.
 * @throws {PrioritisationError} `PRIORITISATION_PROFILE_INVALID`, listing every field path at fault.
 * @example
 * const profile = parseCityProfile(JSON.parse(text));
 */
export function parseCityProfile(input: unknown): CityProfile {
  const result = CityProfile.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new PrioritisationError(
      "PRIORITISATION_PROFILE_INVALID",
      [`Invalid city profile: ${issues.length} issue(s); fix these fields`, ...issues.slice(0, 10)].join(
        "\n",
      ),
      { cause: result.error },
    );
  }
  const profile = result.data;
  const ids = new Set<string>();
  for (const [i, inspector] of profile.inspectors.entries()) {
    if (ids.has(inspector.id)) {
      throw new PrioritisationError(
        "PRIORITISATION_PROFILE_INVALID",
        `inspectors[${i}].id: duplicate inspector id ${JSON.stringify(inspector.id)}`,
      );
    }
    ids.add(inspector.id);
  }
  return profile;
}
