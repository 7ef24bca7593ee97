import { z } from "zod";
import { Nutsbedrijven, Organisatierollen } from "../code-lists/index.js";
import { code, dateTime, decimal, json, node, text, wkt } from "../model-kit/field.js";
import { defineEntity, defineValue } from "../model-kit/model.js";
import { GeoJsonGeometry } from "./geojson.js";

export const IdentificatorModel = defineValue(
  "Identificator",
  "adms:Identifier",
  "An identifier assigned by an agency (GIPOD id, a utility's reference, a BONU number).",
  {
    identificator: text("skos:notation", "The identifier itself."),
    soort: text(
      "dn:identificatorSoort",
      "What kind of identifier: `gipodId`, `referentie`, `bonu`, `dossier`, …",
    ).optional(),
    toegekendDoor: text(
      "adms:schemaAgency",
      "The agency that assigned it, e.g. `https://gipod.vlaanderen.be`.",
    ).optional(),
  },
);

export const PeriodeModel = defineValue(
  "Periode",
  "m8g:PeriodOfTime",
  "A period between two instants (OSLO Generiek).",
  {
    begin: dateTime("m8g:startTime", "Start of the period."),
    einde: dateTime("m8g:endTime", "End of the period; absent when open-ended.").optional(),
  },
);

export const AdresvoorstellingModel = defineValue(
  "Adresvoorstelling",
  "locn:Address",
  "An address as written (OSLO Adres).",
  {
    straatnaam: text("locn:thoroughfare", "Street name.").optional(),
    huisnummer: text("adres:Adresvoorstelling.huisnummer", "House number.").optional(),
    busnummer: text("adres:Adresvoorstelling.busnummer", "Box number.").optional(),
    postcode: text(
      "locn:postCode",
      "Belgian postcode (4 digits).",
      z.string().regex(/^\d{4}$/, "een Belgische postcode heeft 4 cijfers"),
    ).optional(),
    gemeentenaam: text("adres:gemeentenaam", "Municipality name.").optional(),
    land: text("adres:land", "Country.").optional(),
    volledigAdres: text("locn:fullAddress", "The full address on one line.").optional(),
  },
);

export const GeometrieModel = defineValue(
  "Geometrie",
  "locn:Geometry",
  "A geometry: GeoJSON in WGS84 for computation, with the original WKT (and its CRS) kept.",
  {
    geojson: json("geosparql:asGeoJSON", "The geometry as GeoJSON in WGS84 (lon, lat).", GeoJsonGeometry),
    wkt: wkt(
      "geosparql:asWKT",
      "The original WKT, with its CRS IRI prefix when not WGS84 (GIPOD: Lambert 72).",
    ).optional(),
  },
);

export const PositieModel = defineValue(
  "Positie",
  "wgs84:Point",
  "A WGS84 position, e.g. where a device was when a photo was taken.",
  {
    breedtegraad: decimal("wgs84:lat", "Latitude in degrees (WGS84).", z.number().min(-90).max(90)),
    lengtegraad: decimal("wgs84:long", "Longitude in degrees (WGS84).", z.number().min(-180).max(180)),
    nauwkeurigheid: decimal(
      "dn:nauwkeurigheidInMeter",
      "Horizontal accuracy in metres.",
      z.number().nonnegative(),
    ).optional(),
  },
);

export const OrganisatieModel = defineEntity(
  "Organisatie",
  "org:Organization",
  "An organisation around a work: utility, contractor, city, signage company.",
  {
    voorkeursnaam: text("skos:prefLabel", "Preferred name."),
    rol: code(Organisatierollen, "dn:rol", "The role the organisation plays here.").optional(),
    nutsbedrijf: code(
      Nutsbedrijven,
      "dn:nutsbedrijf",
      "The utility company this organisation is, when it is one.",
    ).optional(),
    identificator: node(
      () => IdentificatorModel,
      "adms:identifier",
      "Identifiers, e.g. the GIPOD organisation UUID or KBO number.",
    ).list(),
    email: text("schema:email", "Functional e-mail address (never a person's).").optional(),
    telefoon: text("schema:telephone", "Functional phone number.").optional(),
  },
);

/** When a record was made and last changed at its source. */
export const metadataFields = {
  aangemaaktOp: dateTime("dct:created", "When the record was created at its source.").optional(),
  laatstGewijzigdOp: dateTime(
    "dct:modified",
    "When the record last changed at its source (GIPOD `lastModifiedOn`).",
  ).optional(),
};
