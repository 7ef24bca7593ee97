import { z } from "zod";
import type { ModelDefinition } from "../model-kit/model.js";
import { type ParseResult, validatorFor } from "../validation.js";
import {
  AdresvoorstellingModel,
  GeometrieModel,
  IdentificatorModel,
  OrganisatieModel,
  PeriodeModel,
  PositieModel,
} from "./common.js";
import {
  EvenementModel,
  GrondwerkModel,
  MobiliteitshinderModel,
  OmleidingModel,
  SignalisatievergunningModel,
  WerkModel,
  ZoneModel,
} from "./inname.js";
import {
  AntwoordModel,
  FotobewijsModel,
  KlachtModel,
  NotificatieModel,
  SyncEventModel,
  ToezichtbezoekModel,
  ToezichterModel,
  VaststellingModel,
  VaststellingscontextModel,
} from "./supervision.js";

/**
 * Every model definition, entities and value objects. Drives the JSON-LD context, SHACL and docs.
 * @example
 * modelDefinitions.filter((m) => m.role === "entity").map((m) => m.name); // ["Grondwerk", "Werk", …]
 */
export const modelDefinitions: readonly ModelDefinition[] = [
  GrondwerkModel,
  WerkModel,
  EvenementModel,
  MobiliteitshinderModel,
  ZoneModel,
  SignalisatievergunningModel,
  OmleidingModel,
  OrganisatieModel,
  IdentificatorModel,
  PeriodeModel,
  AdresvoorstellingModel,
  GeometrieModel,
  PositieModel,
  ToezichterModel,
  ToezichtbezoekModel,
  VaststellingModel,
  VaststellingscontextModel,
  AntwoordModel,
  FotobewijsModel,
  KlachtModel,
  NotificatieModel,
  SyncEventModel,
];

// Entities ---------------------------------------------------------------------------------

/**
 * Groundwork (mobiliteit:Grondwerk), e.g. a utility trench.
 * @example
 * const grondwerk: Grondwerk = Grondwerk.parse({
 *   type: "Grondwerk", gipodId: 19170339, status: "in_uitvoering", categorie: "categorie_2",
 *   periode: { begin: "2026-03-09T07:00:00+01:00", einde: "2026-03-20T17:00:00+01:00" }, nutsbedrijf: "fluvius",
 * });
 */
export const Grondwerk = GrondwerkModel.schema;
export interface Grondwerk extends z.infer<typeof Grondwerk> {}
/**
 * A non-groundwork work (mobiliteit:Werk).
 * @example
 * const werk: Werk = Werk.parse({
 *   type: "Werk", gipodId: 19170412, status: "concreet_gepland", niscode: "11002",
 *   periode: { begin: "2026-03-16T07:00:00+01:00" },
 * });
 */
export const Werk = WerkModel.schema;
export interface Werk extends z.infer<typeof Werk> {}
/**
 * An event (mobiliteit:Evenement).
 * @example
 * const evenement: Evenement = Evenement.parse({
 *   type: "Evenement", gipodId: 19170500, status: "concreet_gepland", naam: "Wijkfeest Zuid",
 *   periode: { begin: "2026-05-02T10:00:00+02:00", einde: "2026-05-02T22:00:00+02:00" },
 * });
 */
export const Evenement = EvenementModel.schema;
export interface Evenement extends z.infer<typeof Evenement> {}
/**
 * A public-domain occupancy: a {@link Grondwerk}, {@link Werk} or {@link Evenement}, told apart by `type`.
 * @example
 * const inname: Inname = Inname.parse(payload);
 * if (inname.type === "Grondwerk") console.log(inname.categorie);
 */
