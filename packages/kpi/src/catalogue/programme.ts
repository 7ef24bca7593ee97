import { define, FINDING_DIMENSIONS } from "./define.js";
import type { KpiDefinition } from "./types.js";

const TARGETS = "DN §2.8 headline targets (CITY_OF_THINGS_2025 pre-registration)";

/**
 * DN §2.8: the programme's headline targets, as measurable KPIs.
 * @example
 * PROGRAMME_KPIS.map((d) => [d.id, d.thresholds?.green]);
 */
export const PROGRAMME_KPIS: readonly KpiDefinition[] = [
  define({
    id: "pct_herstel_correct_eerste_controle",
    family: "programmadoel",
    label: { nl: "% herstellingen correct bij eerste controle", en: "% restorations correct at first check" },
    definition: {
      nl: "Aandeel eerste controles van een herstel (fase tijdelijk of definitief herstel, geen herbezoek, geen correctie van een eerdere vaststelling) zonder NOK.",
      en: "Share of first checks of a restoration (phase temporary or permanent restoration, not a revisit, not a correction of an earlier finding) without any NOK.",
    },
    formula: "100 × #first restoration checks with nokCount = 0 ÷ #first restoration checks",
    unit: "procent",
    decimals: 1,
    direction: "higher_is_better",
    thresholds: {
      green: 75,
      red: 30,
      source: "DN §2.8: baseline > 70% faulty (i.e. < 30% correct), target < 25% faulty by M24",
    },
    requiredInputs: ["vaststelling"],
    dimensions: FINDING_DIMENSIONS.filter((d) => d !== "bezoektype"),
    limitations: [
      "'First check' is read from the finding (bezoektype ≠ OPVOLGING and no `vervangt`), not from a work's full history.",
    ],
    source: `${TARGETS} #1 Kwaliteit van herstel; 'percentage correct bij eerste controle'`,
  }),
  define({
    id: "heropend_binnen_n_dagen",
    family: "programmadoel",
    label: { nl: "Heropend binnen N dagen", en: "Reopened within N days" },
    definition: {
      nl: "Aantal vaststellingen met een heropeningsreden waarvan de laatste wijziging (de heropening) binnen N kalenderdagen (standaard 30) na het maken valt.",
      en: "Number of findings with a reopen reason whose last change (the reopening) falls within N calendar days (default 30) of when the finding was made.",
    },
    formula:
      "#findings reopened (heropendOp, else gewijzigdOp with a heropenReden) − vastgesteldOp ≤ N days; numerator/denominator also give the share of all findings",
    unit: "aantal",
    direction: "lower_is_better",
    thresholds: { green: 0, red: 5, source: "SDK proposal" },
    requiredInputs: ["vaststelling"],
    dimensions: FINDING_DIMENSIONS,
    limitations: [
      "OSLO findings carry no reopen timestamp; the last change stands in for it. A `heropendOp` field would make this exact.",
    ],
    source: `${TARGETS}; automatically measured 'aantal heropeningen binnen X dagen'`,
    parameters: ["reopenWindowDays"],
  }),
  define({
    id: "mediane_herstel_doorlooptijd_werkdagen",
    family: "programmadoel",
    label: {
      nl: "Mediane doorlooptijd herstelling (werkdagen)",
      en: "Median repair lead time (working days)",
    },
    definition: {
      nl: "Mediane werkdagen van een vaststelling met NOK of gevraagd herstel (REQUEST_FIX) tot haar afsluiting, voor vaststellingen afgesloten tot het einde van de periode.",
      en: "Median working days from a finding with a NOK or a requested fix (REQUEST_FIX) to its closure, for findings closed up to the end of the period.",
    },
    formula:
      "per closed finding with nok ≥ 1 ∨ overdrachtsbeslissing = REQUEST_FIX: workingDays(vastgesteldOp, afgeslotenOp ?? gewijzigdOp); median, p90",
    unit: "werkdagen",
    decimals: 1,
    direction: "lower_is_better",
    thresholds: { green: 15, red: 20, source: "DN §2.8: baseline median ≈ 20 working days, target ≤ 15" },
    requiredInputs: ["vaststelling"],
    window: "up_to_end",
    dimensions: ["district", "postcode", "toezichter", "nutsbedrijf", "aannemer", "bron"],
    limitations: [
      "DN measures via herstelbon ↔ fotolog ↔ GIPOD; without a repair-ticket model the closing finding's last change marks the repair.",
    ],
    source: `${TARGETS} #2 Doorlooptijd herstelling`,
    parameters: ["calendar"],
  }),
  define({
    id: "klachten_per_100_werken",
    family: "programmadoel",
    label: { nl: "Klachten per 100 werken", en: "Complaints per 100 works" },
    definition: {
      nl: "Klachten ontvangen in de periode per 100 werken die de periode overlappen.",
      en: "Complaints received in the period per 100 works overlapping the period.",
    },
    formula: "100 × #complaints in period ÷ #works overlapping period",
    unit: "per_100_werken",
    decimals: 1,
    direction: "lower_is_better",
    thresholds: null,
    requiredInputs: ["klacht", "inname"],
    worksScope: "overlap",
    dimensions: [],
    limitations: [
      "Complaints and works are only joined by count (KLM ↔ GIPOD); per-district figures need complaints with a district, which OSLO Klacht lacks.",
    ],
    source: `${TARGETS} #3 Klachten bewoners (−20% in 2 years); 'klachten per 100 werken'`,
  }),
  define({
    id: "vaststellingen_per_toezichter_per_week",
    family: "programmadoel",
    label: { nl: "Vaststellingen per toezichter per week", en: "Findings per inspector per week" },
    definition: {
      nl: "Vaststellingen in de periode gedeeld door het aantal toezichters met minstens één vaststelling en door het aantal weken van de periode (kalenderdagen ÷ 7).",
      en: "Findings in the period divided by the number of inspectors with at least one finding and by the period's length in weeks (calendar days ÷ 7).",
    },
    formula: "#findings ÷ #distinct toezichters ÷ (period days ÷ 7)",
    unit: "per_toezichter_per_week",
    decimals: 1,
    direction: "neutral",
    thresholds: null,
    requiredInputs: ["vaststelling"],
    dimensions: ["district", "nutsbedrijf", "bron"],
    limitations: [
      "Inspectors without findings are not in the denominator; pair with capacity inputs for availability.",
    ],
    source: `${TARGETS} #5 Efficiëntie toezichters; 'vaststellingen per toezichter per week'`,
  }),
  define({
    id: "pct_signalisatie_in_orde",
    family: "programmadoel",
    label: { nl: "% signalisatie in orde", en: "% signage in order" },
    definition: {
      nl: "Aandeel vaststellingen met minstens één signalisatie-controlepunt waarin alle signalisatiepunten OK zijn. Signalisatiepunten: veldsleutel bevat 'signali', 'afbakening' of 'veiligheid' (instelbaar).",
      en: "Share of findings with at least one signage check whose signage checks are all OK. Signage checks: field key containing 'signali', 'afbakening' or 'veiligheid' (configurable).",
    },
    formula: "100 × #findings with signage checks all OK ÷ #findings with ≥ 1 judged signage check",
    unit: "procent",
    decimals: 1,
    direction: "higher_is_better",
    thresholds: { green: 90, red: 70, source: "SDK proposal" },
    requiredInputs: ["vaststelling"],
    dimensions: FINDING_DIMENSIONS,
    limitations: [
      "Which checks are about signage depends on the city's checklist; set `signageFieldPattern`.",
    ],
    source: `${TARGETS}; automatically measured '% signalisatie tijdig geplaatst'`,
    parameters: ["signageFieldPattern"],
  }),
];

