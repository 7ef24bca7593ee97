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

export const Identificator = IdentificatorModel.schema;
export interface Identificator extends z.infer<typeof Identificator> {}
export const Periode = PeriodeModel.schema;
export interface Periode extends z.infer<typeof Periode> {}
export const Adresvoorstelling = AdresvoorstellingModel.schema;
export interface Adresvoorstelling extends z.infer<typeof Adresvoorstelling> {}
export const Geometrie = GeometrieModel.schema;
export interface Geometrie extends z.infer<typeof Geometrie> {}
export const Positie = PositieModel.schema;
export interface Positie extends z.infer<typeof Positie> {}
export const Zone = ZoneModel.schema;
export interface Zone extends z.infer<typeof Zone> {}
export const Vaststellingscontext = VaststellingscontextModel.schema;
export interface Vaststellingscontext extends z.infer<typeof Vaststellingscontext> {}
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

/** Parses an {@link Inname}; throws {@link OsloValidationError} listing every issue. */
export const parseInname: (input: unknown) => Inname = v.Inname.parse;
/** Parses an {@link Inname} without throwing. */
export const safeParseInname: (input: unknown) => ParseResult<Inname> = v.Inname.safeParse;
export const parseGrondwerk: (input: unknown) => Grondwerk = v.Grondwerk.parse;
export const safeParseGrondwerk: (input: unknown) => ParseResult<Grondwerk> = v.Grondwerk.safeParse;
export const parseMobiliteitshinder: (input: unknown) => Mobiliteitshinder = v.Mobiliteitshinder.parse;
export const safeParseMobiliteitshinder: (input: unknown) => ParseResult<Mobiliteitshinder> =
  v.Mobiliteitshinder.safeParse;
export const parseSignalisatievergunning: (input: unknown) => Signalisatievergunning =
  v.Signalisatievergunning.parse;
export const safeParseSignalisatievergunning: (input: unknown) => ParseResult<Signalisatievergunning> =
  v.Signalisatievergunning.safeParse;
export const parseOmleiding: (input: unknown) => Omleiding = v.Omleiding.parse;
export const safeParseOmleiding: (input: unknown) => ParseResult<Omleiding> = v.Omleiding.safeParse;
export const parseOrganisatie: (input: unknown) => Organisatie = v.Organisatie.parse;
export const safeParseOrganisatie: (input: unknown) => ParseResult<Organisatie> = v.Organisatie.safeParse;
export const parseToezichter: (input: unknown) => Toezichter = v.Toezichter.parse;
export const safeParseToezichter: (input: unknown) => ParseResult<Toezichter> = v.Toezichter.safeParse;
export const parseToezichtbezoek: (input: unknown) => Toezichtbezoek = v.Toezichtbezoek.parse;
export const safeParseToezichtbezoek: (input: unknown) => ParseResult<Toezichtbezoek> =
  v.Toezichtbezoek.safeParse;
/** Parses a {@link Vaststelling}; throws {@link OsloValidationError} listing every issue. */
export const parseVaststelling: (input: unknown) => Vaststelling = v.Vaststelling.parse;
export const safeParseVaststelling: (input: unknown) => ParseResult<Vaststelling> = v.Vaststelling.safeParse;
export const parseFotobewijs: (input: unknown) => Fotobewijs = v.Fotobewijs.parse;
export const safeParseFotobewijs: (input: unknown) => ParseResult<Fotobewijs> = v.Fotobewijs.safeParse;
export const parseKlacht: (input: unknown) => Klacht = v.Klacht.parse;
export const safeParseKlacht: (input: unknown) => ParseResult<Klacht> = v.Klacht.safeParse;
export const parseNotificatie: (input: unknown) => Notificatie = v.Notificatie.parse;
export const safeParseNotificatie: (input: unknown) => ParseResult<Notificatie> = v.Notificatie.safeParse;
export const parseSyncEvent: (input: unknown) => SyncEvent = v.SyncEvent.parse;
export const safeParseSyncEvent: (input: unknown) => ParseResult<SyncEvent> = v.SyncEvent.safeParse;
/** Parses any entity, choosing the model by its `type`. */
export const parseOsloEntity: (input: unknown) => OsloEntity = v.OsloEntity.parse;
export const safeParseOsloEntity: (input: unknown) => ParseResult<OsloEntity> = v.OsloEntity.safeParse;
