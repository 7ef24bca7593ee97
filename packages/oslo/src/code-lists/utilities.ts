import { defineConceptScheme } from "./concept-scheme.js";

/**
 * Utility companies active in Flanders, with the spellings exports use.
 * @example
 * Nutsbedrijven.lookup("Eandis").code; // "fluvius"
 * Nutsbedrijven.get("proximus").prefLabel.nl; // "Proximus"
 */
export const Nutsbedrijven = defineConceptScheme(
  "nutsbedrijf",
  { nl: "Nutsbedrijf", en: "Utility company" },
  [
    {
      code: "fluvius",
      nl: "Fluvius",
      en: "Fluvius",
      aliases: ["fluvius system operator", "eandis", "infrax"],
    },
    { code: "proximus", nl: "Proximus", en: "Proximus", aliases: ["belgacom"] },
    { code: "telenet", nl: "Telenet", en: "Telenet" },
    { code: "orange", nl: "Orange", en: "Orange", aliases: ["orange belgium", "mobistar"] },
    { code: "de_watergroep", nl: "De Watergroep", en: "De Watergroep", aliases: ["watergroep", "vmw"] },
    { code: "water_link", nl: "Water-link", en: "Water-link", aliases: ["waterlink", "aww"] },
    { code: "farys", nl: "Farys", en: "Farys", aliases: ["tmvw"] },
    { code: "pidpa", nl: "Pidpa", en: "Pidpa" },
    { code: "wyre", nl: "Wyre", en: "Wyre" },
    { code: "elia", nl: "Elia", en: "Elia" },
    { code: "aquafin", nl: "Aquafin", en: "Aquafin" },
    { code: "fluxys", nl: "Fluxys", en: "Fluxys" },
    { code: "digi", nl: "Digi", en: "Digi", aliases: ["digi communications"] },
  ],
);