export const Inname = z.discriminatedUnion("type", [Grondwerk, Werk, Evenement]);
export type Inname = Grondwerk | Werk | Evenement;
/**
 * A mobility hindrance (mobiliteit:Mobiliteitshinder).
 * @example
 * const hinder: Mobiliteitshinder = Mobiliteitshinder.parse({
 *   type: "Mobiliteitshinder", gipodId: 20881234, status: "gevalideerd", ernstigeHinder: false,
 *   isGevolgVan: ["https://private-api.gipod.vlaanderen.be/api/v1/groundworks/19170339"],
 * });
 */
export const Mobiliteitshinder = MobiliteitshinderModel.schema;
export interface Mobiliteitshinder extends z.infer<typeof Mobiliteitshinder> {}
/**
 * A signalisation permit (besluit:Signalisatievergunning).
 * @example
 * const vergunning: Signalisatievergunning = Signalisatievergunning.parse({
 *   type: "Signalisatievergunning", referentie: "ASIGN-2026-004512", status: "afgeleverd", innameGipodId: [19170339],
 * });
 */
export const Signalisatievergunning = SignalisatievergunningModel.schema;
export interface Signalisatievergunning extends z.infer<typeof Signalisatievergunning> {}
/**
 * A detour (mobiliteit:Omleiding).
 * @example
 * const omleiding: Omleiding = Omleiding.parse({
 *   type: "Omleiding", gipodId: 30551002, status: "vergund", hinderGipodId: 20881234, gevolg: ["snelheidsbeperking"],
 * });
 */
export const Omleiding = OmleidingModel.schema;
export interface Omleiding extends z.infer<typeof Omleiding> {}
/**
 * An organisation (org:Organization).
 * @example
 * const organisatie: Organisatie = Organisatie.parse({
 *   type: "Organisatie", voorkeursnaam: "Fluvius System Operator", rol: "nutsbeheerder", nutsbedrijf: "fluvius",
 * });
 */
export const Organisatie = OrganisatieModel.schema;
export interface Organisatie extends z.infer<typeof Organisatie> {}
/**
 * A pseudonymous inspector.
 * @example
 * const toezichter: Toezichter = Toezichter.parse({ type: "Toezichter", pseudoniem: "insp-07", gebied: ["2018", "2020"], actief: true });
 */
export const Toezichter = ToezichterModel.schema;
export interface Toezichter extends z.infer<typeof Toezichter> {}
/**
 * An inspection visit.
 * @example
 * const bezoek: Toezichtbezoek = Toezichtbezoek.parse({
 *   type: "Toezichtbezoek", bezoekId: "bz-2026-03-10-001", bezoektype: "START", geplandeDatum: "2026-03-10",
 *   toezichter: "insp-07", gipodId: "19170339", verplicht: true,
 * });
 */
export const Toezichtbezoek = ToezichtbezoekModel.schema;
export interface Toezichtbezoek extends z.infer<typeof Toezichtbezoek> {}
/**
 * A finding (vaststelling).
 * @example
 * const vaststelling: Vaststelling = parseVaststelling(JSON.parse(body));
 * const noks = vaststelling.antwoorden.filter((a) => a.resultaat === "NOK").length;
 * if (vaststelling.registratiestatus === "valid") console.log(vaststelling.vaststellingId, vaststelling.context.gipodId, noks);
 */
export const Vaststelling = VaststellingModel.schema;
export interface Vaststelling extends z.infer<typeof Vaststelling> {}
/**
 * Photo evidence.
 * @example
 * const foto: Fotobewijs = Fotobewijs.parse({
 *   type: "Fotobewijs", fotoId: "foto-001", soort: "VOOR", inhoudHash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
 *   mediatype: "image/jpeg", grootte: 245760, opslag: "s3://dn-fotos/2026/03/foto-001.jpg",
 *   genomenOp: "2026-03-10T09:14:00+01:00", actor: "insp-07", bron: "camera",
 * });
 */
