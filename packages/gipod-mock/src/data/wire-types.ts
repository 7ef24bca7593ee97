import type { OrganisationRef } from "./organisations.js";
import type { TaxonomyRef } from "./taxonomies.js";

/**
 * `identifier[]` entry, as in GIPOD's LDES.
 *
 * @example
 * const id: WireIdentifier = {
 *   "@type": "Identifier", "Identifier.identifier": { value: "10045378", type: "gipodId" }, assignedByName: "https://gipod.vlaanderen.be",
 * };
 */
export interface WireIdentifier {
  readonly "@type": "Identifier";
  readonly "Identifier.identifier": { readonly value: string; readonly type: "gipodId" };
  readonly assignedByName: "https://gipod.vlaanderen.be";
}

/**
 * One period of an occupancy or hindrance (ISO instants).
 *
 * @example
 * const period: WirePeriod = { "@type": "Period", start: "2026-03-10T06:00:00.0000000Z", end: "2026-03-14T16:00:00.0000000Z" };
 */
export interface WirePeriod {
  readonly "@type": "Period";
  readonly start: string;
  readonly end: string;
}

/**
 * A geometry as GIPOD sends it: WKT with a CRS IRI prefix.
 *
 * @example
 * const geometry: WireGeometry = {
 *   "@type": "Geometry",
 *   wkt: "<http://www.opengis.net/def/crs/EPSG/9.9.1/31370> POLYGON ((152000 212000, 152010 212000, 152010 212002, 152000 212002, 152000 212000))",
 * };
 */
export interface WireGeometry {
  readonly "@type": "Geometry";
  /** `<http://www.opengis.net/def/crs/EPSG/9.9.1/31370> POLYGON ((x y, …))` (Lambert 72). */
  readonly wkt: string;
}

/**
 * A zone (WerfZone on occupancies, HinderZone on hindrances) with its consequences.
 *
 * @example
 * const [item] = mock.store.occupancies();
 * const zones: readonly WireZone[] = item?.zone ?? [];
 * zones.filter((z) => z.zoneType.prefLabel === "WerfZone").map((z) => z.geometry.wkt);
 */
export interface WireZone {
  readonly "@id": string;
  readonly "@type": "Zone";
  readonly geometry: WireGeometry;
  readonly zoneType: TaxonomyRef;
  readonly consequence: readonly TaxonomyRef[];
}

/**
 * `addressRepresentation` of an occupancy.
 *
 * @example
 * const address: WireAddress = { streetname: "Meir", housenumber: "12", postalcode: "2000", municipalityName: "Antwerpen", country: "BE" };
 */
export interface WireAddress {
  readonly streetname: string;
  readonly housenumber: string;
  readonly postalcode: string;
  readonly municipalityName: string;
  readonly country: string;
}

/**
 * A functional contact (organisation, e-mail, website); never a person.
 *
 * @example
 * const [item] = mock.store.occupancies();
 * const contacts: readonly WireContactOrganisation[] = item?.contactOrganisation ?? [];
 * contacts.map((c) => `${c.preferredName} <${c.contactInformation.email}>`);
 */
export interface WireContactOrganisation {
  readonly "@id": string;
  readonly "@type": "ContactOrganisationInRole";
  readonly preferredName: string;
  readonly role: TaxonomyRef;
  readonly contactInformation: {
    readonly "@type": "ContactInfoPublic";
    readonly email: string;
    readonly website: string;
    readonly isPublic: boolean;
  };
}

/**
 * JSON-LD `@type` of an occupancy.
 *
 * @example
 * const type: OccupancyType = "Event";
 * const event = mock.store.insert({ "@type": type });
 */
export type OccupancyType = "Groundwork" | "Work" | "Event";

/**
 * One public-domain occupancy exactly as the REST API sends it.
 *
 * @example
 * const item: OccupancyItem = mock.store.insert({ "@type": "Groundwork", nisCode: "11002" });
 * console.log(item.gipodId, item.status.prefLabel, item.lastModifiedOn); // stamp with 7 fractional digits
 */
export interface OccupancyItem {
  readonly "@id": string;
  readonly "@type": OccupancyType;
  readonly gipodId: number;
  readonly identifier: readonly WireIdentifier[];
  readonly description: string;
  readonly reference: string;
  readonly owner: OrganisationRef;
  readonly contactOrganisation: readonly WireContactOrganisation[];
  readonly status: TaxonomyRef;
  /** Groundworks only; `null` for works and events. */
  readonly category: TaxonomyRef | null;
  readonly specification: readonly TaxonomyRef[];
  readonly isRelocationGroundwork: boolean;
  /** xsd:duration, e.g. `P5D`. */
  readonly estimatedDuration: string;
  readonly period: readonly WirePeriod[];
  readonly zone: readonly WireZone[];
  readonly addressRepresentation: WireAddress;
  /** 5-digit municipality code. ASSUMPTION: GIPOD's real field name is unconfirmed. */
  readonly nisCode: string;
  readonly hasConsequence: readonly { readonly "@id": string }[];
  readonly permittedBy: readonly {
    readonly "@id": string;
    readonly "@type": "SignalingPermit";
    readonly gipodId: number;
  }[];
  readonly createdOn: string;
  readonly lastModifiedOn: string;
}

