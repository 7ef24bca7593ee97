import { z } from "zod";
import {
  Gevolgtypes,
  Grondwerkcategorieen,
  HinderStatussen,
  InnameStatussen,
  Nutsbedrijven,
  Omleidingsstatussen,
  Vergunningsstatussen,
  Zonetypes,
} from "../code-lists/index.js";
import { boolean, code, dateTime, duration, integer, iri, node, text } from "../model-kit/field.js";
import { defineEntity, defineValue } from "../model-kit/model.js";
import {
  AdresvoorstellingModel,
  GeometrieModel,
  IdentificatorModel,
  metadataFields,
  OrganisatieModel,
  PeriodeModel,
} from "./common.js";

const gipodId = integer("gipod:gipodId", "GIPOD's numeric id.", z.number().int().positive());

export const ZoneModel = defineValue(
  "Zone",
  "mobiliteit:Zone",
  "A zone of an occupancy or hindrance: where the site is, or where traffic is hindered.",
  {
    zonetype: code(Zonetypes, "mobiliteit:Zone.type", "Hinderzone or werfzone.").optional(),
    geometrie: node(() => GeometrieModel, "locn:geometry", "The zone's geometry."),
    gevolg: code(Gevolgtypes, "mobiliteit:gevolg", "Consequences for traffic in this zone.").list(),
    ernstigeHinder: boolean("mobiliteit:ernstigeHinder", "GIPOD's severe-hindrance flag.").optional(),
  },
);

/** Fields every kind of occupancy shares (OSLO "Inname openbaar domein"). */
const innameFields = {
  gipodId,
  identificator: node(
    () => IdentificatorModel,
    "adms:identifier",
    "All identifiers of the occupancy.",
  ).list(),
  referentie: text(
    "gipod:reference",
    "The owner's own reference (e.g. a BONU or dossier number).",
  ).optional(),
  beschrijving: text("dct:description", "Description as registered in GIPOD.").optional(),
  status: code(InnameStatussen, "mobiliteit:Inname.status", "Occupancy status."),
  periode: node(() => PeriodeModel, "mobiliteit:periode", "Overall period of the occupancy."),
  beheerder: node(
    () => OrganisatieModel,
    "mobiliteit:beheerder",
    "The organisation that owns the occupancy.",
  ).optional(),
  contactorganisatie: node(
    () => OrganisatieModel,
    "mobiliteit:contactOrganisatie",
    "Contact organisations in their roles.",
  ).list(),
  adresvoorstelling: node(() => AdresvoorstellingModel, "locn:address", "Address of the site.").optional(),
  geometrie: node(
    () => GeometrieModel,
    "locn:geometry",
    "Location of the site (union of its zones, or a point).",
  ).optional(),
  zone: node(() => ZoneModel, "mobiliteit:zone", "Zones of the occupancy.").list(),
  niscode: text(
    "dn:niscode",
    "NIS code of the municipality (5 digits).",
    z.string().regex(/^\d{5}$/, "een NIS-code heeft 5 cijfers"),
  ).optional(),
  district: text("dn:district", "District within the municipality, where the city has districts.").optional(),
  openbaarDomein: boolean(
    "mobiliteit:Inname.openbaarDomein",
    "Whether the occupancy is on public domain.",
  ).optional(),
  heeftGevolg: iri(
    "mobiliteit:Inname.heeftGevolg",
    "IRIs of the mobility hindrances this occupancy causes.",
  ).list(),
  isVergundDoor: iri("gipod:isVergundDoor", "IRIs of the signalisation permits that permit it.").list(),
  ...metadataFields,
};

export const GrondwerkModel = defineEntity(
  "Grondwerk",
  "mobiliteit:Grondwerk",
  "Groundwork on public domain, e.g. a utility trench.",
  {
    ...innameFields,
    categorie: code(Grondwerkcategorieen, "mobiliteit:Grondwerk.categorie", "Categorie 1, 2, 3 or dringend."),
    verplaatsingswerk: boolean(
      "mobiliteit:Grondwerk.verplaatsingswerk",
      "Whether this relocates existing utilities.",
    ).optional(),
    specificatie: text("mobiliteit:specificatie", "GIPOD groundwork specifications.").list(),
    synergie: boolean("dn:deelVanSynergie", "Whether the groundwork is part of a trench synergy.").optional(),
    nutsbedrijf: code(Nutsbedrijven, "dn:nutsbedrijf", "The utility company the work is for.").optional(),
    geschatteDuur: duration("mobiliteit:geschatteDuur", "Estimated duration (ISO 8601).").optional(),
  },
);