const partner = (id: string, who: "nutsbedrijf" | "aannemer", nl: string, en: string): KpiDefinition =>
  define({
    id,
    family: "partnerprestatie",
    label: { nl, en },
    definition: {
      nl: `NOK-ratio (per vaststelling) per ${who} met een 95%-Wilsoninterval; de rangschikking zet eerst wie met zekerheid het slechtst scoort (hoogste ondergrens).`,
      en: `NOK ratio (per finding) per ${who === "aannemer" ? "contractor" : "utility"} with a 95% Wilson interval; the ranking puts first who is confidently worst (highest lower bound).`,
    },
    formula:
      "per partner: rate = #findings with nok ≥ 1 ÷ #findings, Wilson 95% [lower, upper]; rank by lower desc, upper desc, id asc; `aboveOverall` when lower > overall rate; value = overall rate",
    unit: "procent",
    decimals: 1,
    direction: "lower_is_better",
    thresholds: { green: 25, red: 50, source: "green: programme target < 25% faulty (DN §2.8)" },
    requiredInputs: ["vaststelling"],
    dimensions: ["district", "bron", "dag", "week", "maand"],
    limitations: [
      "Ranking by lower bound keeps a partner with 1 NOK out of 2 findings from topping a list of partners with hundreds of findings.",
      `Findings without ${who} are ranked as 'onbekend'.`,
    ],
    source:
      "issue 6 §1; peers §13.3 'failure rate per promoter with statistical confidence'; DN §2.8 'gemiddelde herstelkwaliteit per nutsbedrijf/aannemer'",
  });

/**
 * Per utility and per contractor performance with confidence intervals.
 * @example
 * PARTNER_KPIS.map((d) => d.id); // ["nok_ratio_per_nutsbedrijf", "nok_ratio_per_aannemer"]
 * computeKpis({ kpis: ["nok_ratio_per_nutsbedrijf"], inputs, period }).results.nok_ratio_per_nutsbedrijf?.["*"]?.ranking;
 */
export const PARTNER_KPIS: readonly KpiDefinition[] = [
  partner("nok_ratio_per_nutsbedrijf", "nutsbedrijf", "NOK-ratio per nutsbedrijf", "NOK ratio per utility"),
  partner("nok_ratio_per_aannemer", "aannemer", "NOK-ratio per aannemer", "NOK ratio per contractor"),
];
