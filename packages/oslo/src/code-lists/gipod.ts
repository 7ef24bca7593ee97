import { defineConceptScheme } from "./concept-scheme.js";

/**
 * Status of a public-domain occupancy (Inname) as GIPOD and its exports spell it.
 * @example
 * InnameStatussen.lookup("lopend").code; // "in_uitvoering"
 */
export const InnameStatussen = defineConceptScheme(
  "inname-status",
  { nl: "Innamestatus", en: "Occupancy status" },
  [
    { code: "in_opmaak", nl: "In opmaak", en: "Draft" },
    { code: "niet_concreet_gepland", nl: "Niet concreet gepland", en: "Not concretely planned" },
    {
      code: "concreet_gepland",
      nl: "Concreet gepland",
      en: "Concretely planned",
      aliases: ["vergund", "gepland"],
    },
    {
      code: "in_uitvoering",
      nl: "In uitvoering",
      en: "In progress",
      aliases: ["lopende", "lopend", "in effect"],
    },
    { code: "uitgevoerd", nl: "Uitgevoerd", en: "Completed", aliases: ["afgelopen"] },
    { code: "niet_uitgevoerd", nl: "Niet uitgevoerd", en: "Not carried out" },
    { code: "geannuleerd", nl: "Geannuleerd", en: "Cancelled", aliases: ["ingetrokken"] },
  ],
);

/**
 * Status of a mobility hindrance; UUIDs confirmed from the GIPOD beta LDES.
 * @example
 * HinderStatussen.find("0a4ee99b-8b8a-47c8-913f-117220febee0")?.code; // "in_opmaak" (by GIPOD UUID)
 */
export const HinderStatussen = defineConceptScheme(
  "hinder-status",
  { nl: "Hinderstatus", en: "Hindrance status" },
  [
    { code: "in_opmaak", nl: "In opmaak", en: "Draft", gipodUuid: "0a4ee99b-8b8a-47c8-913f-117220febee0" },
    {
      code: "gevalideerd",
      nl: "Gevalideerd",
      en: "Validated",
      gipodUuid: "5cc9ee5b-fa97-4d71-8851-51a9d0e2ebd0",
    },
    {
      code: "geannuleerd",
      nl: "Geannuleerd",
      en: "Cancelled",
      gipodUuid: "37c10223-b829-45db-a395-59eeba5af44b",
    },
    { code: "onbekend", nl: "Onbekend", en: "Unknown", gipodUuid: "a411c53e-db33-436a-9bb9-d62d535b661d" },
  ],
  "statuses",
);

/**
 * Zone types of a hindrance or occupancy; UUIDs confirmed from the GIPOD beta LDES.
 * @example
 * Zonetypes.lookup("Hinderzone").code; // "hinderzone"
 * Zonetypes.get("werfzone").altLabel.en; // "Work site zone"
 */
export const Zonetypes = defineConceptScheme(
  "zonetype",
  { nl: "Zonetype", en: "Zone type" },
  [
    {
      code: "hinderzone",
      nl: "Hinderzone",
      en: "Hindrance zone",
      gipodUuid: "0fb72ef7-6ac9-4a70-b295-a30ea215d250",
    },
    {
      code: "werfzone",
      nl: "Werfzone",
      en: "Work site zone",
      gipodUuid: "362e85a3-fd7c-4132-a207-4400d5e2e6bf",
    },
  ],
  "zonetypes",
);

/**
 * The mobility-hindrance consequence types ("gevolgen"); UUIDs confirmed from the GIPOD beta LDES.
 * @example
 * Gevolgtypes.find("snelheidsbeperking")?.prefLabel.nl; // "Snelheidsbeperking"
 */
