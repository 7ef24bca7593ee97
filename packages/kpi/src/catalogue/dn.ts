import { define, FINDING_DIMENSIONS, VISIT_DIMENSIONS, WORK_DIMENSIONS } from "./define.js";
import type { KpiDefinition } from "./types.js";

const LOCAL =
  "DN computes this on one device's local records; here it is computed on whatever records the caller passes.";
const SCORE_THRESHOLDS = {
  green: 85,
  red: 70,
  source: "red below DN's quality threshold 70; green 85 is an SDK proposal",
};

/**
 * DN §2.1–2.2: the 8 formal KPIs ("BESCHREVEN + OPERATIONEEL"), as `buildPitchKpis` computes them.
 * @example
 * const kpis = DN_FORMAL_KPIS.filter((d) => d.streamable).map((d) => d.id); // all but pitch-trend-wow
 * const { results } = computeKpis({ kpis, inputs, period });
 */
export const DN_FORMAL_KPIS: readonly KpiDefinition[] = [
  define({
    id: "pitch-dossiers-scope",
    family: "dn-formeel",
    label: { nl: "Dossiers in scope", en: "Works in scope" },
    definition: {
      nl: "Aantal dossiers na actieve status-, district- en postcodefilters.",
      en: "Number of works left after the active status, district and postcode filters.",
    },
    formula: "#works passed (the caller's filter context)",
    unit: "aantal",
    direction: "neutral",
    thresholds: null,
    requiredInputs: ["inname"],
    dimensions: WORK_DIMENSIONS,
    limitations: ["Contextafhankelijk; geen stedelijke totaalrapportering (DN)."],
    source: "DN §2.1 #1, §2.2 pitch-dossiers-scope",
  }),
  define({
    id: "pitch-inspections-week",
    family: "dn-formeel",
    label: {
      nl: "Vaststellingen per toezichter (huidige week)",
      en: "Findings per inspector (current week)",
    },
    definition: {
      nl: "Som van vaststellingsrecords met geplande datum binnen de periode (DN: ISO-week van de dispatchdatum), gegroepeerd per toezichter.",
      en: "Number of findings whose date key (planned visit date, else the day made) falls in the period (DN: the ISO week of the dispatch date), broken down per inspector.",
    },
    formula: "value = #findings in period; breakdown[toezichter] = #findings of that inspector",
    unit: "aantal",
    direction: "neutral",
    thresholds: null,
    requiredInputs: ["vaststelling"],
    dimensions: FINDING_DIMENSIONS,
    limitations: [LOCAL, "Inspectors appear by pseudonymous id, never by name or initials."],
    source: "DN §2.1 #2, §2.2 pitch-inspections-week",
  }),
  define({
    id: "pitch-context-quality",
    family: "dn-formeel",
    label: {
      nl: "% records met context (adres + nutsmaatschappij + referentie + GIPOD)",
      en: "% findings with context (address + utility + reference + GIPOD)",
    },
    definition: {
      nl: "(Records met complete contextvelden / records in scope) x 100.",
      en: "Share of findings whose context has street, house number, postcode, utility, reference id and a GIPOD id containing digits.",
    },
    formula:
      "round(100 × #findings with straat ∧ huisnr ∧ postcode ∧ nutsbedrijf ∧ referentieId ∧ gipodId~/\\d/ ÷ #findings)",
    unit: "procent",
    direction: "higher_is_better",
    thresholds: { green: 90, red: 70, source: "SDK proposal" },
    requiredInputs: ["vaststelling"],
    dimensions: FINDING_DIMENSIONS,
    limitations: ["Meet volledigheid, niet de inhoudelijke juistheid van die velden (DN)."],
    source: "DN §2.1 #3, §2.2 pitch-context-quality",
  }),
  define({
    id: "pitch-handover-complete",
    family: "dn-formeel",
    label: { nl: "% handover ingevuld", en: "% hand-over decision filled in" },
    definition: {
      nl: "(Records met handoverDecision / records in scope) x 100.",
      en: "Share of findings with a hand-over decision (BLOCK, REQUEST_FIX or APPROVE).",
    },
    formula: "round(100 × #findings with overdrachtsbeslissing ÷ #findings)",
    unit: "procent",
    direction: "higher_is_better",
    thresholds: { green: 90, red: 60, source: "SDK proposal" },
    requiredInputs: ["vaststelling"],
    dimensions: FINDING_DIMENSIONS,
    limitations: ["Kijkt enkel of keuze ingevuld is, niet of beslissing correct is (DN)."],
    source: "DN §2.1 #4, §2.2 pitch-handover-complete",
  }),
  define({
    id: "pitch-checklist-score",
    family: "dn-formeel",
    label: { nl: "Gemiddelde checklistscore (0-100)", en: "Average checklist score (0–100)" },
    definition: {
      nl: "Gemiddelde van gewogen recordscore: 100 - (NOK x 15) - (missing checks x 12) - (missing verantwoordelijke x 8) + (OK bonus, max 40).",
      en: "Mean of the per-finding checklist score: 100 − 15·NOK − 12·missing checks − 8·NOK without responsible + 2·OK (bonus at most 40), each clamped to 0–100. Breakdown `onder_70` counts findings below DN's quality threshold 70.",
    },
    formula:
      "round(Σ score ÷ #findings); score = clamp(round(100 − 15·nok − 12·missing − 8·respMissing + 2·min(ok,20)), 0, 100)",
    unit: "score_0_100",
    direction: "higher_is_better",
    thresholds: SCORE_THRESHOLDS,
    requiredInputs: ["vaststelling"],
    dimensions: FINDING_DIMENSIONS,
    limitations: [
      "Indicatieve kwaliteitsmeting; geen juridisch verdict (DN).",
      "DN prefers a stored checklistScore; OSLO findings store none, so the score is always recomputed.",
    ],
    source: "DN §2.1 #5, §2.2 pitch-checklist-score, §4.7",
  }),
  define({
    id: "pitch-trend-wow",
    family: "dn-formeel",
    label: { nl: "Trend week op week", en: "Week-over-week trend" },
    definition: {
      nl: "Vergelijking huidige week vs vorige week voor # vaststellingen, gemiddelde checklistscore, handover% en # scores < 70.",
      en: "Current ISO week against the previous one for the number of findings, mean checklist score, hand-over % and number of scores below 70.",
    },
    formula: "see wow-count, wow-score, wow-handover, wow-low-score; delta = current − previous",
    unit: "aantal",
    direction: "neutral",
    thresholds: null,
    requiredInputs: ["vaststelling"],
    dimensions: [],
    limitations: ["Toestelgebonden trend (local storage) in DN; here on the records passed."],
    source: "DN §2.1 #6, §2.4",
    streamable: false,
    composedOf: ["wow-count", "wow-score", "wow-handover", "wow-low-score"],
  }),
  define({
    id: "pitch-queue-status",
    family: "dn-formeel",
    label: { nl: "Queue: queued / failed / synced", en: "Sync queue: queued / failed / synced" },
    definition: {
      nl: "Telling per syncstatus in de sync-wachtrij; waarde = nog niet gesynchroniseerd (queued + failed).",
      en: "Count of findings per outbox state; the value is what is not yet synced (queued + failed), the breakdown has all three.",
    },
    formula: "breakdown = {queued, failed, synced}; value = queued + failed",
    unit: "aantal",
    direction: "lower_is_better",
    thresholds: { green: 0, red: 20, source: "SDK proposal" },
    requiredInputs: ["vaststelling"],
    window: "up_to_end",
    dimensions: ["toezichter", "bron", "district"],
    limitations: [
      "Lokale toestelstatus; geen globaal teamoverzicht (DN).",
      "The state is the input's `wachtrijstatus`, else `registratiestatus` queued/synced; drafts and valid records are not in the queue.",
    ],
    source: "DN §2.1 #7, §2.2 pitch-queue-status",
  }),
  define({
    id: "pitch-top-priority",
    family: "dn-formeel",
    label: { nl: "Top 5 prioriteitsdossiers", en: "Top 5 priority works" },
    definition: {
      nl: "Top 5 bezoeken volgens dispatchprioriteit, met impactscore als tie-breaker.",
      en: "The five visited works with the highest dispatch priority; ties broken by impact score (missing = −1), then earliest end date, then dossier id.",
    },
    formula:
      "sort visits by prioriteit desc, impactscore desc (missing −1), einddatum asc, dossierId asc; first 5 distinct dossiers",
    unit: "aantal",
    direction: "neutral",
    thresholds: null,
    requiredInputs: ["bezoek"],
    dimensions: VISIT_DIMENSIONS,
    limitations: ["Momentopname binnen huidige filter- en kaartcontext (DN)."],
    source: "DN §2.1 #8, §2.2 pitch-top-priority",
  }),
];

