import { define, SYNC_DIMENSIONS } from "./define.js";
import type { KpiDefinition } from "./types.js";

const SOURCE =
  "60-dagenplan: 'een objectieve baseline vastleggen (datacompleetheid, synckwaliteit, doorlooptijd)'";

const syncRate = (
  id: string,
  outcome: string,
  nl: string,
  en: string,
  green: number,
  red: number,
): KpiDefinition =>
  define({
    id,
    family: "nulmeting-60-dagen",
    label: { nl, en },
    definition: {
      nl: `Aandeel sync-events in de periode met uitkomst ${outcome}, per bron.`,
      en: `Share of sync events in the period with outcome ${outcome}, per source.`,
    },
    formula: `100 × #events with uitkomst = ${outcome} ÷ #events`,
    unit: "procent",
    decimals: 1,
    direction: "lower_is_better",
    thresholds: { green, red, source: "SDK proposal" },
    requiredInputs: ["sync"],
    dimensions: SYNC_DIMENSIONS,
    source: `${SOURCE}; SyncEvent.uitkomst`,
  });

/**
 * The 60-day plan's baseline KPIs: data completeness, OSLO conformity, sync quality, lead times.
 * @example
 * BASELINE_KPIS.map((d) => d.id); // ["datacompleetheid_per_veld", …, "doorlooptijd_klacht_werkdagen"]
 */
