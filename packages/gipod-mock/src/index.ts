export { type ClientCredentials, type CreateClientOptions, GIPOD_SCOPES } from "./auth.js";
export { FIRST_GIPOD_ID, type GenerateCityOptions, generateCity } from "./data/generate-city.js";
export {
  MUNICIPALITIES,
  type Municipality,
  municipalityBbox,
  type PostcodeArea,
  SUPPORTED_NISCODES,
} from "./data/municipalities.js";
export { CATEGORY_MIX, STATUS_MIX } from "./data/occupancy-factory.js";
export type { Organisation, OrganisationRef } from "./data/organisations.js";
export { createPrng, type Prng } from "./data/prng.js";
export {
  CATEGORIES,
  CONSEQUENCE_TYPES,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_STATUSES,
  NOTIFICATION_TYPES,
  STATUSES,
  TAXONOMIES,
  type TaxonomyEntry,
  type TaxonomyRef,
  ZONETYPES,
} from "./data/taxonomies.js";
export type {
  CityDataset,
  DetourItem,
  HindranceItem,
  HindranceVersion,
  NotificationItem,
  OccupancyItem,
  OccupancyType,
  PermitRecord,
  WireAddress,
  WireContactOrganisation,
  WireGeometry,
  WireIdentifier,
  WirePeriod,
  WireZone,
} from "./data/wire-types.js";
export { FAULT_KINDS, type FaultConfig, type FaultKind, type FaultSpec } from "./faults.js";
export { Cql2Error, type Cql2Node, compileCql2, parseCql2 } from "./ogc/cql2.js";
export { COLLECTIONS, type CollectionId, PROPERTIES } from "./ogc/features.js";
export { PATCH_KEYS } from "./routes/groundworks.js";
export { type GipodMock, type GipodMockOptions, startGipodMock } from "./server.js";
export type { MockStats } from "./stats.js";
export { MockStore, type OccupancyPatch } from "./store.js";
export {
  EXPORT_COLUMNS,
  PERMIT_REPORT_COLUMNS,
  writeGipodExportXlsx,
  writePermitReportXlsx,
} from "./xlsx/export-workbook.js";