const visitCount = (id: string, code: string, nl: string, en: string): KpiDefinition =>
  define({
    id,
    family: "dn-dashboard",
    label: { nl, en },
    definition: {
      nl: `Aantal geplande bezoeken van type ${code} in de periode (DN: vandaag).`,
      en: `Number of ${code} visits planned in the period (DN: today).`,
    },
    formula: `#visits with bezoektype = ${code} and geplandeDatum in period`,
    unit: "aantal",
    direction: "neutral",
    thresholds: null,
    requiredInputs: ["bezoek"],
    dimensions: VISIT_DIMENSIONS,
    source: `DN §2.3 ${id}`,
  });

const CAPACITY_NOTE =
  "Fixes DN's flaw: DN counted raw visit counts against hard-coded 5/6; this uses each inspector's configured weighted limits and fixed daily load, as dispatch does.";

/**
 * DN §2.3: the 16 operational dashboard KPIs of `buildDashboardKpis`.
 * @example
 * DN_DASHBOARD_KPIS.length; // 16
 * DN_DASHBOARD_KPIS[0]?.id; // "assignment-rate"
 */
export const DN_DASHBOARD_KPIS: readonly KpiDefinition[] = [
  visitCount("start-visits", "START", "Startbezoeken vandaag", "Start visits today"),
  visitCount("end-visits", "EIND", "Eindbezoeken vandaag", "End visits today"),
  visitCount("between-visits", "TUSSEN", "Tussenbezoeken vandaag", "Interim visits today"),
  define({
    id: "assignment-rate",
    family: "dn-dashboard",
    label: { nl: "Toewijzingsgraad", en: "Assignment rate" },
    definition: {
      nl: "Aandeel geplande bezoeken dat aan een toezichter is toegewezen; n.v.t. zonder bezoeken.",
      en: "Share of planned visits that have an inspector; not applicable (null) without visits.",
    },
    formula: "round(100 × assigned ÷ (assigned + unassigned)); null if 0",
    unit: "procent",
    direction: "higher_is_better",
    thresholds: { green: 100, red: 90, source: "SDK proposal" },
    requiredInputs: ["bezoek"],
    dimensions: ["bezoektype", "district", "dag", "week", "maand"],
    source: "DN §2.3 assignment-rate",
  }),
  define({
    id: "mandatory-unassigned",
    family: "dn-dashboard",
    label: { nl: "Niet-toegewezen verplicht", en: "Mandatory visits unassigned" },
    definition: {
      nl: "Aantal verplichte bezoeken zonder toezichter.",
      en: "Number of mandatory visits without an inspector.",
    },
    formula: "#visits with verplicht ∧ no toezichter",
    unit: "aantal",
    direction: "lower_is_better",
    thresholds: { green: 0, red: 0, source: "SDK proposal: every mandatory visit must be assigned" },
    requiredInputs: ["bezoek"],
    dimensions: ["bezoektype", "district", "dag", "week", "maand"],
    source: "DN §2.3 mandatory-unassigned",
  }),
  define({
    id: "soft-capacity",
    family: "dn-dashboard",
    label: { nl: "Capaciteitsdruk (≥ zachte limiet)", en: "Capacity pressure (≥ soft limit)" },
    definition: {
      nl: "Aantal toezichter-dagen waarop de gewogen last (vaste last + som van bezoekgewichten) de geconfigureerde zachte limiet bereikt.",
      en: "Number of inspector-days whose weighted load (fixed load + sum of visit weights) reaches the configured soft limit.",
    },
    formula: "#(toezichter, dag) with vasteLast + Σ gewicht ≥ zachteLimiet",
    unit: "aantal",
    direction: "lower_is_better",
    thresholds: { green: 0, red: 2, source: "SDK proposal" },
    requiredInputs: ["bezoek", "capaciteit"],
    dimensions: ["toezichter", "dag", "week", "maand"],
    limitations: [CAPACITY_NOTE],
    source: "DN §2.3 soft-capacity, fixed per DN §8.3",
    parameters: ["capacity"],
  }),
  define({
    id: "hard-capacity",
    family: "dn-dashboard",
    label: { nl: "Overbelast (≥ harde limiet)", en: "Overloaded (≥ hard limit)" },
    definition: {
      nl: "Aantal toezichter-dagen waarop de gewogen last de geconfigureerde harde limiet bereikt.",
      en: "Number of inspector-days whose weighted load reaches the configured hard limit.",
    },
    formula: "#(toezichter, dag) with vasteLast + Σ gewicht ≥ hardeLimiet",
    unit: "aantal",
    direction: "lower_is_better",
    thresholds: { green: 0, red: 0, source: "SDK proposal" },
    requiredInputs: ["bezoek", "capaciteit"],
    dimensions: ["toezichter", "dag", "week", "maand"],
    limitations: [CAPACITY_NOTE],
    source: "DN §2.3 hard-capacity, fixed per DN §8.3",
    parameters: ["capacity"],
  }),
  define({
    id: "ending-soon",
    family: "dn-dashboard",
    label: { nl: "Eindigt binnen 3 dagen", en: "Ending within 3 days" },
    definition: {
      nl: "Aantal werken waarvan de einddatum 0 tot 3 kalenderdagen na de peildatum (einde periode) ligt.",
      en: "Number of works whose end date is 0 to 3 calendar days after the reference date (the period's end).",
    },
    formula: "#works with 0 ≤ einde − peildatum ≤ 3 (calendar days, Europe/Brussels dates)",
    unit: "aantal",
    direction: "neutral",
    thresholds: null,
    requiredInputs: ["inname"],
    dimensions: WORK_DIMENSIONS,
    source: "DN §2.3 ending-soon",
  }),
  define({
    id: "overdue-in-effect",
    family: "dn-dashboard",
    label: { nl: "Over tijd (IN EFFECT)", en: "Overdue (in progress)" },
    definition: {
      nl: "Aantal werken in uitvoering (GIPOD IN EFFECT) waarvan de einddatum vóór de peildatum ligt.",
      en: "Number of works still in progress (GIPOD IN EFFECT) whose end date is before the reference date.",
    },
    formula: "#works with status in_uitvoering ∧ einde < peildatum",
    unit: "aantal",
    direction: "lower_is_better",
    thresholds: { green: 0, red: 5, source: "SDK proposal" },
    requiredInputs: ["inname"],
    dimensions: WORK_DIMENSIONS,
    source: "DN §2.3 overdue-in-effect",
  }),
  define({
    id: "vergund-starting",
    family: "dn-dashboard",
    label: { nl: "Vergund start <=7 dagen", en: "Permitted, starting within 7 days" },
    definition: {
      nl: "Aantal vergunde (concreet geplande) werken die 0 tot 7 kalenderdagen na de peildatum starten.",
      en: "Number of permitted (concretely planned) works starting 0 to 7 calendar days after the reference date.",
    },
    formula: "#works with status concreet_gepland (DN VERGUND) ∧ 0 ≤ begin − peildatum ≤ 7",
    unit: "aantal",
    direction: "neutral",
    thresholds: null,
    requiredInputs: ["inname"],
    dimensions: WORK_DIMENSIONS,
    source: "DN §2.3 vergund-starting",
  }),
  define({
    id: "followup-open",
    family: "dn-dashboard",
    label: { nl: "Follow-up open", en: "Follow-ups open" },
    definition: {
      nl: "Aantal opvolgingstaken (bezoektype OPVOLGING) in de periode.",
      en: "Number of follow-up tasks (visit type OPVOLGING) planned in the period.",
    },
    formula: "#visits with bezoektype = OPVOLGING",
    unit: "aantal",
    direction: "neutral",
    thresholds: null,
    requiredInputs: ["bezoek"],
    dimensions: VISIT_DIMENSIONS,
    limitations: ["DN's follow-ups are weekly hand-over calls; pass them as OPVOLGING visits."],
    source: "DN §2.3 followup-open",
  }),
  define({
    id: "location-quality",
    family: "dn-dashboard",
    label: { nl: "Locatiekwaliteit exact", en: "Exact location quality" },
    definition: {
      nl: "Aandeel werken met een exacte locatie.",
      en: "Share of works whose location source is exact.",
    },
    formula: "round(100 × #works with locatiebron = exact ÷ #works)",
    unit: "procent",
    direction: "higher_is_better",
    thresholds: { green: 90, red: 60, source: "SDK proposal" },
    requiredInputs: ["inname"],
    dimensions: WORK_DIMENSIONS,
    limitations: [
      "The location source is a planning fact on the input (`locatiebron`); works without it count as not exact.",
    ],
    source: "DN §2.3 location-quality",
  }),
  define({
    id: "data-completeness",
    family: "dn-dashboard",
    label: { nl: "Datacompleetheid", en: "Data completeness" },
    definition: {
      nl: "Aandeel werken met een referentie én een GIPOD-id met cijfers (in DN getoond als breuk).",
      en: "Share of works with a reference and a GIPOD id containing digits (DN shows it as a fraction).",
    },
    formula: "#works with referentie ∧ gipodId~/\\d/ ÷ #works",
    unit: "fractie",
    decimals: 2,
    direction: "higher_is_better",
    thresholds: { green: 0.9, red: 0.6, source: "SDK proposal" },
    requiredInputs: ["inname"],
    dimensions: WORK_DIMENSIONS,
    source: "DN §2.3 data-completeness",
  }),
  define({
    id: "workload-spread",
    family: "dn-dashboard",
    label: { nl: "Spreiding werkdruk", en: "Workload spread" },
    definition: {
      nl: "Verschil tussen het hoogste en laagste aantal bezoeken per toezichter in scope (toezichters met capaciteit tellen mee met 0).",
      en: "Highest minus lowest number of assigned visits per inspector in scope (inspectors with a capacity record count, with 0 visits if they have none).",
    },
    formula: "max − min over inspectors of #assigned visits",
    unit: "aantal",
    direction: "lower_is_better",
    thresholds: { green: 2, red: 4, source: "SDK proposal" },
    requiredInputs: ["bezoek", "capaciteit"],
    dimensions: ["dag", "week", "maand"],
    source: "DN §2.3 workload-spread",
  }),
  define({
    id: "top-district",
    family: "dn-dashboard",
    label: { nl: "Top district", en: "Top district" },
    definition: {
      nl: "District dat het vaakst voorkomt onder de werken; bij gelijkstand alfabetisch (nl).",
      en: "The most frequent district among works; ties broken alphabetically (Dutch collation). The value is its count, the label the district.",
    },
    formula: "mode(district); value = its count",
    unit: "aantal",
    direction: "neutral",
    thresholds: null,
    requiredInputs: ["inname"],
    dimensions: ["nutsbedrijf", "bron", "entiteit"],
    source: "DN §2.3 top-district",
  }),
  define({
    id: "top-postcode",
    family: "dn-dashboard",
    label: { nl: "Top postcode", en: "Top postcode" },
    definition: {
      nl: "Postcode die het vaakst voorkomt onder de werken; bij gelijkstand de kleinste.",
      en: "The most frequent postcode among works; ties broken alphabetically. The value is its count, the label the postcode.",
    },
    formula: "mode(postcode); value = its count",
    unit: "aantal",
    direction: "neutral",
    thresholds: null,
    requiredInputs: ["inname"],
    dimensions: ["district", "nutsbedrijf", "bron", "entiteit"],
    source: "DN §2.3 top-postcode",
  }),
];