export const Fotobewijs = FotobewijsModel.schema;
export interface Fotobewijs extends z.infer<typeof Fotobewijs> {}
/**
 * A resident complaint.
 * @example
 * const klacht: Klacht = Klacht.parse({
 *   type: "Klacht", klachtId: "KL-2026-00871", ontvangenOp: "2026-03-09T16:40:00+01:00", status: "ontvangen", gipodId: "19170339",
 * });
 */
export const Klacht = KlachtModel.schema;
export interface Klacht extends z.infer<typeof Klacht> {}
/**
 * A GIPOD notification.
 * @example
 * const notificatie: Notificatie = Notificatie.parse({
 *   type: "Notificatie", notificatieId: "4411", soort: "Nieuwe inname", status: "nieuw", aangemaaktOp: "2026-03-09T08:00:00+01:00",
 * });
 */
export const Notificatie = NotificatieModel.schema;
export interface Notificatie extends z.infer<typeof Notificatie> {}
/**
 * A synchronisation event.
 * @example
 * const event: SyncEvent = SyncEvent.parse({
 *   type: "SyncEvent", syncEventId: "se-0001", bron: "findings", onderwerp: "5f0c6f8e-2b1d-4c4e-9a51-3d6f1e2a7b90",
 *   uitkomst: "accepted", ontvangenOp: "2026-03-10T09:20:00+01:00", synctype: "inspection_saved",
 * });
 */
export const SyncEvent = SyncEventModel.schema;
export interface SyncEvent extends z.infer<typeof SyncEvent> {}

// Value objects ----------------------------------------------------------------------------

/**
 * An identifier with the agency that assigned it (adms:Identifier).
 * @example
 * const id: Identificator = { identificator: "19170339", soort: "gipodId", toegekendDoor: "https://gipod.vlaanderen.be" };
 */
export const Identificator = IdentificatorModel.schema;
export interface Identificator extends z.infer<typeof Identificator> {}
/**
 * A period between two instants (m8g:PeriodOfTime).
 * @example
 * const periode: Periode = Periode.parse({ begin: "2026-03-09T07:00:00+01:00", einde: "2026-03-20T17:00:00+01:00" });
 */
export const Periode = PeriodeModel.schema;
export interface Periode extends z.infer<typeof Periode> {}
/**
 * An address as written (locn:Address, OSLO Adres).
 * @example
 * const adres: Adresvoorstelling = Adresvoorstelling.parse({ straatnaam: "Generaal Lemanstraat", huisnummer: "12", postcode: "2018", gemeentenaam: "Antwerpen" });
 */
export const Adresvoorstelling = AdresvoorstellingModel.schema;
export interface Adresvoorstelling extends z.infer<typeof Adresvoorstelling> {}
/**
 * A geometry: GeoJSON in WGS84 plus the original WKT (locn:Geometry).
 * @example
 * const geometrie: Geometrie = wktToGeometrie("<http://www.opengis.net/def/crs/EPSG/9.9.1/31370> POINT (152000 212000)");
 * geometrie.geojson; // { type: "Point", coordinates: [4.3974…, 51.2179…] }
 */
export const Geometrie = GeometrieModel.schema;
export interface Geometrie extends z.infer<typeof Geometrie> {}
/**
 * A WGS84 position (wgs84:Point).
 * @example
 * const positie: Positie = Positie.parse({ breedtegraad: 51.2194, lengtegraad: 4.4025, nauwkeurigheid: 8 });
 */
export const Positie = PositieModel.schema;
export interface Positie extends z.infer<typeof Positie> {}
/**
 * A zone of an occupancy or hindrance with its consequences (mobiliteit:Zone).
 * @example
 * const zone: Zone = Zone.parse({
 *   zonetype: "hinderzone", gevolg: ["versmalde_rijstroken"], ernstigeHinder: false,
 *   geometrie: { geojson: { type: "Point", coordinates: [4.4025, 51.2194] } },
 * });
 */
