import {
  Fases,
  Ingreeptypes,
  Nutsbedrijven,
  Prioriteiten,
  Vaststellingsstatussen,
  Verhardingstypes,
} from "@digitale-nuts/oslo";
import type { ChecklistOption, ChecklistSchema } from "./checklist-schema.js";

const fromScheme = (scheme: {
  concepts: readonly { code: string; prefLabel: { nl: string } }[];
}): ChecklistOption[] => scheme.concepts.map((c) => ({ value: c.code, label: c.prefLabel.nl }));
const plain = (values: readonly string[]): ChecklistOption[] => values.map((v) => ({ value: v, label: v }));

/**
 * Antwerp's districts, the DN prototype's `DISTRICT_OPTIONS`; pass them (or your own) to {@link createDnV2CoreChecklist}.
 *
 * @example
 * const known = (ANTWERPEN_DISTRICTS as readonly string[]).includes("Berchem"); // true
 */
export const ANTWERPEN_DISTRICTS = [
  "Antwerpen",
  "Berchem",
  "Berendrecht-Zandvliet-Lillo",
  "Borgerhout",
  "Deurne",
  "Ekeren",
  "Hoboken",
  "Merksem",
  "Wilrijk",
  "Borsbeek",
] as const;

/**
 * The DN v2 core field set (dn-dispatch §4.2/§4.3) as a checklist section. Coded fields use the
 * OSLO code lists. `districts` makes `district` a select; without it, it is free text (a city is
 * configuration, not code). `termijnHerstel` is not schema-required: the gate requires it only
 * for `fase=tijdelijk_herstel` (DN marked it both ways).
 *
 * @example
 * const checklist = createDnV2CoreChecklist({ districts: ANTWERPEN_DISTRICTS });
 */
export function createDnV2CoreChecklist(options: { districts?: readonly string[] } = {}): ChecklistSchema {
  const district = options.districts?.length
    ? { type: "select" as const, options: plain(options.districts) }
    : { type: "text" as const };
  return {
    id: "dn_v2",
    version: "2.0",
    title: "DN Vaststelling v2",
    sections: [
      {
        id: "dn_v2_kernvelden",
        title: "DN Vaststelling v2 - Kernvelden",
        fields: [
          { key: "recordId", label: "Record-ID", type: "auto", required: true },
          { key: "gipodId", label: "GIPOD-ID", type: "auto", required: false },
          {
            key: "nutsbeheerder",
            label: "Nutsbeheerder",
            type: "select",
            required: false,
            options: fromScheme(Nutsbedrijven),
          },
          { key: "district", label: "District", required: true, ...district },
          { key: "adres", label: "Adres", type: "auto", required: false },
          { key: "locPrecisionM", label: "Locatie-precisie (m)", type: "number", required: false },
          {
            key: "ingreepType",
            label: "Type ingreep",
            type: "select",
            required: true,
            options: fromScheme(Ingreeptypes),
          },
          { key: "fase", label: "Fase", type: "select", required: true, options: fromScheme(Fases) },
          {
            key: "verhardingType",
            label: "Verharding",
            type: "select",
            required: true,
            options: fromScheme(Verhardingstypes),
          },
          {
            key: "kritiekeZone",
            label: "Kritieke zone",
            type: "boolean",
            required: false,
            options: plain(["nee", "ja"]),
          },
          { key: "signVergNr", label: "Signalisatievergunning nr", type: "text", required: false },
          { key: "herstelbonNr", label: "Herstelbon nr", type: "text", required: false },
          { key: "termijnHerstel", label: "Uiterste hersteldatum", type: "date", required: false },
          {
            key: "status",
            label: "Status",
            type: "select",
            required: true,
            options: fromScheme(Vaststellingsstatussen),
          },
          {
            key: "prioriteit",
            label: "Prioriteit",
            type: "select",
            required: false,
            options: fromScheme(Prioriteiten),
          },
          { key: "vaststDatumTijd", label: "Vaststellingsdatum/tijd", type: "auto", required: true },
          { key: "toezichterId", label: "Toezichter", type: "auto", required: true },
          { key: "aannemer", label: "Aannemer/ploeg", type: "text", required: false },
          { key: "fotoVoor_url", label: "Foto VOOR", type: "media", required: true },
          { key: "fotoDetail_url", label: "Foto DETAIL", type: "media", required: true },
          {
            key: "fotoNa_url",
            label: "Foto NA",
            type: "media",
            required: false,
            notes: ["Verplicht bij status afgesloten of fase definitief herstel."],
          },
          { key: "maatregel", label: "Gevraagde maatregel", type: "textarea", required: false },
          {
            key: "opmerking",
            label: "Opmerking",
            type: "textarea",
            required: false,
            notes: ["Maximaal 500 tekens."],
          },
          { key: "heropenReden", label: "Heropeningsreden", type: "textarea", required: false },
          {
            key: "tags",
            label: "Tags",
            type: "multiselect",
            required: false,
            options: plain(["GEPLAND", "VRIJ", "NS-kern"]),
          },
        ],
      },
    ],
  };
}

/**
 * The DN v2 core checklist with a free-text district: the default schema of {@link validate}.
 *
 * @example
 * const requiredKeys = DN_V2_CORE_CHECKLIST.sections.flatMap((s) => s.fields.filter((f) => f.required).map((f) => f.key));
 */
export const DN_V2_CORE_CHECKLIST: ChecklistSchema = createDnV2CoreChecklist();