/**
 * DN §2.4: the 4 week-over-week trend KPIs; each is a one-period calculator, compared by `weekOverWeek`.
 * @example
 * DN_TREND_KPIS.map((d) => d.id); // ["wow-count", "wow-score", "wow-handover", "wow-low-score"]
 */
export const DN_TREND_KPIS: readonly KpiDefinition[] = [
  define({
    id: "wow-count",
    family: "dn-trend",
    label: { nl: "Vaststellingen (huidige week)", en: "Findings (current week)" },
    definition: {
      nl: "Aantal vaststellingen per week; delta met teken.",
      en: "Number of findings in the week; the delta is signed.",
    },
    formula: "#findings in period",
    unit: "aantal",
    direction: "neutral",
    thresholds: null,
    requiredInputs: ["vaststelling"],
    dimensions: FINDING_DIMENSIONS,
    source: "DN §2.4 wow-count (tone neutral)",
  }),
  define({
    id: "wow-score",
    family: "dn-trend",
    label: { nl: "Gemiddelde checklistscore", en: "Average checklist score" },
    definition: {
      nl: "Afgeronde gemiddelde score per week (x/100).",
      en: "Rounded mean checklist score of the week (x/100).",
    },
    formula: "round(Σ score ÷ #findings)",
    unit: "score_0_100",
    direction: "higher_is_better",
    thresholds: SCORE_THRESHOLDS,
    requiredInputs: ["vaststelling"],
    dimensions: FINDING_DIMENSIONS,
    source: "DN §2.4 wow-score (higher = good)",
  }),
  define({
    id: "wow-handover",
    family: "dn-trend",
    label: { nl: "Handover ingevuld", en: "Hand-over filled in" },
    definition: {
      nl: "% met handoverDecision; delta in procentpunt (pp).",
      en: "% of findings with a hand-over decision; the delta is in percentage points.",
    },
    formula: "round(100 × #with overdrachtsbeslissing ÷ #findings)",
    unit: "procent",
    direction: "higher_is_better",
    thresholds: { green: 90, red: 60, source: "SDK proposal" },
    requiredInputs: ["vaststelling"],
    dimensions: FINDING_DIMENSIONS,
    source: "DN §2.4 wow-handover (higher = good)",
  }),
  define({
    id: "wow-low-score",
    family: "dn-trend",
    label: { nl: "Records met score < 70", en: "Findings scoring below 70" },
    definition: {
      nl: "Aantal records met score < 70 (kwaliteitsdrempel 70).",
      en: "Number of findings with a checklist score below the quality threshold 70.",
    },
    formula: "#findings with score < 70",
    unit: "aantal",
    direction: "lower_is_better",
    thresholds: { green: 0, red: 5, source: "SDK proposal" },
    requiredInputs: ["vaststelling"],
    dimensions: FINDING_DIMENSIONS,
    source: "DN §2.4 wow-low-score (lower = good)",
    parameters: ["qualityThreshold"],
  }),
];