export const Gevolgtypes = defineConceptScheme(
  "gevolgtype",
  { nl: "Type mobiliteitshindergevolg", en: "Mobility hindrance consequence type" },
  [
    {
      code: "geen_doorgang_voetgangers",
      nl: "Geen doorgang voor voetgangers",
      en: "No passage for pedestrians",
      gipodUuid: "e4ea1344-aa27-40e8-b5af-94ec5f7956f8",
    },
    {
      code: "beperkte_doorgang_voetgangers",
      nl: "Beperkte doorgang voor voetgangers",
      en: "Limited passage for pedestrians",
      gipodUuid: "8eda1611-902b-4c9a-8b3c-4c23a49d7c5d",
    },
    {
      code: "geen_doorgang_fietsers",
      nl: "Geen doorgang voor fietsers",
      en: "No passage for cyclists",
      gipodUuid: "3c9d3c6e-c5bf-477b-a102-d12654ce5ef0",
    },
    {
      code: "beperkte_doorgang_fietsers",
      nl: "Beperkte doorgang voor fietsers",
      en: "Limited passage for cyclists",
      gipodUuid: "6a71c816-511f-490c-9248-c68ded67ecd9",
    },
    {
      code: "geen_doorgang_gemotoriseerd",
      nl: "Geen doorgang voor gemotoriseerd verkeer",
      en: "No passage for motor traffic",
      gipodUuid: "c53813ab-814f-4ff4-8a87-6934c72e175f",
    },
    {
      code: "geen_doorgang_gemotoriseerd_uitgezonderd_hulpdiensten",
      nl: "Geen doorgang voor gemotoriseerd verkeer uitgezonderd hulpdiensten",
      en: "No passage for motor traffic except emergency services",
      gipodUuid: "4981fd46-9536-415b-bd30-e53c0cedd799",
    },
    {
      code: "geen_doorgang_gemotoriseerd_uitgezonderd_openbaar_vervoer",
      nl: "Geen doorgang voor gemotoriseerd verkeer uitgezonderd openbaar vervoer",
      en: "No passage for motor traffic except public transport",
      gipodUuid: "6dd14722-79ad-4d25-aa0e-91e7fc53877b",
    },
    {
      code: "geen_doorgang_gemotoriseerd_uitgezonderd_plaatselijk_verkeer",
      nl: "Geen doorgang voor gemotoriseerd verkeer uitgezonderd plaatselijk verkeer",
      en: "No passage for motor traffic except local traffic",
      gipodUuid: "23c9463a-c199-4db3-a8ce-40a088066cb3",
    },
    {
      code: "afgesloten_een_rijrichting",
      nl: "Afgesloten in 1 rijrichting",
      en: "Closed in one direction",
      gipodUuid: "ee31fd67-b75e-4499-9ad4-0a595717a9c7",
    },
    {
      code: "afgesloten_een_rijrichting_uitgezonderd_hulpdiensten",
      nl: "Afgesloten in 1 rijrichting uitgezonderd hulpdiensten",
      en: "Closed in one direction except emergency services",
      gipodUuid: "5e5a1a0b-eaab-4b98-a5c8-6a4664cdb909",
    },
    {
      code: "afgesloten_een_rijrichting_uitgezonderd_openbaar_vervoer",
      nl: "Afgesloten in 1 rijrichting uitgezonderd openbaar vervoer",
      en: "Closed in one direction except public transport",
      gipodUuid: "e52587c7-5566-4c1c-889c-7fcc947e4c4b",
    },
    {
      code: "rijrichting_omgekeerd",
      nl: "Rijrichting omgekeerd",
      en: "Direction of traffic reversed",
      gipodUuid: "b922f580-68d3-471d-8712-8175417ad769",
    },
    {
      code: "vermindering_rijstroken",
      nl: "Vermindering van rijstroken",
      en: "Fewer lanes",
      gipodUuid: "cd1bbb8c-503f-4968-8483-01a4c2092d51",
    },
    {
      code: "versmalde_rijstroken",
      nl: "Versmalde rijstroken",
      en: "Narrowed lanes",
      gipodUuid: "5f8ff25a-87c7-47c8-9332-35d4fabf4b07",
    },
    {
      code: "wisselend_verkeer_verkeersborden",
      nl: "Wisselend verkeer via verkeersborden",
      en: "Alternating traffic by road signs",
      gipodUuid: "10c5101d-31fb-4909-a022-d76f868f7f50",
    },
    {
      code: "wisselend_verkeer_verkeerslichten",
      nl: "Wisselend verkeer via verkeerslichten",
      en: "Alternating traffic by traffic lights",
      gipodUuid: "7cbd0430-f6d4-4c74-8b8e-21b677e6b3d7",
    },
    {
      code: "snelheidsbeperking",
      nl: "Snelheidsbeperking",
      en: "Speed limit",
      gipodUuid: "427bc6a6-619c-482d-934c-bda986df18d1",
    },
    {
      code: "verboden_plus_3_5_ton",
      nl: "Verboden voor + 3,5 ton",
      en: "Prohibited over 3.5 tonnes",
      gipodUuid: "d0dbf2dd-b9bf-4d7a-b0ca-806f1ba4795a",
    },
    {
      code: "verboden_plus_7_5_ton",
      nl: "Verboden voor + 7,5 ton",
      en: "Prohibited over 7.5 tonnes",
      gipodUuid: "5f0e22e9-0554-4e56-82bd-69440a01827c",
    },
    {
      code: "hoogtebeperking_2_0_m",
      nl: "Hoogtebeperking: max 2,0 m",
      en: "Height limit 2.0 m",
      gipodUuid: "9fa25822-90af-46af-9f81-402094766e83",
    },
    {
      code: "hoogtebeperking_2_5_m",
      nl: "Hoogtebeperking: max 2,5 m",
      en: "Height limit 2.5 m",
      gipodUuid: "cf14ce28-20f4-458b-9516-baf1d595101d",
    },
    {
      code: "breedtebeperking_2_4_m",
      nl: "Breedtebeperking: max 2,4 m",
      en: "Width limit 2.4 m",
      gipodUuid: "4819c850-b6cd-4491-97e0-bb1b286b5cfd",
    },
    {
      code: "handelaars_moeilijk_bereikbaar",
      nl: "Handelaars moeilijk bereikbaar",
      en: "Shops hard to reach",
      gipodUuid: "b133bb2c-98b7-4485-9ef8-7513e73d63d7",
    },
    {
      code: "tijdelijk_tweerichtingsverkeer",
      nl: "Tijdelijk tweerichtingsverkeer",
      en: "Temporary two-way traffic",
      gipodUuid: "a96c15e7-a3cf-41b1-aa6a-e8eb53ea7f3c",
    },
  ],
  "mobility-hindrance/consequencetypes",
);