export const Zone = ZoneModel.schema;
export interface Zone extends z.infer<typeof Zone> {}
/**
 * The immutable context of a finding, fingerprinted at creation.
 * @example
 * const context: Vaststellingscontext = Vaststellingscontext.parse({
 *   gipodId: "19170339", district: "Antwerpen", nutsbedrijf: "fluvius", toezichter: "insp-07",
 *   locatie: { breedtegraad: 51.2194, lengtegraad: 4.4025 }, locatiebron: "exact", bezoektype: "START",
 * });
 */
export const Vaststellingscontext = VaststellingscontextModel.schema;
export interface Vaststellingscontext extends z.infer<typeof Vaststellingscontext> {}
/**
 * The answer to one checklist field.
 * @example
 * const antwoord: Antwoord = Antwoord.parse({ veld: "voetpad_doorgang", waarde: ["NOK geen doorgang"], resultaat: "NOK", verantwoordelijke: "aannemer" });
 */
export const Antwoord = AntwoordModel.schema;
export interface Antwoord extends z.infer<typeof Antwoord> {}

/**
 * Any entity the JSON-LD functions accept.
 * @example
 * const entities: OsloEntity[] = lines.map((line) => parseOsloEntity(JSON.parse(line)));
 * const doc = toJsonLdGraph(entities);
 */
export type OsloEntity =
  | Inname
  | Mobiliteitshinder
  | Signalisatievergunning
  | Omleiding
  | Organisatie
  | Toezichter
  | Toezichtbezoek
  | Vaststelling
  | Fotobewijs
  | Klacht
  | Notificatie
  | SyncEvent;

/**
 * Schema of any entity, told apart by `type`.
 * @example
 * const entity = OsloEntity.parse(payload);
 * if (entity.type === "Vaststelling") console.log(entity.vaststellingId);
 */
export const OsloEntity = z.discriminatedUnion("type", [
  Grondwerk,
  Werk,
  Evenement,
  Mobiliteitshinder,
  Signalisatievergunning,
  Omleiding,
  Organisatie,
  Toezichter,
  Toezichtbezoek,
  Vaststelling,
  Fotobewijs,
  Klacht,
  Notificatie,
  SyncEvent,
]);

// Validation -------------------------------------------------------------------------------

const v = {
  Inname: validatorFor("Inname", Inname),
  Grondwerk: validatorFor("Grondwerk", Grondwerk),
  Mobiliteitshinder: validatorFor("Mobiliteitshinder", Mobiliteitshinder),
  Signalisatievergunning: validatorFor("Signalisatievergunning", Signalisatievergunning),
  Omleiding: validatorFor("Omleiding", Omleiding),
  Organisatie: validatorFor("Organisatie", Organisatie),
  Toezichter: validatorFor("Toezichter", Toezichter),
  Toezichtbezoek: validatorFor("Toezichtbezoek", Toezichtbezoek),
  Vaststelling: validatorFor("Vaststelling", Vaststelling),
  Fotobewijs: validatorFor("Fotobewijs", Fotobewijs),
  Klacht: validatorFor("Klacht", Klacht),
  Notificatie: validatorFor("Notificatie", Notificatie),
  SyncEvent: validatorFor("SyncEvent", SyncEvent),
  OsloEntity: validatorFor("OsloEntity", OsloEntity),
};

/**
 * Parses an {@link Inname}; throws {@link OsloValidationError} listing every issue as `{path, message, received}`.
 *
 * @example
 * const value = parseInname(JSON.parse(body));
 */
export const parseInname: (input: unknown) => Inname = v.Inname.parse;
/**
 * Validates an {@link Inname} without throwing.
 *
 * @example
 * const result = safeParseInname(payload);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path, issue.message);
 */
export const safeParseInname: (input: unknown) => ParseResult<Inname> = v.Inname.safeParse;
/**
 * Parses a {@link Grondwerk}; throws {@link OsloValidationError} listing every issue as `{path, message, received}`.
 *
 * @example
 * const value = parseGrondwerk(JSON.parse(body));
 */
