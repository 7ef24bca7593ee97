import type { CityProfile } from "../profile.js";
import { dnDefaults } from "./defaults.js";

/**
 * An example profile for a smaller municipality (Mechelen, 4 postcodes): two inspectors with one
 * reserve, a lighter capacity, an intermediate visit every 3 working days, and a local day off.
 * Centroids and impact indicators are illustrative; replace them with the city's open data.
 * @example
 * mechelenProfile.inspectors.find((i) => i.isReserve)?.id; // "insp-03"
 * planDay("2026-05-18", works, mechelenProfile).isWorkingDay; // false: a local day off
 */
export const mechelenProfile: CityProfile = {
  id: "mechelen",
  name: "Mechelen",
  niscode: "12025",
  defaultCenter: { lat: 51.0259, lon: 4.4776 },
  areas: [
    {
      postcode: "2800",
      district: "Mechelen",
      centroid: { lat: 51.0259, lon: 4.4776 },
      impact: {
        populationDensity: 4200,
        vulnerableShare: 0.4,
        servicePressure: 0.5,
        mobilitySensitivity: 0.8,
      },
    },
    {
      postcode: "2801",
      district: "Heffen",
      centroid: { lat: 51.053, lon: 4.421 },
      impact: {
        populationDensity: 600,
        vulnerableShare: 0.1,
        servicePressure: 0.2,
        mobilitySensitivity: 0.2,
      },
    },
    {
      postcode: "2811",
      district: "Hombeek-Leest",
      centroid: { lat: 51.014, lon: 4.4 },
      impact: {
        populationDensity: 700,
        vulnerableShare: 0.1,
        servicePressure: 0.2,
        mobilitySensitivity: 0.3,
      },
    },
    {
      postcode: "2812",
      district: "Muizen",
      centroid: { lat: 51.008, lon: 4.513 },
      impact: {
        populationDensity: 900,
        vulnerableShare: 0.2,
        servicePressure: 0.3,
        mobilitySensitivity: 0.3,
      },
    },
  ],
  inspectors: [
    {
      id: "insp-01",
      primaryPostcodes: ["2800"],
      backupPostcodes: ["2812"],
      isReserve: false,
      absences: [],
      fixedDailyLoad: 1,
      experienceFactor: 1.2,
      start: { lat: 51.0275, lon: 4.4805 },
    },
    {
      id: "insp-02",
      primaryPostcodes: ["2801", "2811", "2812"],
      backupPostcodes: ["2800"],
      isReserve: false,
      absences: [],
      fixedDailyLoad: 0,
      experienceFactor: 1,
    },
    {
      id: "insp-03",
      primaryPostcodes: [],
      backupPostcodes: [],
      isReserve: true,
      absences: [],
      fixedDailyLoad: 2,
      experienceFactor: 0.8,
    },
  ],
  ...dnDefaults,
  capacity: { ...dnDefaults.capacity, softDailyLimit: 4, hardDailyLimit: 5 },
  cadence: { ...dnDefaults.cadence, intermediateEveryWorkingDays: 3 },
  impact: { ...dnDefaults.impact, densityMax: 5000 },
  filter: {
    statuses: ["concreet_gepland", "in_uitvoering"],
    sourceStatuses: [],
    categories: [],
    permitStatuses: [],
    districts: [],
    postcodes: [],
    requireSignalisationPermit: false,
    excludeExpiredPermits: true,
  },
  // Mechelen's own day off (illustrative): the Monday of the Hanswijk procession.
  calendar: {
    country: "BE",
    region: "VLG",
    holidayTypes: ["public"],
    extraDaysOff: ["2026-05-18"],
    timeZone: "Europe/Brussels",
  },
};