/**
 * Groundwork categories of the Flemish decree (and "dringend", urgent works).
 * @example
 * Grondwerkcategorieen.lookup("CAT_1").code; // "categorie_1"
 * Grondwerkcategorieen.lookup("spoed").code; // "dringend"
 */
export const Grondwerkcategorieen = defineConceptScheme(
  "grondwerkcategorie",
  { nl: "Grondwerkcategorie", en: "Groundwork category" },
  [
    {
      code: "categorie_1",
      nl: "Categorie 1",
      en: "Category 1",
      aliases: ["cat 1", "cat1", "categorie1", "CAT_1"],
    },
    {
      code: "categorie_2",
      nl: "Categorie 2",
      en: "Category 2",
      aliases: ["cat 2", "cat2", "categorie2", "CAT_2"],
    },
    {
      code: "categorie_3",
      nl: "Categorie 3",
      en: "Category 3",
      aliases: ["cat 3", "cat3", "categorie3", "CAT_3"],
    },
    { code: "dringend", nl: "Dringend", en: "Urgent", aliases: ["spoed", "SPOED"] },
  ],
);

/**
 * Kinds of public-domain occupancy.
 * @example
 * Innametypes.lookup("nutswerken").code; // "grondwerk"
 */
export const Innametypes = defineConceptScheme(
  "innametype",
  { nl: "Soort inname", en: "Kind of occupancy" },
  [
    { code: "grondwerk", nl: "Grondwerk", en: "Groundwork", aliases: ["nutswerken", "groundwork"] },
    { code: "werk", nl: "Werk", en: "Work", aliases: ["work"] },
    { code: "evenement", nl: "Evenement", en: "Event", aliases: ["event"] },
  ],
);

