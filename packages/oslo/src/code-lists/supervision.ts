import { defineConceptScheme } from "./concept-scheme.js";

/**
 * Type of an inspection visit.
 * @example
 * Bezoektypes.lookup("herbezoek").code; // "OPVOLGING"
 */
export const Bezoektypes = defineConceptScheme(
  "bezoektype",
  { nl: "Type toezichtbezoek", en: "Inspection visit type" },
  [
    { code: "START", nl: "Startbezoek", en: "Start visit", aliases: ["start"] },
    { code: "TUSSEN", nl: "Tussentijds bezoek", en: "Interim visit", aliases: ["tussen", "tussentijds"] },
    { code: "EIND", nl: "Eindbezoek", en: "End visit", aliases: ["eind", "einde"] },
    {
      code: "OPVOLGING",
      nl: "Opvolgingsbezoek",
      en: "Follow-up visit",
      aliases: ["opvolging", "follow-up", "herbezoek"],
    },
  ],
);

/**
 * Result of one checklist item.
 * @example
 * Checkresultaten.lookup("not ok").code; // "NOK"
 */
export const Checkresultaten = defineConceptScheme(
  "checkresultaat",
  { nl: "Resultaat controlepunt", en: "Check result" },
  [
    { code: "OK", nl: "In orde", en: "OK", aliases: ["ok"] },
    { code: "NOK", nl: "Niet in orde", en: "Not OK", aliases: ["nok", "not ok"] },
    { code: "INFO", nl: "Informatief", en: "Information", aliases: ["info"] },
  ],
);

/**
 * Hand-over decision at the end of a visit.
 * @example
 * Overdrachtsbeslissingen.get("REQUEST_FIX").prefLabel.nl; // "Herstel vragen"
 */
export const Overdrachtsbeslissingen = defineConceptScheme(
  "overdrachtsbeslissing",
  { nl: "Overdrachtsbeslissing", en: "Hand-over decision" },
  [
    { code: "BLOCK", nl: "Blokkeren", en: "Block" },
    { code: "REQUEST_FIX", nl: "Herstel vragen", en: "Request fix" },
    { code: "APPROVE", nl: "Goedkeuren", en: "Approve" },
  ],
);

/**
 * Status of a finding in the city's follow-up.
 * @example
 * Vaststellingsstatussen.codes; // ["open", "in_behandeling", "geparkeerd", "afgesloten"]
 */
export const Vaststellingsstatussen = defineConceptScheme(
  "vaststellingsstatus",
  { nl: "Status vaststelling", en: "Finding status" },
  [
    { code: "open", nl: "Open", en: "Open" },
    { code: "in_behandeling", nl: "In behandeling", en: "In progress" },
    { code: "geparkeerd", nl: "Geparkeerd", en: "Parked" },
    { code: "afgesloten", nl: "Afgesloten", en: "Closed" },
  ],
);

/**
 * Phase of the work a finding is about.
 * @example
 * Fases.lookup("voorlopig herstel").code; // "tijdelijk_herstel"
 */
export const Fases = defineConceptScheme("fase", { nl: "Fase", en: "Phase" }, [
  { code: "uitvoering", nl: "Uitvoering", en: "Execution" },
  {
    code: "tijdelijk_herstel",
    nl: "Tijdelijk herstel",
    en: "Temporary restoration",
    aliases: ["voorlopig herstel"],
  },
  { code: "definitief_herstel", nl: "Definitief herstel", en: "Permanent restoration" },
]);

/**
 * Kind of intervention.
 * @example
 * Ingreeptypes.lookup("Sleuf").uri; // "https://w3id.org/digitale-nuts/id/concept/ingreeptype/sleuf"
 */
export const Ingreeptypes = defineConceptScheme(
  "ingreeptype",
  { nl: "Type ingreep", en: "Intervention type" },
  [
    { code: "sleuf", nl: "Sleuf", en: "Trench" },
    { code: "aansluiting", nl: "Aansluiting", en: "Connection" },
    { code: "herstelling", nl: "Herstelling", en: "Repair" },
    { code: "cabine", nl: "Cabine", en: "Cabinet" },
    { code: "inspectie", nl: "Inspectie", en: "Inspection" },
    { code: "signalisatie", nl: "Signalisatie", en: "Signage" },
  ],
);

