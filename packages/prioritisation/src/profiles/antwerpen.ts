import type { CityProfile } from "../profile.js";
import { dnDefaults } from "./defaults.js";

// Postcode centroids are approximate (WGS84). Densities are back-computed from the impact scores that
// dn-dispatch.md §3.5 reports per postcode with DN's formula (vulnerable/mobility 0 everywhere, green-shortage 1
// in 2000 and 2140), so that the profile reproduces DN's impact behaviour, including its ceiling of 43.
const area = (
  postcode: string,
  district: string,
  lat: number,
  lon: number,
  populationDensity: number | null,
  servicePressure = 0,
) => ({
  postcode,
  district,
  centroid: { lat, lon },
  impact: { populationDensity, vulnerableShare: 0, servicePressure, mobilitySensitivity: 0 },
});

/**
 * Antwerp as DN_DISPATCH configures it: 16 postcodes, inspectors I1–I7, "5 + 1 overflow", cadence 120/116/80/66.
 * @example
 * antwerpenProfile.inspectors.map((i) => i.id); // ["I1", "I2", "I3", "I4", "I5", "I6", "I7"]
 * const plan = planDay("2026-03-10", works, antwerpenProfile);
 */
export const antwerpenProfile: CityProfile = {
  id: "antwerpen",
  name: "Antwerpen",
  niscode: "11002",
  defaultCenter: { lat: 51.2194, lon: 4.4025 },
  areas: [
    area("2000", "Antwerpen", 51.2205, 4.4003, 9857, 1),
    area("2018", "Antwerpen", 51.2065, 4.4205, 13714),
    area("2020", "Antwerpen", 51.1885, 4.3895, 5),
    area("2030", "Antwerpen", 51.272, 4.401, 2),
    area("2040", "Berendrecht-Zandvliet-Lillo", 51.339, 4.318, null),
    area("2050", "Antwerpen", 51.2255, 4.376, 1714),
    area("2060", "Antwerpen", 51.2285, 4.426, 4286),
    area("2100", "Deurne", 51.215, 4.466, 10286),
    area("2140", "Borgerhout", 51.2115, 4.442, 9000, 1),
    area("2150", "Borsbeek", 51.1925, 4.488, null),
    area("2170", "Merksem", 51.247, 4.446, 8143),
    area("2180", "Ekeren", 51.281, 4.433, 12857),
    area("2600", "Berchem", 51.1945, 4.426, 9000),
    area("2610", "Wilrijk", 51.169, 4.395, 3857),
    area("2660", "Hoboken", 51.1725, 4.347, 857),
    area("2930", "Brasschaat", 51.291, 4.492, null),
  ],
  inspectors: [
    ["I1", ["2000", "2018"], ["2060", "2050"]],
    ["I2", ["2060", "2140"], ["2000", "2100"]],
    ["I3", ["2100", "2600"], ["2140", "2610"]],
    ["I4", ["2610", "2660"], ["2600", "2020"]],
    ["I5", ["2020", "2050"], ["2000", "2610"]],
    ["I6", ["2170", "2180"], ["2030", "2040"]],
    ["I7", ["2030", "2040"], ["2170", "2180"]],
  ].map(([id, primaryPostcodes, backupPostcodes]) => ({
    id: id as string,
    primaryPostcodes: primaryPostcodes as string[],
    backupPostcodes: backupPostcodes as string[],
    isReserve: false,
    absences: [],
    fixedDailyLoad: 0,
    experienceFactor: 1,
  })),
  ...dnDefaults,
  // DN's default filter is statuses VERGUND + IN EFFECT. DN derives IN EFFECT from "In uitvoering"/"Uitgevoerd"
  // and VERGUND from every other source status, so in oslo codes that is everything except an expired permit.
  filter: {
    statuses: [
      "concreet_gepland",
      "in_uitvoering",
      "uitgevoerd",
      "niet_uitgevoerd",
      "niet_concreet_gepland",
      "in_opmaak",
    ],
    sourceStatuses: [],
    categories: [],
    permitStatuses: [],
    districts: [],
    postcodes: [],
    requireSignalisationPermit: false,
    excludeExpiredPermits: true,
  },
  calendar: {
    country: "BE",
    region: "VLG",
    holidayTypes: ["public"],
    extraDaysOff: [],
    timeZone: "Europe/Brussels",
  },
};