/**
 * Status of a signalisation permit (as A-SIGN and GIPOD report it).
 * @example
 * Vergunningsstatussen.lookup("vergund").code; // "afgeleverd"
 */
export const Vergunningsstatussen = defineConceptScheme(
  "vergunningsstatus",
  { nl: "Vergunningsstatus", en: "Permit status" },
  [
    {
      code: "in_voorbereiding",
      nl: "In voorbereiding",
      en: "In preparation",
      aliases: ["in aanvraag", "aangevraagd", "IN_VOORBEREIDING"],
    },
    { code: "afgeleverd", nl: "Afgeleverd", en: "Granted", aliases: ["vergund", "AFGELEVERD"] },
    {
      code: "geweigerd_of_stopgezet",
      nl: "Geweigerd of stopgezet",
      en: "Refused or stopped",
      aliases: ["geweigerd", "stopgezet", "GEWEIGERD_OF_STOPGEZET"],
    },
    {
      code: "verlopen",
      nl: "Vergunning verlopen",
      en: "Expired",
      aliases: ["vergunning afgelopen", "verlopen", "permit expired"],
    },
    { code: "niet_vereist", nl: "Niet vereist", en: "Not required", aliases: ["NIET_VEREIST"] },
  ],
);

/**
 * Status of a detour (GIPOD legacy help: voorstel → in aanvraag → vergund).
 * @example
 * Omleidingsstatussen.get("in_aanvraag").prefLabel.nl; // "In aanvraag"
 */
export const Omleidingsstatussen = defineConceptScheme(
  "omleidingsstatus",
  { nl: "Omleidingsstatus", en: "Detour status" },
  [
    { code: "voorstel", nl: "Voorstel", en: "Proposal" },
    { code: "in_aanvraag", nl: "In aanvraag", en: "Requested" },
    { code: "vergund", nl: "Vergund", en: "Permitted" },
  ],
);

/**
 * Roles an organisation plays around a work.
 * @example
 * Organisatierollen.lookup("utility").code; // "nutsbeheerder"
 */
export const Organisatierollen = defineConceptScheme(
  "organisatierol",
  { nl: "Organisatierol", en: "Organisation role" },
  [
    {
      code: "nutsbeheerder",
      nl: "Nutsbeheerder",
      en: "Utility company",
      aliases: ["nutsmaatschappij", "nutsbedrijf", "utility"],
    },
    { code: "aannemer", nl: "Aannemer", en: "Contractor", aliases: ["contractor", "uitvoerder"] },
    {
      code: "stad_gemeente",
      nl: "Stad/gemeente",
      en: "City/municipality",
      aliases: ["stad", "gemeente", "wegbeheerder", "stad antwerpen"],
    },
    { code: "signalisatiebedrijf", nl: "Signalisatiebedrijf", en: "Signage company" },
    {
      code: "dossierbeheerder",
      nl: "Dossierbeheerder",
      en: "Case manager",
      gipodUuid: "aad5e947-f7bf-4592-a84a-f591555b0b8b",
    },
  ],
  "contactroles",
);

/**
 * Status of a GIPOD notification as handled by a city.
 * @example
 * Notificatiestatussen.lookup("unread").code; // "nieuw"
 */
export const Notificatiestatussen = defineConceptScheme(
  "notificatiestatus",
  { nl: "Notificatiestatus", en: "Notification status" },
  [
    { code: "nieuw", nl: "Nieuw", en: "New", aliases: ["new", "unread"] },
    { code: "gelezen", nl: "Gelezen", en: "Read", aliases: ["read"] },
    { code: "in_behandeling", nl: "In behandeling", en: "In progress", aliases: ["in progress"] },
    { code: "afgehandeld", nl: "Afgehandeld", en: "Handled", aliases: ["handled", "closed", "done"] },
  ],
);