export const WerkModel = defineEntity(
  "Werk",
  "mobiliteit:Werk",
  "A (non-groundwork) work occupying public domain.",
  innameFields,
);

export const EvenementModel = defineEntity(
  "Evenement",
  "mobiliteit:Evenement",
  "An event occupying public domain.",
  {
    ...innameFields,
    naam: text("schema:name", "Name of the event.").optional(),
  },
);

export const MobiliteitshinderModel = defineEntity(
  "Mobiliteitshinder",
  "mobiliteit:Mobiliteitshinder",
  "The hindrance to traffic an occupancy causes, with its zones and consequences.",
  {
    gipodId,
    identificator: node(
      () => IdentificatorModel,
      "adms:identifier",
      "All identifiers of the hindrance.",
    ).list(),
    beschrijving: text("dct:description", "Description.").optional(),
    status: code(HinderStatussen, "adms:status", "Hindrance status."),
    periode: node(() => PeriodeModel, "mobiliteit:periode", "Overall period of the hindrance.").optional(),
    isGevolgVan: iri("mobiliteit:isGevolgVan", "IRIs of the works or occupancies causing it.").list(),
    beheerder: node(() => OrganisatieModel, "mobiliteit:beheerder", "Owner of the hindrance.").optional(),
    contactorganisatie: node(
      () => OrganisatieModel,
      "mobiliteit:contactOrganisatie",
      "Contact organisations.",
    ).list(),
    zone: node(
      () => ZoneModel,
      "mobiliteit:zone",
      "Hindrance and site zones with their consequences.",
    ).list(),
    ernstigeHinder: boolean(
      "mobiliteit:ernstigeHinder",
      "Whether any zone causes severe hindrance.",
    ).optional(),
    isVergundDoor: iri("gipod:isVergundDoor", "IRIs of the signalisation permits.").list(),
    isVersieVan: iri(
      "dct:isVersionOf",
      "For an LDES version: the IRI of the hindrance it is a version of.",
    ).optional(),
    gegenereerdOp: dateTime(
      "prov:generatedAtTime",
      "For an LDES version: when this version was generated.",
    ).optional(),
    ...metadataFields,
  },
);

export const SignalisatievergunningModel = defineEntity(
  "Signalisatievergunning",
  "besluit:Signalisatievergunning",
  "A signalisation permit (GIPOD, or a city tool such as A-SIGN).",
  {
    gipodId: gipodId.optional(),
    identificator: node(
      () => IdentificatorModel,
      "adms:identifier",
      "Identifiers, e.g. the A-SIGN reference key.",
    ).list(),
    referentie: text("gipod:reference", "The permit's reference.").optional(),
    status: code(Vergunningsstatussen, "adms:status", "Permit status."),
    periode: node(() => PeriodeModel, "mobiliteit:periode", "Period the permit is valid.").optional(),
    innameGipodId: integer(
      "dn:betreftInname",
      "GIPOD ids of the occupancies it permits.",
      z.number().int().positive(),
    ).list(),
    ...metadataFields,
  },
);

export const OmleidingModel = defineEntity(
  "Omleiding",
  "mobiliteit:Omleiding",
  "A detour around a hindrance.",
  {
    gipodId: gipodId.optional(),
    identificator: node(() => IdentificatorModel, "adms:identifier", "Identifiers of the detour.").list(),
    beschrijving: text("dct:description", "Description.").optional(),
    status: code(Omleidingsstatussen, "adms:status", "Detour status.").optional(),
    hinderGipodId: integer(
      "dn:omleidingVoorHinder",
      "GIPOD id of the hindrance it avoids.",
      z.number().int().positive(),
    ).optional(),
    geometrie: node(() => GeometrieModel, "locn:geometry", "The detour route.").optional(),
    gevolg: code(Gevolgtypes, "mobiliteit:gevolg", "Consequences along the detour.").list(),
    ...metadataFields,
  },
);