export const parseGrondwerk: (input: unknown) => Grondwerk = v.Grondwerk.parse;
/**
 * Validates a {@link Grondwerk} without throwing.
 *
 * @example
 * const result = safeParseGrondwerk(payload);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path, issue.message);
 */
export const safeParseGrondwerk: (input: unknown) => ParseResult<Grondwerk> = v.Grondwerk.safeParse;
/**
 * Parses a {@link Mobiliteitshinder}; throws {@link OsloValidationError} listing every issue as `{path, message, received}`.
 *
 * @example
 * const value = parseMobiliteitshinder(JSON.parse(body));
 */
export const parseMobiliteitshinder: (input: unknown) => Mobiliteitshinder = v.Mobiliteitshinder.parse;
/**
 * Validates a {@link Mobiliteitshinder} without throwing.
 *
 * @example
 * const result = safeParseMobiliteitshinder(payload);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path, issue.message);
 */
export const safeParseMobiliteitshinder: (input: unknown) => ParseResult<Mobiliteitshinder> =
  v.Mobiliteitshinder.safeParse;
/**
 * Parses a {@link Signalisatievergunning}; throws {@link OsloValidationError} listing every issue as `{path, message, received}`.
 *
 * @example
 * const value = parseSignalisatievergunning(JSON.parse(body));
 */
export const parseSignalisatievergunning: (input: unknown) => Signalisatievergunning =
  v.Signalisatievergunning.parse;
/**
 * Validates a {@link Signalisatievergunning} without throwing.
 *
 * @example
 * const result = safeParseSignalisatievergunning(payload);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path, issue.message);
 */
export const safeParseSignalisatievergunning: (input: unknown) => ParseResult<Signalisatievergunning> =
  v.Signalisatievergunning.safeParse;
/**
 * Parses an {@link Omleiding}; throws {@link OsloValidationError} listing every issue as `{path, message, received}`.
 *
 * @example
 * const value = parseOmleiding(JSON.parse(body));
 */
export const parseOmleiding: (input: unknown) => Omleiding = v.Omleiding.parse;
/**
 * Validates an {@link Omleiding} without throwing.
 *
 * @example
 * const result = safeParseOmleiding(payload);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path, issue.message);
 */
export const safeParseOmleiding: (input: unknown) => ParseResult<Omleiding> = v.Omleiding.safeParse;
/**
 * Parses an {@link Organisatie}; throws {@link OsloValidationError} listing every issue as `{path, message, received}`.
 *
 * @example
 * const value = parseOrganisatie(JSON.parse(body));
 */
export const parseOrganisatie: (input: unknown) => Organisatie = v.Organisatie.parse;
/**
 * Validates an {@link Organisatie} without throwing.
 *
 * @example
 * const result = safeParseOrganisatie(payload);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path, issue.message);
 */
export const safeParseOrganisatie: (input: unknown) => ParseResult<Organisatie> = v.Organisatie.safeParse;
/**
 * Parses a {@link Toezichter}; throws {@link OsloValidationError} listing every issue as `{path, message, received}`.
 *
 * @example
 * const value = parseToezichter(JSON.parse(body));
 */
export const parseToezichter: (input: unknown) => Toezichter = v.Toezichter.parse;
/**
 * Validates a {@link Toezichter} without throwing.
 *
 * @example
 * const result = safeParseToezichter(payload);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path, issue.message);
 */
export const safeParseToezichter: (input: unknown) => ParseResult<Toezichter> = v.Toezichter.safeParse;
/**
 * Parses a {@link Toezichtbezoek}; throws {@link OsloValidationError} listing every issue as `{path, message, received}`.
 *
 * @example
 * const value = parseToezichtbezoek(JSON.parse(body));
 */
