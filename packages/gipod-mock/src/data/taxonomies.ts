import { Gevolgtypes, HinderStatussen, Zonetypes } from "@digitale-nuts/oslo";
import { stableUuid } from "./stable-uuid.js";

/** The confirmed GIPOD UUID of a code-list concept (fails loudly if oslo lost it). */
function gipodUuid(
  scheme: { concepts: readonly { code: string; notation?: string }[] },
  code: string,
): string {
  const uuid = scheme.concepts.find((c) => c.code === code)?.notation;
  if (!uuid) throw new Error(`gipod-mock: oslo code list has no GIPOD UUID for "${code}"`);
  return uuid;
}

/**
 * A GIPOD taxonomy concept as the API references it.
 *
 * @example
 * const status: TaxonomyRef = { "@id": STATUSES.uitgevoerd["@id"], prefLabel: "Uitgevoerd" };
 */
export interface TaxonomyRef {
  readonly "@id": string;
  readonly prefLabel: string;
}

/**
 * A taxonomy entry: its wire reference plus the bare UUID.
 *
 * @example
 * const entry: TaxonomyEntry = STATUSES.gevalideerd;
 * console.log(entry["@id"], entry.prefLabel, entry.uuid); // "/api/v1/taxonomies/statuses/<uuid>", "Gevalideerd", "<uuid>"
 */
export interface TaxonomyEntry extends TaxonomyRef {
  readonly uuid: string;
}

const entry = (path: string, uuid: string, prefLabel: string): TaxonomyEntry => ({
  "@id": `/api/v1/taxonomies/${path}/${uuid}`,
  prefLabel,
  uuid,
});
const invented = (path: string, label: string) => entry(path, stableUuid(`${path}:${label}`), label);

/**
 * Statuses of occupancies and hindrances share GIPOD's `statuses` taxonomy. Confirmed UUIDs: the four hindrance
 * statuses (beta LDES, via oslo `HinderStatussen`) and *Uitgevoerd* (`3603C0B5…` in the NGC PATCH example).
 * The others are invented but stable.
 *
 * @example
 * STATUSES.uitgevoerd.uuid; // "3603c0b5-778e-4407-ae57-7300e0694888"
 */
export const STATUSES = {
  inOpmaak: entry("statuses", gipodUuid(HinderStatussen, "in_opmaak"), "In opmaak"),
  gevalideerd: entry("statuses", gipodUuid(HinderStatussen, "gevalideerd"), "Gevalideerd"),
  geannuleerd: entry("statuses", gipodUuid(HinderStatussen, "geannuleerd"), "Geannuleerd"),
  onbekend: entry("statuses", gipodUuid(HinderStatussen, "onbekend"), "Onbekend"),
  concreetGepland: invented("statuses", "Concreet gepland"),
  inUitvoering: invented("statuses", "In uitvoering"),
  uitgevoerd: entry("statuses", "3603c0b5-778e-4407-ae57-7300e0694888", "Uitgevoerd"),
  nietUitgevoerd: invented("statuses", "Niet uitgevoerd"),
} as const;

/** Occupancy status keys of {@link STATUSES}. */
export type OccupancyStatusKey =
  | "concreetGepland"
  | "inUitvoering"
  | "uitgevoerd"
  | "nietUitgevoerd"
  | "inOpmaak"
  | "geannuleerd";

/**
 * Groundwork categories (invented UUIDs; labels as in GIPOD exports).
 *
 * @example
 * CATEGORIES.dringend.prefLabel; // "Dringend"
 * CATEGORIES.categorie1["@id"]; // "/api/v1/taxonomies/categories/<uuid>"
 */
export const CATEGORIES = {
  categorie1: invented("categories", "Categorie 1"),
  categorie2: invented("categories", "Categorie 2"),
  categorie3: invented("categories", "Categorie 3"),
  dringend: invented("categories", "Dringend"),
} as const;

/** Category keys of {@link CATEGORIES}. */
export type CategoryKey = keyof typeof CATEGORIES;

/** Groundwork specifications (invented UUIDs). */
export const SPECIFICATIONS = {
  distributienet: invented("groundwork-specifications", "Distributienet"),
  aansluiting: invented("groundwork-specifications", "Aansluiting"),
  transportnet: invented("groundwork-specifications", "Transportnet"),
  herstelling: invented("groundwork-specifications", "Herstelling"),
} as const;

