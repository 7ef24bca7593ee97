/**
 * The GIPOD OGC API Features collections this client reads (domain brief §1.5 d).
 *
 * @example
 * for (const collection of OGC_COLLECTIONS) console.log(gipod.ogc.itemsUrl(collection, { limit: 10 }).href);
 */
export const OGC_COLLECTIONS = [
  "INNAME",
  "INNAME_PUNT",
  "HINDER",
  "HINDER_PUNT",
  "HINDERGEVOLG",
  "HINDERGEVOLG_PUNT",
  "OMLEIDING",
  "OMLEIDING_PUNT",
] as const;

/**
 * One of {@link OGC_COLLECTIONS}.
 *
 * @example
 * const collection: OgcCollection = "HINDERGEVOLG_PUNT";
 * const features = await gipod.ogc.features(collection, { limit: 5 }).collect();
 */
export type OgcCollection = (typeof OGC_COLLECTIONS)[number];

const INNAME = [
  "Id",
  "GipodId",
  "Uri",
  "Description",
  "Reference",
  "Type",
  "TypeId",
  "PublicDomainOccupancyTypes",
  "Status",
  "StatusId",
  "Start",
  "End",
  "TimeSchedule",
  "Owner",
  "OwnerId",
  "ContactOrganisations",
  "MobilityHindrances",
  "GroundworkCategory",
  "GroundworkCategoryId",
  "GroundworkSpecification",
  "GroundworkPartOfTrenchSynergy",
  "CreatedOn",
  "LastModifiedOn",
] as const;
const HINDER = [
  "Id",
  "ZoneId",
  "SevereHindrance",
  "Uri",
  "ZoneType",
  "ZoneTypeId",
  "Consequences",
  "HindranceGipodId",
  "HindranceURI",
  "HindranceUri",
  "HindranceConsequenceOf",
  "HindranceDescription",
  "HindranceOwner",
  "HindranceOwnerId",
  "HindranceStart",
  "HindranceEnd",
  "HindranceContactOrganisations",
  "HindranceStatus",
  "HindranceStatusId",
  "HindranceCreatedOn",
  "HindranceLastModifiedOn",
] as const;
const HINDERGEVOLG = [
  "Id",
  "ZoneId",
  "Uri",
  "ZoneType",
  "ZoneTypeId",
  "SevereHindrance",
  "Consequence",
  "ConsequenceTreeLevel0",
  "ConsequenceTreeLevel1",
  "ConsequenceTreeLevel2",
  "ConsequenceTreeLevel3",
  "ConsequenceId",
  "ConsequenceTreeLevel0Id",
  "ConsequenceTreeLevel1Id",
  "ConsequenceTreeLevel2Id",
  "ConsequenceTreeLevel3Id",
  "HeightLimitation",
  "WidthLimitation",
  "HindranceStatus",
  "HindranceStatusId",
  "HindranceGipodId",
  "HindranceOwner",
  "HindranceOwnerId",
  "HindranceDescription",
  "HindranceUri",
  "HindranceURI",
  "HindranceCreatedOn",
  "HindranceLastModifiedOn",
  "HindranceStart",
  "HindranceEnd",
] as const;
const OMLEIDING = [
  "Id",
  "DiversionId",
  "Uri",
  "Consequences",
  "HindranceGipodId",
  "HindranceURI",
  "HindranceUri",
  "HindranceConsequenceOf",
  "HindranceDescription",
  "HindranceOwner",
  "HindranceOwnerId",
  "HindranceContactOrganisations",
  "HindranceStatus",
  "HindranceStatusId",
] as const;

/**
 * Properties a filter may name, per collection (exact spelling; casing differs between collections).
 *
 * @example
 * OGC_PROPERTIES.HINDERGEVOLG.has("ConsequenceTreeLevel0"); // true
 * OGC_PROPERTIES.INNAME.has("HindranceStatus"); // false: cql.eq("HindranceStatus", …) fails on INNAME
 */
export const OGC_PROPERTIES: Readonly<Record<OgcCollection, ReadonlySet<string>>> = {
  INNAME: new Set(INNAME),
  INNAME_PUNT: new Set(INNAME),
  HINDER: new Set(HINDER),
  HINDER_PUNT: new Set(HINDER),
  HINDERGEVOLG: new Set(HINDERGEVOLG),
  HINDERGEVOLG_PUNT: new Set(HINDERGEVOLG),
  OMLEIDING: new Set(OMLEIDING),
  OMLEIDING_PUNT: new Set(OMLEIDING),
};

/** Properties that hold several values separated by `;` (split into arrays on read). */
export const OGC_MULTI_VALUED: ReadonlySet<string> = new Set([
  "PublicDomainOccupancyTypes",
  "ContactOrganisations",
  "MobilityHindrances",
  "GroundworkSpecification",
  "Consequences",
  "HindranceConsequenceOf",
  "HindranceContactOrganisations",
]);
