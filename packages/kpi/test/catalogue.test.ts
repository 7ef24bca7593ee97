import {
  CALCULATORS,
  getKpiDefinition,
  KPI_CATALOGUE,
  KPI_CATALOGUE_VERSION,
  kpiCatalogueJson,
} from "@digitale-nuts/kpi";
import { describe, expect, it } from "vitest";

const REQUIRED = [
  // DN §2.1–2.2
  "pitch-dossiers-scope",
  "pitch-inspections-week",
  "pitch-context-quality",
  "pitch-handover-complete",
  "pitch-checklist-score",
  "pitch-trend-wow",
  "pitch-queue-status",
  "pitch-top-priority",
  // DN §2.3
  "start-visits",
  "end-visits",
  "between-visits",
  "assignment-rate",
  "mandatory-unassigned",
  "soft-capacity",
  "hard-capacity",
  "ending-soon",
  "overdue-in-effect",
  "vergund-starting",
  "followup-open",
  "location-quality",
  "data-completeness",
  "workload-spread",
  "top-district",
  "top-postcode",
  // DN §2.4
  "wow-count",
  "wow-score",
  "wow-handover",
  "wow-low-score",
  // DN §2.5
  "toegewezen_dossiers",
  "open_nok_items",
  "high_impact_dossiers",
  "aantal_vaststellingen_per_district",
  "nok_ratio_per_record",
  "nok_ratio_per_check",
  "failed_sync_ratio",
  "gemiddelde_doorlooptijd_status_open_tot_closed",
  "herbezoek_ratio",
  "high_impact_share",
  "top_3_risicodossiers",
  // 60-day baseline
  "datacompleetheid_per_veld",
  "datacompleetheid_per_entiteit",
  "oslo_conform_pct",
  "sync_versheid_minuten",
  "sync_failed_ratio",
  "sync_duplicate_ratio",
  "sync_rejected_ratio",
  "doorlooptijd_klacht_werkdagen",
  // programme targets and partners
  "pct_herstel_correct_eerste_controle",
  "heropend_binnen_n_dagen",
  "mediane_herstel_doorlooptijd_werkdagen",
  "klachten_per_100_werken",
  "vaststellingen_per_toezichter_per_week",
  "pct_signalisatie_in_orde",
  "nok_ratio_per_nutsbedrijf",
  "nok_ratio_per_aannemer",
];

describe("KPI catalogue", () => {
  it("contains every KPI the issue names", () => {
    for (const id of REQUIRED) expect(getKpiDefinition(id), id).toBeDefined();
    expect(KPI_CATALOGUE.filter((d) => d.family === "dn-formeel")).toHaveLength(8);
    expect(KPI_CATALOGUE.filter((d) => d.family === "dn-dashboard")).toHaveLength(16);
    expect(KPI_CATALOGUE.filter((d) => d.family === "dn-trend")).toHaveLength(4);
  });

  it("has unique ids and complete, bilingual entries", () => {
    expect(new Set(KPI_CATALOGUE.map((d) => d.id)).size).toBe(KPI_CATALOGUE.length);
    for (const d of KPI_CATALOGUE) {
      for (const text of [d.label.nl, d.label.en, d.definition.nl, d.definition.en, d.formula, d.source]) {
        expect(text.trim().length, d.id).toBeGreaterThan(0);
      }
      expect(d.version).toBeGreaterThanOrEqual(1);
      expect(d.requiredInputs.length, d.id).toBeGreaterThan(0);
      if (d.thresholds) expect(d.direction, d.id).not.toBe("neutral");
      if (d.thresholds && d.direction === "higher_is_better")
        expect(d.thresholds.green).toBeGreaterThanOrEqual(d.thresholds.red);
      if (d.thresholds && d.direction === "lower_is_better")
        expect(d.thresholds.green).toBeLessThanOrEqual(d.thresholds.red);
    }
  });

  it("has a calculator for every streamable KPI and none for composites", () => {
    for (const d of KPI_CATALOGUE) expect(CALCULATORS.has(d.id), d.id).toBe(d.streamable);
    for (const id of CALCULATORS.keys()) expect(getKpiDefinition(id), id).toBeDefined();
    for (const d of KPI_CATALOGUE.filter((x) => !x.streamable)) {
      for (const part of d.composedOf ?? []) expect(getKpiDefinition(part)).toBeDefined();
    }
  });

  it("fixes DN's capacity flaw in the definition itself", () => {
    for (const id of ["soft-capacity", "hard-capacity"]) {
      const d = getKpiDefinition(id);
      expect(d?.formula).toMatch(/gewicht/);
      expect(d?.parameters).toContain("capacity");
      expect(d?.requiredInputs).toContain("capaciteit");
    }
  });

  it("exports the same data as JSON", () => {
    const parsed = JSON.parse(kpiCatalogueJson());
    expect(parsed.catalogueVersion).toBe(KPI_CATALOGUE_VERSION);
    expect(parsed.kpis).toEqual(JSON.parse(JSON.stringify(KPI_CATALOGUE)));
  });
});