/**
 * Pavement type.
 * @example
 * Verhardingstypes.lookup("Natuursteen").code; // "natuursteen"
 */
export const Verhardingstypes = defineConceptScheme(
  "verhardingstype",
  { nl: "Type verharding", en: "Pavement type" },
  [
    { code: "kassei", nl: "Kassei", en: "Cobblestone" },
    { code: "beton", nl: "Beton", en: "Concrete" },
    { code: "asfalt", nl: "Asfalt", en: "Asphalt" },
    { code: "klinker", nl: "Klinker", en: "Brick paver" },
    { code: "natuursteen", nl: "Natuursteen", en: "Natural stone" },
    { code: "grasdals", nl: "Grasdals", en: "Grass paver" },
    { code: "grind", nl: "Grind", en: "Gravel" },
  ],
);

/**
 * Priority flag of a finding.
 * @example
 * Prioriteiten.lookup("rode vlag").code; // "rood_vlag"
 */
export const Prioriteiten = defineConceptScheme("prioriteit", { nl: "Prioriteit", en: "Priority" }, [
  { code: "normaal", nl: "Normaal", en: "Normal" },
  { code: "hoog", nl: "Hoog", en: "High" },
  { code: "rood_vlag", nl: "Rode vlag", en: "Red flag", aliases: ["rode vlag"] },
]);

/**
 * The party responsible for a NOK.
 * @example
 * VerantwoordelijkePartijen.lookup("nutsbedrijf").code; // "nutsmaatschappij"
 */
export const VerantwoordelijkePartijen = defineConceptScheme(
  "verantwoordelijke",
  { nl: "Verantwoordelijke partij", en: "Responsible party" },
  [
    { code: "aannemer", nl: "Aannemer", en: "Contractor" },
    {
      code: "nutsmaatschappij",
      nl: "Nutsmaatschappij",
      en: "Utility company",
      aliases: ["nutsbeheerder", "nutsbedrijf"],
    },
    { code: "stad", nl: "Stad", en: "City", aliases: ["stad antwerpen", "gemeente"] },
    { code: "signalisatiebedrijf", nl: "Signalisatiebedrijf", en: "Signage company" },
  ],
);

/**
 * Where the location of a finding came from.
 * @example
 * Locatiebronnen.get("postcode").prefLabel.nl; // "Zwaartepunt postcode"
 */
export const Locatiebronnen = defineConceptScheme(
  "locatiebron",
  { nl: "Bron van de locatie", en: "Location source" },
  [
    { code: "exact", nl: "Exacte coördinaat", en: "Exact coordinate" },
    { code: "postcode", nl: "Zwaartepunt postcode", en: "Postcode centroid" },
    { code: "gps", nl: "GPS van het toestel", en: "Device GPS" },
    { code: "geocode", nl: "Geocodering van het adres", en: "Geocoded address" },
  ],
);

/**
 * Lifecycle state of a finding record (the sync side, not the follow-up status).
 * @example
 * Registratiestatussen.codes; // ["draft", "valid", "queued", "synced", "withdrawn"]
 */
export const Registratiestatussen = defineConceptScheme(
  "registratiestatus",
  { nl: "Registratiestatus", en: "Record state" },
  [
    { code: "draft", nl: "Ontwerp", en: "Draft" },
    { code: "valid", nl: "Geldig", en: "Valid" },
    { code: "queued", nl: "In wachtrij", en: "Queued" },
    { code: "synced", nl: "Gesynchroniseerd", en: "Synced" },
    { code: "withdrawn", nl: "Ingetrokken", en: "Withdrawn" },
  ],
);

/**
 * Why a synced finding was withdrawn (after Street Manager's reasons).
 * @example
 * Intrekkingsredenen.get("dubbele_registratie").altLabel.en; // "Duplicate"
 */
export const Intrekkingsredenen = defineConceptScheme(
  "intrekkingsreden",
  { nl: "Reden van intrekking", en: "Withdrawal reason" },
  [
    { code: "foutieve_gegevens", nl: "Foutieve gegevens", en: "Incorrect details" },
    { code: "verkeerde_werf", nl: "Verkeerde werf", en: "Wrong site" },
    { code: "dubbele_registratie", nl: "Dubbele registratie", en: "Duplicate" },
    { code: "bezwaar_aanvaard", nl: "Bezwaar aanvaard", en: "Challenge accepted" },
    { code: "andere", nl: "Andere", en: "Other" },
  ],
);