/**
 * A mobility hindrance as `GET /api/v1/mobility-hindrances/{id}` returns it (the latest version, without LDES fields).
 *
 * @example
 * const [hinder]: HindranceItem[] = mock.store.hindrances();
 * console.log(hinder?.gipodId, hinder?.status.prefLabel, hinder?.zone.length);
 */
export interface HindranceItem {
  readonly "@id": string;
  readonly "@type": "MobilityHindrance";
  readonly gipodId: number;
  readonly identifier: readonly WireIdentifier[];
  readonly isConsequenceOf: readonly {
    readonly "@id": string;
    readonly "@type": OccupancyType;
    readonly gipodId: number;
  }[];
  readonly description: string;
  readonly owner: OrganisationRef;
  readonly contactOrganisation: readonly WireContactOrganisation[];
  readonly zone: readonly WireZone[];
  readonly period: readonly WirePeriod[];
  readonly timeSchedule: null;
  readonly permittedBy: OccupancyItem["permittedBy"];
  readonly status: TaxonomyRef;
  readonly nisCode: string;
  readonly lastModifiedOn: string;
  readonly lastModifiedBy: OrganisationRef;
  readonly createdOn: string;
  readonly createdBy: OrganisationRef;
}

/**
 * One immutable LDES version of a hindrance (base URL added when served).
 *
 * @example
 * const [hinder] = mock.store.hindrances();
 * const version: HindranceVersion | undefined = hinder && mock.store.updateHindrance(hinder.gipodId, { description: "Rijstrook versmald" });
 * version?.eventName; // "MobilityHindranceDescriptionWasModified"
 */
export interface HindranceVersion {
  /** Version sequence number (last segment of the version IRI). */
  readonly seq: number;
  readonly generatedAtTime: string;
  readonly eventName: string;
  readonly state: HindranceItem;
}

/**
 * A detour (`/api/v1/detours`).
 *
 * @example
 * const detour: DetourItem | undefined = mock.store.detours()[0];
 * console.log(detour?.hindrance.gipodId, detour?.status.prefLabel); // e.g. 10000417, "Vergund"
 */
export interface DetourItem {
  readonly "@id": string;
  readonly "@type": "Detour";
  readonly id: string;
  readonly hindrance: { readonly "@id": string; readonly gipodId: number };
  readonly description: string;
  readonly status: { readonly prefLabel: "Voorstel" | "In aanvraag" | "Vergund" };
  readonly geometry: WireGeometry;
  readonly lastModifiedOn: string;
}

/**
 * A GIPOD notification (`/api/v1/notifications`).
 *
 * @example
 * const open: NotificationItem[] = mock.store.notifications().filter((n) => n.status.prefLabel === "Nieuw");
 */
export interface NotificationItem {
  readonly id: string;
  readonly gipodId: number;
  readonly type: TaxonomyRef;
  readonly category: TaxonomyRef;
  readonly status: TaxonomyRef;
  readonly createdOn: string;
  readonly lastModifiedOn: string;
}

/**
 * A row of the signalisation-permit weekly report (A-SIGN "Weekrapport Nutswerken").
 *
 * @example
 * const pending: PermitRecord[] = mock.store.permits().filter((p) => p.dossierstatus === "In behandeling");
 */
export interface PermitRecord {
  readonly bonuNummer: string;
  readonly datumAanvraag: string;
  readonly aangevraagdDoor: string;
  readonly nutsBedrijf: string;
  readonly referentieId: string;
  readonly refKey: string;
  readonly gipodId: number;
  readonly startdatumWerken: string;
  readonly einddatumWerken: string;
  readonly straat: string;
  readonly huisnr: string;
  readonly postcode: string;
  readonly district: string;
  readonly dossierstatus: "Ingediend" | "In behandeling" | "Vergund" | "Geannuleerd" | "Vergunning afgelopen";
  readonly werftype: "NUTSWERKEN";
  readonly datumStatus: string;
}

/**
 * Everything {@link generateCity} produces.
 *
 * @example
 * const city: CityDataset = generateCity({ seed: 7, size: 100 });
 * console.log(city.occupancies.length, city.hindranceVersions.length, city.permits.length);
 */
export interface CityDataset {
  readonly occupancies: readonly OccupancyItem[];
  readonly hindrances: readonly HindranceItem[];
  /** LDES versions, ordered by generatedAtTime then seq. */
  readonly hindranceVersions: readonly HindranceVersion[];
  readonly detours: readonly DetourItem[];
  readonly notifications: readonly NotificationItem[];
  readonly permits: readonly PermitRecord[];
}