export const parseToezichtbezoek: (input: unknown) => Toezichtbezoek = v.Toezichtbezoek.parse;
/**
 * Validates a {@link Toezichtbezoek} without throwing.
 *
 * @example
 * const result = safeParseToezichtbezoek(payload);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path, issue.message);
 */
export const safeParseToezichtbezoek: (input: unknown) => ParseResult<Toezichtbezoek> =
  v.Toezichtbezoek.safeParse;
/**
 * Parses a {@link Vaststelling}; throws {@link OsloValidationError} listing every issue as `{path, message, received}`.
 *
 * @example
 * const value = parseVaststelling(JSON.parse(body));
 */
export const parseVaststelling: (input: unknown) => Vaststelling = v.Vaststelling.parse;
/**
 * Validates a {@link Vaststelling} without throwing.
 *
 * @example
 * const result = safeParseVaststelling(payload);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path, issue.message);
 */
export const safeParseVaststelling: (input: unknown) => ParseResult<Vaststelling> = v.Vaststelling.safeParse;
/**
 * Parses a {@link Fotobewijs}; throws {@link OsloValidationError} listing every issue as `{path, message, received}`.
 *
 * @example
 * const value = parseFotobewijs(JSON.parse(body));
 */
export const parseFotobewijs: (input: unknown) => Fotobewijs = v.Fotobewijs.parse;
/**
 * Validates a {@link Fotobewijs} without throwing.
 *
 * @example
 * const result = safeParseFotobewijs(payload);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path, issue.message);
 */
export const safeParseFotobewijs: (input: unknown) => ParseResult<Fotobewijs> = v.Fotobewijs.safeParse;
/**
 * Parses a {@link Klacht}; throws {@link OsloValidationError} listing every issue as `{path, message, received}`.
 *
 * @example
 * const value = parseKlacht(JSON.parse(body));
 */
export const parseKlacht: (input: unknown) => Klacht = v.Klacht.parse;
/**
 * Validates a {@link Klacht} without throwing.
 *
 * @example
 * const result = safeParseKlacht(payload);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path, issue.message);
 */
export const safeParseKlacht: (input: unknown) => ParseResult<Klacht> = v.Klacht.safeParse;
/**
 * Parses a {@link Notificatie}; throws {@link OsloValidationError} listing every issue as `{path, message, received}`.
 *
 * @example
 * const value = parseNotificatie(JSON.parse(body));
 */
export const parseNotificatie: (input: unknown) => Notificatie = v.Notificatie.parse;
/**
 * Validates a {@link Notificatie} without throwing.
 *
 * @example
 * const result = safeParseNotificatie(payload);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path, issue.message);
 */
export const safeParseNotificatie: (input: unknown) => ParseResult<Notificatie> = v.Notificatie.safeParse;
/**
 * Parses a {@link SyncEvent}; throws {@link OsloValidationError} listing every issue as `{path, message, received}`.
 *
 * @example
 * const value = parseSyncEvent(JSON.parse(body));
 */
export const parseSyncEvent: (input: unknown) => SyncEvent = v.SyncEvent.parse;
/**
 * Validates a {@link SyncEvent} without throwing.
 *
 * @example
 * const result = safeParseSyncEvent(payload);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path, issue.message);
 */
export const safeParseSyncEvent: (input: unknown) => ParseResult<SyncEvent> = v.SyncEvent.safeParse;
/**
 * Parses an {@link OsloEntity}; throws {@link OsloValidationError} listing every issue as `{path, message, received}`.
 *
 * @example
 * const value = parseOsloEntity(JSON.parse(body));
 */
export const parseOsloEntity: (input: unknown) => OsloEntity = v.OsloEntity.parse;
/**
 * Validates an {@link OsloEntity} without throwing.
 *
 * @example
 * const result = safeParseOsloEntity(payload);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.path, issue.message);
 */
export const safeParseOsloEntity: (input: unknown) => ParseResult<OsloEntity> = v.OsloEntity.safeParse;
