import type { CityProfile } from "../profile.js";

/**
 * DN_DISPATCH's capacity, cadence, dispatch and impact defaults (dn-dispatch.md §1.3, §3.2): a starting point for any city.
 * @example
 * const profile = parseCityProfile({ id: "gent", name: "Gent", defaultCenter: { lat: 51.05, lon: 3.72 },
 *   areas, inspectors, filter: {}, calendar: { country: "BE", region: "VLG" }, ...dnDefaults });
 */
export const dnDefaults = {
  capacity: {
    softDailyLimit: 5,
    hardDailyLimit: 6,
    standardVisitWeight: 1,
    complexVisitWeight: 1.5,
    complexCategories: ["categorie_1", "categorie_2", "dringend"],
    strictHardLimit: false,
  },
  cadence: {
    startPriority: 120,
    endPriority: 116,
    intermediatePriority: 80,
    intermediateEveryWorkingDays: 2,
    coverageTopUp: { enabled: true, targetShare: 0.75, priority: 66 },
    followUp: {
      enabled: true,
      minDays: 7,
      maxDays: 56,
      everyDays: 7,
      reason: "Wekelijkse opleveringsopvolging (mail/telefoon)",
    },
  },
  dispatch: {
    approvedPermitStatuses: ["afgeleverd"],
    permitContextStatuses: ["in_voorbereiding"],
    lowPriorityCategories: ["categorie_3"],
    inspectorScore: {
      primary: 180,
      backup: 110,
      outsideArea: -120,
      preferred: 340,
      samePostcode: 42,
      foreignPostcode: -62,
      distancePerKmPrimary: 3,
      distancePerKmBackup: 5,
      distancePerKmOther: 8.5,
      loadPerUnit: 18,
      outsideAreaLoadPenalty: 55,
      mandatory: 14,
      weeklyFairness: 18,
    },
  },
  impact: {
    densityMin: 0,
    densityMax: 15000,
    weights: {
      populationDensity: 0.35,
      vulnerableShare: 0.3,
      servicePressure: 0.2,
      mobilitySensitivity: 0.15,
    },
    highThreshold: 70,
    mediumThreshold: 40,
    priorityFactor: 0.2,
  },
  scoring: {
    weights: {
      visitObligation: 25,
      deadlineProximity: 15,
      permitStatus: 10,
      category: 10,
      hindrance: 15,
      areaImpact: 10,
      utilityNokRate: 10,
      contractorNokRate: 5,
      openComplaints: 15,
      daysSinceLastVisit: 10,
    },
    permitRisk: {
      afgeleverd: 0.2,
      in_voorbereiding: 0.5,
      niet_vereist: 0.3,
      onbekend_maar_verwacht: 0.8,
      geweigerd_of_stopgezet: 1,
      verlopen: 1,
    },
    unknownPermitRisk: 0.6,
    categoryValue: { categorie_1: 1, dringend: 0.9, categorie_2: 0.7, categorie_3: 0.3 },
    unknownCategoryValue: 0.5,
    deadlineHorizonDays: 14,
    lastVisitHorizonDays: 28,
    nokPriorStrength: 10,
    highThreshold: 60,
    mediumThreshold: 35,
  },
} satisfies Pick<CityProfile, "capacity" | "cadence" | "dispatch" | "impact" | "scoring">;