/**
 * Where a photo came from.
 * @example
 * Fotobronnen.codes; // ["camera", "bestand", "api"]
 */
export const Fotobronnen = defineConceptScheme("fotobron", { nl: "Bron van de foto", en: "Photo source" }, [
  { code: "camera", nl: "Camera van het toestel", en: "Device camera" },
  { code: "bestand", nl: "Bestand", en: "File" },
  { code: "api", nl: "Externe toepassing", en: "External system" },
]);

/**
 * Which photo slot of the checklist a photo fills.
 * @example
 * Fotosoorten.lookup("fotoVoor_url").code; // "VOOR"
 */
export const Fotosoorten = defineConceptScheme("fotosoort", { nl: "Soort foto", en: "Photo kind" }, [
  { code: "VOOR", nl: "Foto voor", en: "Before", aliases: ["fotoVoor_url"] },
  { code: "DETAIL", nl: "Detailfoto", en: "Detail", aliases: ["fotoDetail_url"] },
  { code: "NA", nl: "Foto na", en: "After", aliases: ["fotoNa_url"] },
  { code: "ANDERE", nl: "Andere foto", en: "Other" },
]);

/**
 * Status of a resident complaint.
 * @example
 * Klachtstatussen.codes; // ["ontvangen", "in_behandeling", "afgehandeld"]
 */
export const Klachtstatussen = defineConceptScheme(
  "klachtstatus",
  { nl: "Status klacht", en: "Complaint status" },
  [
    { code: "ontvangen", nl: "Ontvangen", en: "Received" },
    { code: "in_behandeling", nl: "In behandeling", en: "In progress" },
    { code: "afgehandeld", nl: "Afgehandeld", en: "Resolved" },
  ],
);

/**
 * Kind of a synchronisation event.
 * @example
 * Synctypes.get("handover_decision").prefLabel.nl; // "Overdrachtsbeslissing"
 */
export const Synctypes = defineConceptScheme(
  "synctype",
  { nl: "Type synchronisatie", en: "Sync item type" },
  [
    { code: "inspection_saved", nl: "Vaststelling bewaard", en: "Inspection saved" },
    { code: "handover_decision", nl: "Overdrachtsbeslissing", en: "Hand-over decision" },
    { code: "field_photos_added", nl: "Foto's toegevoegd", en: "Photos added" },
    { code: "finding_withdrawn", nl: "Vaststelling ingetrokken", en: "Finding withdrawn" },
  ],
);

/**
 * Outcome of a synchronisation as the server acknowledged it.
 * @example
 * Syncuitkomsten.codes; // ["accepted", "duplicate", "conflict", "rejected", "failed"]
 */
export const Syncuitkomsten = defineConceptScheme(
  "syncuitkomst",
  { nl: "Uitkomst synchronisatie", en: "Sync outcome" },
  [
    { code: "accepted", nl: "Aanvaard", en: "Accepted" },
    { code: "duplicate", nl: "Dubbel", en: "Duplicate" },
    { code: "conflict", nl: "Conflict", en: "Conflict" },
    { code: "rejected", nl: "Geweigerd", en: "Rejected" },
    { code: "failed", nl: "Mislukt", en: "Failed" },
  ],
);

/**
 * Canonical status of a finding across systems (DN sync protocol §4.12).
 * @example
 * CanoniekeStatussen.get("temporary_restore").prefLabel.nl; // "Tijdelijk herstel"
 */
export const CanoniekeStatussen = defineConceptScheme(
  "canonieke-status",
  { nl: "Canonieke status", en: "Canonical status" },
  [
    { code: "planned", nl: "Gepland", en: "Planned" },
    { code: "in_progress", nl: "Lopend", en: "In progress" },
    { code: "temporary_restore", nl: "Tijdelijk herstel", en: "Temporary restoration" },
    { code: "closed", nl: "Afgesloten", en: "Closed" },
  ],
);