/**
 * Zone types with the UUIDs confirmed in oslo `Zonetypes`, labelled as GIPOD writes them.
 *
 * @example
 * ZONETYPES.werfzone.prefLabel; // "WerfZone"
 */
export const ZONETYPES = {
  hinderzone: entry("zonetypes", gipodUuid(Zonetypes, "hinderzone"), "HinderZone"),
  werfzone: entry("zonetypes", gipodUuid(Zonetypes, "werfzone"), "WerfZone"),
} as const;

/**
 * Consequence types: every concept of oslo `Gevolgtypes` with its confirmed UUID.
 *
 * @example
 * const labels = CONSEQUENCE_TYPES.map((t) => t.prefLabel);
 */
export const CONSEQUENCE_TYPES: readonly TaxonomyEntry[] = Gevolgtypes.concepts.map((c) =>
  entry("mobility-hindrance/consequencetypes", c.notation ?? "", c.prefLabel.nl),
);

/** Consequence type by oslo code. */
export function consequenceType(code: string): TaxonomyEntry {
  const uuid = gipodUuid(Gevolgtypes, code);
  const found = CONSEQUENCE_TYPES.find((t) => t.uuid === uuid);
  if (!found) throw new RangeError(`No consequence type ${code}`);
  return found;
}

/** The contact role GIPOD confirmed (Dossierbeheerder). */
export const CONTACT_ROLE = entry("contactroles", "aad5e947-f7bf-4592-a84a-f591555b0b8b", "Dossierbeheerder");

/**
 * Notification taxonomies (invented UUIDs; GIPOD's are unpublished).
 *
 * @example
 * NOTIFICATION_TYPES.permitRequested.prefLabel; // "Signalisatievergunning aangevraagd"
 */
export const NOTIFICATION_TYPES = {
  groundworkCreated: invented("notificationtypes", "Nieuw grondwerk"),
  groundworkRescheduled: invented("notificationtypes", "Grondwerk verplaatst in tijd"),
  permitRequested: invented("notificationtypes", "Signalisatievergunning aangevraagd"),
  hindranceToValidate: invented("notificationtypes", "Hinder te valideren"),
} as const;

/**
 * Notification categories (DN's inbox treats Task and Warning as "action required").
 *
 * @example
 * NOTIFICATION_CATEGORIES.task.prefLabel; // "Task"
 */
export const NOTIFICATION_CATEGORIES = {
  information: invented("notification-categories", "Information"),
  warning: invented("notification-categories", "Warning"),
  task: invented("notification-categories", "Task"),
} as const;

/**
 * Notification statuses a city sets through `PUT /api/v1/notifications/{id}`.
 *
 * @example
 * const [first] = mock.store.notifications();
 * if (first) mock.store.setNotificationStatus(first.id, NOTIFICATION_STATUSES.afgehandeld);
 */
export const NOTIFICATION_STATUSES = {
  nieuw: invented("notification-statuses", "Nieuw"),
  inBehandeling: invented("notification-statuses", "In behandeling"),
  afgehandeld: invented("notification-statuses", "Afgehandeld"),
} as const;

/**
 * Every taxonomy the REST API serves under `/api/v1/taxonomies/{name}`.
 *
 * @example
 * TAXONOMIES.zonetypes?.map((z) => z.prefLabel); // ["HinderZone", "WerfZone"]
 */
export const TAXONOMIES: Readonly<Record<string, readonly TaxonomyEntry[]>> = {
  statuses: Object.values(STATUSES),
  zonetypes: Object.values(ZONETYPES),
  "mobility-hindrance/consequencetypes": CONSEQUENCE_TYPES,
  categories: Object.values(CATEGORIES),
  "groundwork-specifications": Object.values(SPECIFICATIONS),
  contactroles: [CONTACT_ROLE],
  notificationtypes: Object.values(NOTIFICATION_TYPES),
  "notification-categories": Object.values(NOTIFICATION_CATEGORIES),
  "notification-statuses": Object.values(NOTIFICATION_STATUSES),
};

/** Strips a taxonomy entry to its wire reference. */
export function ref(e: TaxonomyEntry): TaxonomyRef {
  return { "@id": e["@id"], prefLabel: e.prefLabel };
}

/** Normalises a status id as clients send it (UUID, 32-hex GIPOD style, or a taxonomy IRI) to a lower-case UUID. */
export function normaliseUuid(value: string): string | undefined {
  const hex = value.trim().split("/").pop()?.replace(/-/g, "").toLowerCase() ?? "";
  if (!/^[0-9a-f]{32}$/.test(hex)) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