export const BASELINE_KPIS: readonly KpiDefinition[] = [
  define({
    id: "datacompleetheid_per_veld",
    family: "nulmeting-60-dagen",
    label: { nl: "Datacompleetheid per veld", en: "Data completeness per field" },
    definition: {
      nl: "Per veld van werken en vaststellingen het aandeel records waarin het ingevuld is; waarde = aandeel ingevulde cellen over alle gemeten velden.",
      en: "For each measured field of works and findings, the share of records that fill it; the value is the share of filled cells over all measured fields.",
    },
    formula:
      "breakdown[Entiteit.veld] = 100 × #records with veld filled ÷ #records of that entity; value = 100 × Σ filled ÷ Σ measured",
    unit: "procent",
    decimals: 1,
    direction: "higher_is_better",
    thresholds: {
      green: 80,
      red: 30,
      source: "DN §2.8: baseline < 30% complete, target 80% at project close",
    },
    requiredInputs: ["inname", "vaststelling"],
    dimensions: ["bron", "district", "nutsbedrijf", "entiteit"],
    limitations: [
      "Measured fields: works — referentie, beschrijving, beheerder, adresvoorstelling, geometrie, niscode, district, periode.einde, zone; findings — context.gipodId, context.nutsbedrijf, context.district, context.adres, context.referentieId, fase, ingreepType, verhardingType, aannemer, overdrachtsbeslissing, foto VOOR, foto DETAIL.",
    ],
    source: `${SOURCE}; seeds K1`,
  }),
  define({
    id: "datacompleetheid_per_entiteit",
    family: "nulmeting-60-dagen",
    label: { nl: "Datacompleetheid per entiteit", en: "Data completeness per entity" },
    definition: {
      nl: "Aandeel records waarin alle kernvelden van hun entiteit ingevuld zijn. Werk: referentie, adres, geometrie, einddatum, beheerder. Vaststelling: DN's blokkerende velden (GIPOD-id, nutsbeheerder, district, ingreepType, fase, verhardingType).",
      en: "Share of records that fill every core field of their entity. Work: reference, address, geometry, end date, owner. Finding: DN's blocking fields (GIPOD id, utility, district, intervention type, phase, pavement type).",
    },
    formula: "100 × #records with all core fields ÷ #records; breakdown per entity",
    unit: "procent",
    decimals: 1,
    direction: "higher_is_better",
    thresholds: {
      green: 80,
      red: 30,
      source: "DN §2.8: baseline < 30% complete, target 80% at project close",
    },
    requiredInputs: ["inname", "vaststelling"],
    dimensions: ["bron", "district", "nutsbedrijf", "entiteit"],
    source: `${SOURCE}; DN §4.2 'publiceren blokkeren als ontbrekend'`,
  }),
  define({
    id: "oslo_conform_pct",
    family: "nulmeting-60-dagen",
    label: { nl: "% records OSLO-conform", en: "% records OSLO-valid" },
    definition: {
      nl: "Aandeel records dat het OSLO-schema van zijn entiteit doorstaat (safeParseX van @digitale-nuts/oslo); ongeparste records tellen mee als 'ruw'.",
      en: "Share of records that pass their entity's OSLO schema (safeParseX of @digitale-nuts/oslo); records that never parsed are passed as 'ruw' inputs and count too.",
    },
    formula: "100 × #records with safeParse success ÷ #records",
    unit: "procent",
    decimals: 1,
    direction: "higher_is_better",
    thresholds: { green: 80, red: 30, source: "DN §2.8 headline target 4 (baseline < 30%, 80% at close)" },
    requiredInputs: ["inname", "vaststelling", "bezoek", "sync", "klacht", "ruw"],
    dimensions: ["bron", "entiteit", "dag", "week", "maand"],
    limitations: [
      "Works have no event date: they count in every period and have no time dimension (group 'onbekend').",
    ],
    source: `${SOURCE}; DN §2.8 'gemeten door validatie tegen OSLO-schema's'`,
  }),
  define({
    id: "sync_versheid_minuten",
    family: "nulmeting-60-dagen",
    label: { nl: "Versheid synchronisatie (minuten)", en: "Sync freshness lag (minutes)" },
    definition: {
      nl: "Minuten tussen de wijziging aan de bron (bronTijdstip) en de verwerking (ontvangenOp), per bron. Waarde: mediaan; ook p90.",
      en: "Minutes between the change at the source (bronTijdstip) and its processing (ontvangenOp), per source. Value: the median; p90 comes with it.",
    },
    formula:
      "per event with bronTijdstip: floor((ontvangenOp − bronTijdstip) / 60 s); median, p90 (nearest rank), mean",
    unit: "minuten",
    decimals: 1,
    direction: "lower_is_better",
    thresholds: { green: 15, red: 240, source: "SDK proposal" },
    requiredInputs: ["sync"],
    dimensions: SYNC_DIMENSIONS,
    limitations: [
      "Events without bronTijdstip are left out; negative lags (clock skew) are counted in `stats` as invalid, not in the value.",
      "Exact at minute resolution: a histogram of whole minutes.",
    ],
    source: `${SOURCE}; seeds K2`,
  }),
  syncRate("sync_failed_ratio", "failed", "Ratio mislukte sync (failed)", "Failed sync rate", 1, 5),
  syncRate(
    "sync_duplicate_ratio",
    "duplicate",
    "Ratio dubbele sync (duplicate)",
    "Duplicate sync rate",
    5,
    20,
  ),
  syncRate("sync_rejected_ratio", "rejected", "Ratio geweigerde sync (rejected)", "Rejected sync rate", 1, 5),
  syncRate(
    "sync_conflict_ratio",
    "conflict",
    "Ratio sync-conflicten (conflict)",
    "Sync conflict rate",
    0.5,
    2,
  ),
  define({
    id: "doorlooptijd_klacht_werkdagen",
    family: "nulmeting-60-dagen",
    label: {
      nl: "Doorlooptijd klachtafhandeling (werkdagen)",
      en: "Complaint handling lead time (working days)",
    },
    definition: {
      nl: "Werkdagen tussen ontvangst en afhandeling van klachten die afgehandeld zijn en in de periode ontvangen. Waarde: mediaan; ook p90.",
      en: "Working days from receipt to resolution of resolved complaints received in the period. Value: the median; p90 comes with it.",
    },
    formula: "per complaint with afgehandeldOp: workingDays(ontvangenOp, afgehandeldOp); median, p90",
    unit: "werkdagen",
    decimals: 1,
    direction: "lower_is_better",
    thresholds: { green: 5, red: 15, source: "SDK proposal" },
    requiredInputs: ["klacht"],
    dimensions: ["bron", "dag", "week", "maand"],
    source: `${SOURCE}; seeds K3`,
    parameters: ["calendar"],
  }),
];
