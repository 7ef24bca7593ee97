import type { KpiDefinition } from "./types.js";

type Defaults =
  | "version"
  | "decimals"
  | "window"
  | "worksScope"
  | "streamable"
  | "parameters"
  | "limitations";

/** Fills the catalogue defaults (version 1, whole numbers, period window, every work passed). */
export function define(
  d: Omit<KpiDefinition, Defaults> & Partial<Pick<KpiDefinition, Defaults>>,
): KpiDefinition {
  return {
    version: 1,
    decimals: 0,
    window: "period",
    worksScope: "all",
    streamable: true,
    parameters: [],
    limitations: [],
    ...d,
  };
}

/** Dimensions of finding-based KPIs. */
export const FINDING_DIMENSIONS = [
  "district",
  "postcode",
  "toezichter",
  "nutsbedrijf",
  "aannemer",
  "bron",
  "bezoektype",
  "dag",
  "week",
  "maand",
] as const;

/** Dimensions of work-based KPIs (works carry no event date). */
export const WORK_DIMENSIONS = [
  "district",
  "postcode",
  "nutsbedrijf",
  "aannemer",
  "bron",
  "entiteit",
] as const;

/** Dimensions of visit-based KPIs. */
export const VISIT_DIMENSIONS = ["toezichter", "bezoektype", "district", "dag", "week", "maand"] as const;

/** Dimensions of sync-event KPIs. */
export const SYNC_DIMENSIONS = ["bron", "dag", "week", "maand"] as const;
