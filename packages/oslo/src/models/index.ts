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

/** Every model definition, entities and value objects. Drives the JSON-LD context, SHACL and docs. */
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

/** Groundwork (mobiliteit:Grondwerk), e.g. a utility trench. */
export const Grondwerk = GrondwerkModel.schema;
export interface Grondwerk extends z.infer<typeof Grondwerk> {}
/** A non-groundwork work (mobiliteit:Werk). */
export const Werk = WerkModel.schema;
export interface Werk extends z.infer<typeof Werk> {}
/** An event (mobiliteit:Evenement). */
export const Evenement = EvenementModel.schema;
export interface Evenement extends z.infer<typeof Evenement> {}
/** A public-domain occupancy: a {@link Grondwerk}, {@link Werk} or {@link Evenement}, told apart by `type`. */
export const Inname = z.discriminatedUnion("type", [Grondwerk, Werk, Evenement]);
export type Inname = Grondwerk | Werk | Evenement;
/** A mobility hindrance (mobiliteit:Mobiliteitshinder). */
export const Mobiliteitshinder = MobiliteitshinderModel.schema;
export interface Mobiliteitshinder extends z.infer<typeof Mobiliteitshinder> {}
/** A signalisation permit (besluit:Signalisatievergunning). */
export const Signalisatievergunning = SignalisatievergunningModel.schema;
export interface Signalisatievergunning extends z.infer<typeof Signalisatievergunning> {}
/** A detour (mobiliteit:Omleiding). */
export const Omleiding = OmleidingModel.schema;
export interface Omleiding extends z.infer<typeof Omleiding> {}
/** An organisation (org:Organization). */
export const Organisatie = OrganisatieModel.schema;
export interface Organisatie extends z.infer<typeof Organisatie> {}
/** A pseudonymous inspector. */
export const Toezichter = ToezichterModel.schema;
export interface Toezichter extends z.infer<typeof Toezichter> {}
/** An inspection visit. */
export const Toezichtbezoek = ToezichtbezoekModel.schema;
export interface Toezichtbezoek extends z.infer<typeof Toezichtbezoek> {}
/** A finding (vaststelling). */
export const Vaststelling = VaststellingModel.schema;
export interface Vaststelling extends z.infer<typeof Vaststelling> {}
/** Photo evidence. */
export const Fotobewijs = FotobewijsModel.schema;
export interface Fotobewijs extends z.infer<typeof Fotobewijs> {}
/** A resident complaint. */
export const Klacht = KlachtModel.schema;
export interface Klacht extends z.infer<typeof Klacht> {}
/** A GIPOD notification. */
export const Notificatie = NotificatieModel.schema;
export interface Notificatie extends z.infer<typeof Notificatie> {}
/** A synchronisation event. */
export const SyncEvent = SyncEventModel.schema;
export interface SyncEvent extends z.infer<typeof SyncEvent> {}

// Value objects ----------------------------------------------------------------------------

/** An identifier with the agency that assigned it (adms:Identifier). */
export const Identificator = IdentificatorModel.schema;
export interface Identificator extends z.infer<typeof Identificator> {}
/** A period between two instants (m8g:PeriodOfTime). */
export const Periode = PeriodeModel.schema;
export interface Periode extends z.infer<typeof Periode> {}
/** An address as written (locn:Address, OSLO Adres). */
export const Adresvoorstelling = AdresvoorstellingModel.schema;
export interface Adresvoorstelling extends z.infer<typeof Adresvoorstelling> {}
/** A geometry: GeoJSON in WGS84 plus the original WKT (locn:Geometry). */
export const Geometrie = GeometrieModel.schema;
export interface Geometrie extends z.infer<typeof Geometrie> {}
/** A WGS84 position (wgs84:Point). */
export const Positie = PositieModel.schema;
export interface Positie extends z.infer<typeof Positie> {}
/** A zone of an occupancy or hindrance with its consequences (mobiliteit:Zone). */
export const Zone = ZoneModel.schema;
export interface Zone extends z.infer<typeof Zone> {}
/** The immutable context of a finding, fingerprinted at creation. */
export const Vaststellingscontext = VaststellingscontextModel.schema;
export interface Vaststellingscontext extends z.infer<typeof Vaststellingscontext> {}
/** The answer to one checklist field. */
export const Antwoord = AntwoordModel.schema;
export interface Antwoord extends z.infer<typeof Antwoord> {}

/** Any entity the JSON-LD functions accept. */
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

/** Schema of any entity, told apart by `type`. */
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
